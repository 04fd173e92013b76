#include "DirectoryRunPane.h"

#include "DirectoryPlanModel.h"
#include "StatusLine.h"
#include "acd/AcdApi.h"
#include "connect/ProfileSession.h"
#include "connect/SessionClients.h"
#include "widgets/Banner.h"
#include "widgets/TextStyles.h"
#include "zoom/ZoomApi.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
QString number(int n)
{
    return QLocale().toString(n);
}
} // namespace

DirectoryRunPane::DirectoryRunPane(SessionClients* clients, QWidget* parent)
    : QWidget(parent), m_clients(clients), m_model(new DirectoryPlanModel(this)),
      m_filter(new DirectoryPlanFilter(this))
{
    m_filter->setSourceModel(m_model);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &DirectoryRunPane::showProgress);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    layout->addWidget(
        makeWrappedLabel(tr("A dry run reads the Zoom users and the address book and shows what a sync "
                            "would write, without writing anything. Apply writes exactly what the dry "
                            "run shows."),
                         true, this));

    auto* buttons = new QHBoxLayout;
    m_dryRunButton = new QPushButton(tr("Dry run"), this);
    m_dryRunButton->setObjectName(QStringLiteral("dryRunButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("runCancelButton"));
    m_applyButton = new QPushButton(tr("Apply…"), this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_csvButton = new QPushButton(tr("Export CSV…"), this);
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_jsonButton = new QPushButton(tr("Export JSON Lines…"), this);
    m_jsonButton->setObjectName(QStringLiteral("exportJsonButton"));
    m_logButton = new QPushButton(tr("Apply history…"), this);
    m_logButton->setObjectName(QStringLiteral("applyHistoryButton"));
    // Two rows: the run and its applies, then the exports of its result. One row of six buttons
    // was wider than the pane in German ("JSON Lines exportieren…", "Übernahmeverlauf…"), and the
    // three exports together still were in Japanese at 1024×700.
    for (QPushButton* b : {m_dryRunButton, m_cancelButton, m_applyButton, m_logButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto* fileButtons = new QHBoxLayout;
    for (QPushButton* b : {m_csvButton, m_jsonButton})
        fileButtons->addWidget(b);
    fileButtons->addStretch(1);
    layout->addLayout(fileButtons);

    m_configLabel = makeWrappedLabel(QString(), true, this);
    m_configLabel->setObjectName(QStringLiteral("runConfigLabel"));
    m_configLabel->hide();
    layout->addWidget(m_configLabel);

    auto* progressRow = new QHBoxLayout;
    // The progress bar is always there and status text goes to a StatusLine: neither lays the
    // page out again while a run streams.
    m_phaseLabel = new StatusLine(this);
    m_phaseLabel->setObjectName(QStringLiteral("runPhaseLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    progressRow->addWidget(m_phaseLabel, 1);
    progressRow->addWidget(m_progress, 1);
    layout->addLayout(progressRow);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setEnabled(false);

    m_banner = new Banner(this);
    m_banner->setObjectName(QStringLiteral("runBanner"));
    m_banner->label()->setObjectName(QStringLiteral("runBannerLabel"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_summaryLabel = new StatusLine(this);
    m_summaryLabel->setObjectName(QStringLiteral("runSummaryLabel"));
    layout->addWidget(m_summaryLabel);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), this));
    m_actionFilter = new QComboBox(this);
    m_actionFilter->setObjectName(QStringLiteral("actionFilterCombo"));
    m_actionFilter->addItem(tr("All"), int(DirectoryPlanFilter::Kind::All));
    m_actionFilter->addItem(DirectoryPlanModel::actionWord(DirectoryAction::Add),
                            int(DirectoryPlanFilter::Kind::Add));
    m_actionFilter->addItem(DirectoryPlanModel::actionWord(DirectoryAction::Update),
                            int(DirectoryPlanFilter::Kind::Update));
    m_actionFilter->addItem(DirectoryPlanModel::actionWord(DirectoryAction::Remove),
                            int(DirectoryPlanFilter::Kind::Remove));
    m_actionFilter->addItem(DirectoryPlanModel::actionWord(DirectoryAction::Skip),
                            int(DirectoryPlanFilter::Kind::Skip));
    m_actionFilter->addItem(tr("Failed when applied"), int(DirectoryPlanFilter::Kind::Failed));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("planSearchEdit"));
    m_search->setAccessibleName(tr("Search the plan"));
    m_search->setPlaceholderText(tr("Search ID, name, e-mail, changes"));
    m_search->setClearButtonEnabled(true);
    filterRow->addWidget(m_actionFilter);
    filterRow->addWidget(m_search, 1);
    layout->addLayout(filterRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setAccessibleName(tr("Directory sync plan"));
    m_table->setAccessibleDescription(tr("What applying the plan would change, one row per entry"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths from sample texts: nothing is measured per row, so
    // 10,000 rows arrive without the view walking them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The changes column is wider than the view until it is scrolled; a centred title would sit
    // half outside it ("Changes or reas…"), a left-aligned one is read where the column starts.
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm(m_table->font());
    for (int c = 0; c < DirectoryPlanModel::ColumnCount; ++c) {
        const auto column = DirectoryPlanModel::Column(c);
        const int header = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 24;
        m_table->setColumnWidth(
            c, std::max(header, fm.horizontalAdvance(DirectoryPlanModel::widthSample(column)) + 16));
    }
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 10);
    // Names with their e-mail address can be long; the changes matter more, so the name column
    // starts at about 34 characters (the full text is in the details below and can be widened).
    m_table->setColumnWidth(DirectoryPlanModel::NameColumn,
                            std::min(m_table->columnWidth(DirectoryPlanModel::NameColumn), fm.averageCharWidth() * 34));
    // What changes is read first; the Zoom user ID (long, opaque) goes last.
    m_table->horizontalHeader()->moveSection(DirectoryPlanModel::IdColumn, DirectoryPlanModel::ColumnCount - 1);

    auto* detailsBox = new QWidget(splitter);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_detailsNote = makeWrappedLabel(tr("Select a row to see the entry before and after."), true, detailsBox);
    m_detailsNote->setObjectName(QStringLiteral("planDetailsNote"));
    m_details = new QTableWidget(0, 3, detailsBox);
    m_details->setObjectName(QStringLiteral("planDetailsTable"));
    m_details->setAccessibleName(tr("Details of the selected change"));
    m_details->setHorizontalHeaderLabels({tr("Field"), tr("In the book now"), tr("After the sync")});
    m_details->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->horizontalHeader()->setStretchLastSection(true);
    m_details->verticalHeader()->hide();
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    detailsLayout->addWidget(m_detailsNote);
    detailsLayout->addWidget(m_details);
    splitter->addWidget(m_table);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_dryRunButton, &QPushButton::clicked, this, &DirectoryRunPane::startDryRun);
    connect(m_cancelButton, &QPushButton::clicked, this, &DirectoryRunPane::cancel);
    connect(m_applyButton, &QPushButton::clicked, this, &DirectoryRunPane::startApply);
    connect(m_csvButton, &QPushButton::clicked, this, [this] { exportWithDialog(ExportFormat::Csv); });
    connect(m_jsonButton, &QPushButton::clicked, this, [this] { exportWithDialog(ExportFormat::JsonLines); });
    connect(m_logButton, &QPushButton::clicked, this, &DirectoryRunPane::showApplyLog);
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKind(DirectoryPlanFilter::Kind(m_actionFilter->currentData().toInt())); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &DirectoryPlanFilter::setText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DirectoryRunPane::showDetails);
    connect(m_model, &DirectoryPlanModel::rowsAppended, this, [this] {
        if (m_busy && m_dryRun) {
            const DirectoryCounts c = m_model->liveCounts();
            m_summaryLabel->setText(
                tr("So far: add %1, update %2, remove %3, skip %4")
                    .arg(number(c.add), number(c.update), number(c.remove), number(c.skip)));
        }
    });
    updateActions();
}

void DirectoryRunPane::setConfiguration(const QString& bookId, const QString& bookName,
                                        const DirectoryMapping& mapping, double maxRemovalPercent,
                                        const QString& configError)
{
    m_bookId = bookId;
    m_bookName = bookName;
    m_mapping = mapping;
    m_maxRemovalPercent = maxRemovalPercent;
    m_configError = configError;
    updateActions();
}

bool DirectoryRunPane::planIsCurrent() const
{
    return m_planReady && m_planBookId == m_bookId && m_planMapping == m_mapping;
}

bool DirectoryRunPane::isBusy() const
{
    return m_busy;
}

void DirectoryRunPane::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    // Between runs the bar is empty and without text (a finished run read "0%" next to
    // "finished"); it stays in place, since hiding it would lay the page out again (12-15 ms).
    m_progress->setTextVisible(busy);
    m_progress->setEnabled(busy); // greyed between runs, so the empty bar is not read as a field
    if (!busy) {
        m_progressTimer.stop();
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        setPhase(QString());
    }
    updateActions();
    emit busyChanged(busy);
}

void DirectoryRunPane::setProgress(const QString& text, int done, int total)
{
    m_phaseText = text;
    m_progressDone = done;
    m_progressTotal = total;
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
}

void DirectoryRunPane::showProgress()
{
    if (!m_busy)
        return;
    if (m_progressTotal > 0) {
        m_progress->setRange(0, m_progressTotal);
        m_progress->setValue(std::min(m_progressDone, m_progressTotal));
    } else {
        m_progress->setRange(0, 0);
    }
    setPhase(m_phaseText);
}

void DirectoryRunPane::setPhase(const QString& text)
{
    m_phaseText = text;
    QString shown = text;
    const DirectoryCounts c = m_model->liveCounts();
    if (m_busy && m_dryRun && m_model->rowCount() > 0) {
        shown += QStringLiteral(" · ") +
                 tr("so far: add %1, update %2, remove %3, skip %4")
                     .arg(number(c.add), number(c.update), number(c.remove), number(c.skip));
    }
    m_phaseLabel->setText(shown);
}

void DirectoryRunPane::showBanner(int kind, const QString& text)
{
    m_banner->showMessage(Banner::Kind(kind), text);
    m_banner->show();
}

void DirectoryRunPane::updateActions()
{
    QString reason;
    if (!m_configError.isEmpty())
        reason = tr("Dry run is unavailable until the configuration is fixed: %1").arg(m_configError);
    else if (m_bookId.isEmpty())
        reason = tr("Choose the target address book above to run a dry run.");
    else if (m_planReady && !m_applied && !planIsCurrent())
        reason = tr("The configuration changed after this dry run. Run the dry run again before applying.");
    m_configLabel->setText(reason);
    m_configLabel->setVisible(!reason.isEmpty());

    const bool runnable = m_configError.isEmpty() && !m_bookId.isEmpty();
    m_dryRunButton->setEnabled(!m_busy && runnable);
    m_cancelButton->setEnabled(m_busy);
    m_applyButton->setEnabled(!m_busy && runnable && planIsCurrent() && !m_applied &&
                              m_plan.counts.pending() > 0);
    m_csvButton->setEnabled(!m_busy && m_planReady);
    m_jsonButton->setEnabled(!m_busy && m_planReady);
}

void DirectoryRunPane::startDryRun()
{
    if (m_busy || !m_configError.isEmpty() || m_bookId.isEmpty())
        return;
    const int generation = ++m_generation;
    const QString bookId = m_bookId;
    const DirectoryMapping mapping = m_mapping;
    m_planReady = false;
    m_applied = false;
    m_plan = {};
    m_model->clear();
    m_banner->hide();
    m_summaryLabel->setText(QString());
    showDetails();
    setPhase(tr("Connecting…"));
    m_progress->setRange(0, 0);
    setBusy(true);

    m_clients->zoomApi(this, [this, generation, bookId, mapping](ZoomApi* zoom, const Error& zoomError) {
        if (generation != m_generation)
            return;
        if (!zoomError.ok()) {
            setBusy(false);
            showBanner(int(Banner::Kind::Error),
                       tr("Could not connect to Zoom: %1 Check the Zoom credentials in the Zoom area.")
                           .arg(zoomError.message));
            return;
        }
        m_clients->acdApi(this, [this, generation, bookId, mapping, zoom](AcdApi* acd,
                                                                          const Error& acdError) {
            if (generation != m_generation)
                return;
            if (!acdError.ok()) {
                setBusy(false);
                showBanner(
                    int(Banner::Kind::Error),
                    tr("Could not connect to the ACD: %1 Check the ACD connection.").arg(acdError.message));
                return;
            }
            auto* run = new DirectoryDryRun(zoom, acd, this);
            m_dryRun = run;
            m_planBookId = bookId;
            m_planBookName = m_bookName;
            m_planMapping = mapping;
            connect(
                run, &DirectoryDryRun::progress, this,
                [this](DirectoryDryRun::Phase phase, int done, int total) {
                    QString text;
                    switch (phase) {
                    case DirectoryDryRun::Phase::ReadingBook:
                        text = tr("Reading the address book: %1 entries").arg(number(done));
                        break;
                    case DirectoryDryRun::Phase::ReadingPhoneUsers:
                        text = total >= 0
                                   ? tr("Reading Zoom Phone users: %1 of %2").arg(number(done), number(total))
                                   : tr("Reading Zoom Phone users: %1").arg(number(done));
                        break;
                    case DirectoryDryRun::Phase::ReadingUsers:
                        text = total >= 0
                                   ? tr("Reading Zoom users: %1 of %2").arg(number(done), number(total))
                                   : tr("Reading Zoom users: %1").arg(number(done));
                        break;
                    case DirectoryDryRun::Phase::Done:
                        text = tr("Comparing…");
                        break;
                    }
                    setProgress(text, done, total);
                });
            connect(run, &DirectoryDryRun::partialResults, m_model, &DirectoryPlanModel::append);
            connect(run, &DirectoryDryRun::finished, this, &DirectoryRunPane::onDryRunFinished);
            run->start(bookId, mapping);
        });
    });
}

void DirectoryRunPane::onDryRunFinished(const Error& error)
{
    DirectoryDryRun* run = m_dryRun;
    m_dryRun = nullptr;
    if (run)
        run->deleteLater();
    m_model->flush();
    setBusy(false);
    setPhase(error.ok()                           ? tr("Dry run finished.")
             : error.code == ErrorCode::Cancelled ? tr("Dry run cancelled.")
                                                  : tr("Dry run failed."));
    if (error.code == ErrorCode::Cancelled) {
        showBanner(int(Banner::Kind::Info), tr("Dry run cancelled. The table shows what was read until then; "
                                               "nothing was written. Run it again to apply."));
        updateActions();
        return;
    }
    if (!error.ok()) {
        showBanner(int(Banner::Kind::Error),
                   tr("The dry run failed: %1 Nothing was written; run it again when the problem is solved.")
                       .arg(error.message));
        updateActions();
        return;
    }
    if (run)
        m_plan = run->plan();
    m_planReady = true;
    // The table must show exactly the plan Apply writes; if the streamed rows ever differ from
    // it, the plan wins.
    if (m_model->rowCount() != m_plan.changes.size()) {
        m_model->clear();
        m_model->append(m_plan.changes);
        m_model->flush();
    }
    m_summaryLabel->setText(m_plan.summary());
    if (m_plan.counts.pending() == 0) {
        showBanner(int(Banner::Kind::Success),
                   tr("The address book “%1” is up to date: nothing would change.").arg(m_planBookName));
    } else {
        const double percent = m_plan.counts.removalPercent();
        if (!DirectoryApply::checkRemovals(m_plan.counts, m_maxRemovalPercent).ok()) {
            showBanner(int(Banner::Kind::Warning),
                       tr("This plan removes %1 of the %2 entries in the book (%3 %), more than the %4 % you "
                          "allow. Check the Remove rows before applying.")
                           .arg(number(m_plan.counts.remove), number(m_plan.counts.bookEntries),
                                QLocale().toString(percent, 'f', 1),
                                QLocale().toString(m_maxRemovalPercent)));
        } else {
            m_banner->hide();
        }
    }
    updateActions();
}

void DirectoryRunPane::cancel()
{
    if (m_dryRun && m_dryRun->isRunning()) {
        m_dryRun->cancel();
        return;
    }
    if (m_apply && m_apply->isRunning()) {
        setPhase(tr("Stopping after the batch being written…"));
        m_apply->cancel();
        return;
    }
    // Still connecting: forget the answer when it comes.
    ++m_generation;
    setBusy(false);
}

void DirectoryRunPane::startApply()
{
    if (m_busy || !planIsCurrent() || m_applied)
        return;
    const DirectoryCounts& c = m_plan.counts;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Apply Directory Sync"),
                                tr("Write these changes to the address book “%1”?").arg(m_planBookName),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("applyConfirmDialog"));
    box->setInformativeText(
        tr("Add: %1, update: %2, remove: %3. Skipped users (%4) and unchanged entries (%5) are "
           "not touched.")
            .arg(number(c.add), number(c.update), number(c.remove), number(c.skip), number(c.unchanged)));
    QPushButton* yes = box->addButton(tr("Apply"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("applyConfirmButton"));
    QPushButton* no = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() != yes)
            return;
        const Error guard = DirectoryApply::checkRemovals(m_plan.counts, m_maxRemovalPercent);
        if (guard.ok()) {
            runApply(false);
            return;
        }
        // Unusual: ask once more, naming the number and why it matters; Cancel is the default.
        const DirectoryCounts& counts = m_plan.counts;
        auto* warn =
            new QMessageBox(QMessageBox::Warning, tr("Remove many entries?"),
                            tr("This apply removes %1 of the %2 entries in “%3” (%4 %), more than the "
                               "%5 % this profile allows.")
                                .arg(number(counts.remove), number(counts.bookEntries), m_planBookName,
                                     QLocale().toString(counts.removalPercent(), 'f', 1),
                                     QLocale().toString(m_maxRemovalPercent)),
                            QMessageBox::NoButton, this);
        warn->setObjectName(QStringLiteral("removalConfirmDialog"));
        warn->setInformativeText(
            tr("Removing this many entries at once is unusual: it often means a filter, the "
               "mapping or the target book is wrong, and agents lose these contacts at once. "
               "Check the Remove rows first."));
        warn->setDetailedText(guard.message);
        QPushButton* remove =
            warn->addButton(tr("Remove %1 entries").arg(number(counts.remove)), QMessageBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("removalConfirmButton"));
        QPushButton* cancelButton = warn->addButton(QMessageBox::Cancel);
        warn->setDefaultButton(cancelButton);
        warn->setAttribute(Qt::WA_DeleteOnClose);
        connect(warn, &QMessageBox::finished, this, [this, warn, remove] {
            if (warn->clickedButton() == remove)
                runApply(true);
            else
                showBanner(int(Banner::Kind::Info), tr("Nothing was written."));
        });
        warn->open();
    });
    box->open();
}

void DirectoryRunPane::runApply(bool confirmRemovals)
{
    if (m_busy || !planIsCurrent())
        return;
    const int generation = ++m_generation;
    m_banner->hide();
    setPhase(tr("Connecting…"));
    m_progress->setRange(0, 0);
    setBusy(true);
    m_clients->acdApi(this, [this, generation, confirmRemovals](AcdApi* acd, const Error& error) {
        if (generation != m_generation)
            return;
        if (!error.ok()) {
            setBusy(false);
            showBanner(int(Banner::Kind::Error),
                       tr("Could not connect to the ACD: %1 Nothing was written.").arg(error.message));
            return;
        }
        auto* apply = new DirectoryApply(acd, this);
        m_apply = apply;
        connect(apply, &DirectoryApply::progress, this, [this](int done, int total) {
            setProgress(tr("Writing changes: %1 of %2").arg(number(done), number(total)), done, total);
        });
        connect(apply, &DirectoryApply::resultsArrived, m_model, &DirectoryPlanModel::setResults);
        connect(apply, &DirectoryApply::finished, this, &DirectoryRunPane::onApplyFinished);
        apply->start(m_planBookId, m_plan, m_maxRemovalPercent, confirmRemovals);
    });
}

void DirectoryRunPane::onApplyFinished(const Error& error)
{
    DirectoryApply* apply = m_apply;
    m_apply = nullptr;
    setBusy(false);
    if (!apply)
        return;
    apply->deleteLater();
    setPhase(error.ok() ? tr("Apply finished.") : tr("Apply stopped."));
    const QList<DirectoryApplyResult>& results = apply->results();
    const int failed = apply->failed();
    const int written = int(results.size()) - failed;
    // Something may have been written even when the run stopped: the plan is spent either way.
    m_applied = !results.isEmpty() || error.ok();

    QString logProblem;
    ProfileSession* session = m_clients->session();
    if (!results.isEmpty() || error.ok()) {
        DirectoryApplyLog::Record record;
        record.at = QDateTime::currentDateTime();
        record.profileName = session->profile().name;
        record.profilePath = session->profilePath();
        record.bookId = m_planBookId;
        record.bookName = m_planBookName;
        record.origin = QStringLiteral("console");
        record.counts = m_plan.counts;
        record.written = written;
        record.failed = failed;
        record.completed = error.ok();
        const Error e =
            DirectoryApplyLog::append(DirectoryApplyLog::pathForProfile(session->profilePath()), record);
        if (!e.ok())
            logProblem = tr("The apply log could not be written: %1").arg(e.message);
    }

    QString text;
    Banner::Kind kind = Banner::Kind::Success;
    if (error.code == ErrorCode::Cancelled) {
        kind = Banner::Kind::Warning;
        text = tr("Apply cancelled after %1 entries. Run the dry run again: applying once more continues "
                  "safely, "
                  "entries already written are not duplicated.")
                   .arg(number(int(results.size())));
    } else if (!error.ok()) {
        kind = Banner::Kind::Error;
        text = tr("The apply stopped: %1 Entries written: %2. Run the dry run again to see what is left.")
                   .arg(error.message, number(written));
    } else if (failed > 0) {
        kind = Banner::Kind::Error;
        QStringList lines;
        for (const DirectoryApplyResult& r : results) {
            if (!r.success && lines.size() < 5)
                lines.append(QStringLiteral("%1: %2").arg(r.externalId, r.error));
        }
        text = tr("Written: %1. Failed: %2. The ACD answered:").arg(number(written), number(failed)) +
               QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
               tr("The failed rows are listed below; fix the cause and run the dry run again.");
        m_actionFilter->setCurrentIndex(m_actionFilter->findData(int(DirectoryPlanFilter::Kind::Failed)));
    } else {
        text = tr("Written: %1. The address book “%2” now matches the dry run.")
                   .arg(number(written), m_planBookName);
    }
    if (!logProblem.isEmpty())
        text += QLatin1Char('\n') + logProblem;
    showBanner(int(kind), text);
    updateActions();
}

void DirectoryRunPane::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_details->setRowCount(0);
    if (!current.isValid()) {
        m_detailsNote->setText(tr("Select a row to see the entry before and after."));
        return;
    }
    const int row = m_filter->mapToSource(current).row();
    const DirectoryChange& c = m_model->change(row);
    QString note = DirectoryPlanModel::actionLabel(c.action) + QStringLiteral(" · ") + c.externalId;
    if (!c.reason.isEmpty())
        note += QLatin1Char('\n') + tr("Reason: %1").arg(c.reason);
    if (const DirectoryApplyResult* r = m_model->result(row))
        note += QLatin1Char('\n') + (r->success ? tr("Written") : tr("Failed: %1").arg(r->error));
    m_detailsNote->setText(note);
    if (!c.before && !c.after)
        return;
    const QStringList& fields = DirectoryMapping::acdFields();
    m_details->setRowCount(int(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        const QString before = c.before ? directoryEntryField(*c.before, fields[i]) : QString();
        const QString after = c.after ? directoryEntryField(*c.after, fields[i]) : QString();
        const bool changed =
            c.action == DirectoryAction::Update ? c.changed.contains(fields[i]) : before != after;
        const QString texts[] = {DirectoryPlanModel::fieldLabel(fields[i]), before, after};
        for (int col = 0; col < 3; ++col) {
            auto* item = new QTableWidgetItem(texts[col]);
            if (changed) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (col == 1 && !c.before)
                item->setText(tr("(not in the book)"));
            if (col == 2 && !c.after)
                item->setText(tr("(removed)"));
            m_details->setItem(i, col, item);
        }
    }
}

Error DirectoryRunPane::exportPlan(const QString& path, ExportFormat format) const
{
    if (!m_planReady)
        return Error::make(ErrorCode::InvalidInput,
                           tr("Run a dry run first; there is nothing to export yet."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(
            ErrorCode::FileWrite,
            tr("Could not write %1: %2. Choose another folder.").arg(path, file.errorString()));
    }
    const QByteArray data = format == ExportFormat::Csv ? m_plan.toCsv() : m_plan.toJsonLines();
    if (file.write(data) != data.size() || !file.commit()) {
        return Error::make(
            ErrorCode::FileWrite,
            tr("Could not write %1: %2. Check the free space and try again.").arg(path, file.errorString()));
    }
    return {};
}

void DirectoryRunPane::exportWithDialog(ExportFormat format)
{
    const bool csv = format == ExportFormat::Csv;
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export the dry run as CSV") : tr("Export the dry run as JSON Lines"),
        csv ? QStringLiteral("directory-dry-run.csv") : QStringLiteral("directory-dry-run.jsonl"),
        csv ? tr("CSV files (*.csv)") : tr("JSON Lines files (*.jsonl)"));
    if (path.isEmpty())
        return;
    const Error e = exportPlan(path, format);
    if (e.ok())
        showBanner(int(Banner::Kind::Success), tr("Exported to %1.").arg(path));
    else
        showBanner(int(Banner::Kind::Error), e.message);
}

void DirectoryRunPane::showApplyLog()
{
    const QString path = DirectoryApplyLog::pathForProfile(m_clients->session()->profilePath());
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("applyHistoryDialog"));
    dialog->setWindowTitle(tr("Apply history"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(
        makeWrappedLabel(tr("Every apply of this profile, newest first, from the console and from "
                            "syncdeskctl. Kept in %1.")
                             .arg(path),
                         true, dialog));
    auto* table = new QTableWidget(0, 9, dialog);
    table->setObjectName(QStringLiteral("applyHistoryTable"));
    table->setAccessibleName(tr("Apply history"));
    table->setHorizontalHeaderLabels({tr("When"), tr("Address book"), tr("From"), tr("Add"), tr("Update"),
                                      tr("Remove"), tr("Written"), tr("Failed"), tr("Completed")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    const Result<QList<DirectoryApplyLog::Record>> records = DirectoryApplyLog::read(path);
    if (!records.ok()) {
        auto* error = makeWrappedLabel(records.error().message, false, dialog);
        error->setObjectName(QStringLiteral("applyHistoryError"));
        layout->addWidget(error);
    } else {
        QList<DirectoryApplyLog::Record> list = records.value();
        std::reverse(list.begin(), list.end());
        table->setRowCount(int(list.size()));
        for (int row = 0; row < list.size(); ++row) {
            const DirectoryApplyLog::Record& r = list[row];
            const QString origin = r.origin == QLatin1String("console") ? tr("Console") : r.origin;
            const QString texts[] = {QLocale().toString(r.at, QLocale::ShortFormat),
                                     r.bookName.isEmpty() ? r.bookId : r.bookName,
                                     origin,
                                     number(r.counts.add),
                                     number(r.counts.update),
                                     number(r.counts.remove),
                                     number(r.written),
                                     number(r.failed),
                                     r.completed ? tr("Yes") : tr("No, interrupted")};
            for (int col = 0; col < 9; ++col)
                table->setItem(row, col, new QTableWidgetItem(texts[col]));
        }
        if (list.isEmpty())
            layout->addWidget(makeWrappedLabel(tr("No apply yet."), true, dialog));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(dialog->sizeHint().expandedTo(QSize(640, 320)));
    dialog->open();
}

} // namespace syncdesk
