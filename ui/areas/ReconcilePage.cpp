#include "ReconcilePage.h"

#include "cc/ContactCenterApi.h"
#include "cc/EngagementTimeline.h"
#include "cc/ReconcileWindow.h"
#include "connect/SessionClients.h"
#include "monitor/MonitorController.h"
#include "zoom/ZoomApi.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
constexpr int kStatusRole = Qt::UserRole + 1;
constexpr int kUrlRole = Qt::UserRole + 2;
constexpr int kKindRole = Qt::UserRole + 3;
constexpr int kSortRole = Qt::UserRole + 4;

enum Column
{
    ColStatus,
    ColKind,
    ColId,
    ColEngagement,
    ColTime,
    ColUrl,
    ColumnCount
};

// Missed first: what the admin is looking for.
int statusRank(ReconcileArtefact::Status s)
{
    switch (s) {
    case ReconcileArtefact::Status::Missed:
        return 0;
    case ReconcileArtefact::Status::WebhookOnly:
        return 1;
    case ReconcileArtefact::Status::Received:
        return 2;
    }
    return 3;
}

QString statusLabel(ReconcileArtefact::Status s)
{
    switch (s) {
    case ReconcileArtefact::Status::Received:
        return ReconcilePage::tr("Received");
    case ReconcileArtefact::Status::Missed:
        return ReconcilePage::tr("Missed");
    case ReconcileArtefact::Status::WebhookOnly:
        return ReconcilePage::tr("Webhook only");
    }
    return {};
}

Error writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error::make(
            ErrorCode::FileWrite,
            ReconcilePage::tr("Could not write %1: %2. Choose another folder or free some space.")
                .arg(path, f.errorString()),
            path);
    return {};
}
} // namespace

ReconcilePage::ReconcilePage(MonitorController* monitor, SessionClients* clients, QWidget* parent)
    : QWidget(parent), m_monitor(monitor), m_clients(clients), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_source(new QComboBox(this)), m_capture(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Browse…"), this)), m_runButton(new QPushButton(tr("Run"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_filter(new QComboBox(this)), m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_counts(new QTableWidget(this)), m_exportCsv(new QPushButton(tr("Export CSV…"), this)),
      m_exportJsonl(new QPushButton(tr("Export JSON Lines…"), this)),
      m_download(new QPushButton(tr("Download…"), this))
{
    setObjectName(QStringLiteral("reconcilePage"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Compares what the Contact Center API lists for a window with what arrived by "
                      "webhook. Missed: only the API has it (the webhook never arrived). Webhook only: "
                      "announced, but not listed (deleted since). Days are UTC, as in "
                      "syncdeskctl cc reconcile."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    const ReconcileWindow y = ReconcileWindow::yesterday();
    const QDate yesterday = QDateTime::fromMSecsSinceEpoch(y.fromMs, Qt::UTC).date();
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(yesterday);
    }
    m_from->setObjectName(QStringLiteral("reconcileFrom"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(QStringLiteral("reconcileTo"));
    m_to->setAccessibleName(tr("Last day"));
    auto* window = new QHBoxLayout;
    window->addWidget(m_from);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_to);
    window->addStretch(1);
    form->addRow(tr("Days (UTC):"), window);

    m_source->setObjectName(QStringLiteral("reconcileSource"));
    m_source->setAccessibleName(tr("Webhooks from"));
    m_source->addItem(tr("Events held by the monitor"));
    m_source->addItem(tr("Capture file"));
    m_capture->setObjectName(QStringLiteral("reconcileCapture"));
    m_capture->setAccessibleName(tr("Capture file"));
    m_capture->setPlaceholderText(tr("Capture file (JSON Lines, as the monitor saves it)"));
    m_browse->setObjectName(QStringLiteral("reconcileBrowse"));
    auto* source = new QHBoxLayout;
    source->addWidget(m_source);
    source->addWidget(m_capture, 1);
    source->addWidget(m_browse);
    form->addRow(tr("Webhooks from:"), source);
    layout->addLayout(form);

    auto* runBar = new QHBoxLayout;
    m_runButton->setObjectName(QStringLiteral("reconcileRun"));
    m_cancelButton->setObjectName(QStringLiteral("reconcileCancel"));
    m_progress->setObjectName(QStringLiteral("reconcileProgress"));
    m_progress->setRange(0, 0); // the lists are paged concurrently: no honest percentage
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("reconcileStatus"));
    m_status->setWordWrap(true);
    runBar->addWidget(m_runButton);
    runBar->addWidget(m_cancelButton);
    runBar->addWidget(m_progress);
    runBar->addWidget(m_status, 1);
    layout->addLayout(runBar);

    auto* tableBar = new QHBoxLayout;
    m_filter->setObjectName(QStringLiteral("reconcileFilter"));
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItem(tr("All"), QString());
    for (const auto s : {ReconcileArtefact::Status::Missed, ReconcileArtefact::Status::Received,
                         ReconcileArtefact::Status::WebhookOnly})
        m_filter->addItem(statusLabel(s), Reconciler::statusName(s));
    m_exportCsv->setObjectName(QStringLiteral("reconcileExportCsv"));
    m_exportJsonl->setObjectName(QStringLiteral("reconcileExportJsonl"));
    m_download->setObjectName(QStringLiteral("reconcileDownload"));
    m_download->setToolTip(tr("Fetches the selected row's recording or transcript and saves it to a file you "
                              "choose."));
    tableBar->addWidget(new QLabel(tr("Show:"), this));
    tableBar->addWidget(m_filter);
    tableBar->addStretch(1);
    tableBar->addWidget(m_download);
    tableBar->addWidget(m_exportCsv);
    tableBar->addWidget(m_exportJsonl);
    layout->addLayout(tableBar);

    m_model->setColumnCount(ColumnCount);
    m_model->setHorizontalHeaderLabels(
        {tr("Status"), tr("Kind"), tr("ID"), tr("Engagement"), tr("Time (UTC)"), tr("URL")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(kStatusRole);
    m_proxy->setFilterKeyColumn(ColStatus);
    m_proxy->setSortRole(kSortRole);
    m_table->setObjectName(QStringLiteral("reconcileTable"));
    m_table->setAccessibleName(tr("Reconciliation"));
    m_table->setAccessibleDescription(tr("Each record the API lists and whether its webhook arrived"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false); // one line per artefact; long URLs are elided and in the tooltip

    m_counts->setObjectName(QStringLiteral("reconcileCounts"));
    m_counts->setAccessibleName(tr("Counts"));
    m_counts->setColumnCount(4);
    m_counts->setHorizontalHeaderLabels(
        {tr("Kind or day"), tr("Received"), tr("Missed"), tr("Webhook only")});
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Wide enough for every count column and a kind or day label without a horizontal scroll bar
    // (Japanese and German headers are wider than the English ones).
    {
        QHeaderView* header = m_counts->horizontalHeader();
        int width = m_counts->fontMetrics().horizontalAdvance(QStringLiteral("recording_transcript_")) + 12;
        for (int c = 1; c < m_counts->columnCount(); ++c) {
            header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
            width += header->sectionSizeHint(c);
        }
        width += 2 * m_counts->frameWidth() + m_counts->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        m_counts->setMinimumWidth(width);
    }

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_counts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(m_source, &QComboBox::currentIndexChanged, this, &ReconcilePage::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = choose(FileKind::OpenCapture, QString());
        if (!path.isEmpty()) {
            m_capture->setText(path);
            m_source->setCurrentIndex(int(Source::CaptureFile));
        }
    });
    connect(m_runButton, &QPushButton::clicked, this, &ReconcilePage::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReconcilePage::cancel);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setFilterFixedString(m_filter->currentData().toString()); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportClicked(true); });
    connect(m_exportJsonl, &QPushButton::clicked, this, [this] { exportClicked(false); });
    connect(m_download, &QPushButton::clicked, this, &ReconcilePage::downloadClicked);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReconcilePage::updateButtons);
    setStatus(tr("Choose the days and press Run."));
    updateButtons();
}

void ReconcilePage::setWindow(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReconcilePage::setSource(Source source, const QString& capturePath)
{
    m_source->setCurrentIndex(int(source));
    if (!capturePath.isEmpty())
        m_capture->setText(capturePath);
}

void ReconcilePage::setStatusFilter(const QString& status)
{
    const int i = m_filter->findData(status);
    m_filter->setCurrentIndex(qMax(0, i));
}

QString ReconcilePage::choose(FileKind kind, const QString& suggested)
{
    if (m_chooser)
        return m_chooser(kind, suggested);
    switch (kind) {
    case FileKind::OpenCapture:
        return QFileDialog::getOpenFileName(this, tr("Open capture"), QString(),
                                            tr("Captures (*.jsonl *.json);;All files (*)"));
    case FileKind::ExportCsv:
        return QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV (*.csv)"));
    case FileKind::ExportJsonLines:
        return QFileDialog::getSaveFileName(this, tr("Export JSON Lines"), suggested,
                                            tr("JSON Lines (*.jsonl)"));
    case FileKind::Download:
        return QFileDialog::getSaveFileName(this, tr("Save download"), suggested);
    }
    return {};
}

void ReconcilePage::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: palette(highlight);") : QString());
    m_status->setProperty("isError", error);
}

void ReconcilePage::updateButtons()
{
    const bool running = isRunning();
    const bool capture = m_source->currentIndex() == int(Source::CaptureFile);
    m_capture->setEnabled(capture && !running);
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_from->setEnabled(!running);
    m_to->setEnabled(!running);
    m_source->setEnabled(!running);
    m_exportCsv->setEnabled(m_hasReport && !running);
    m_exportJsonl->setEnabled(m_hasReport && !running);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool hasUrl =
        !rows.isEmpty() && !m_proxy->index(rows.first().row(), ColUrl).data(kUrlRole).toString().isEmpty();
    m_download->setEnabled(hasUrl && !m_download_);
}

void ReconcilePage::setRunning(bool running)
{
    m_progress->setVisible(running);
    updateButtons();
}

void ReconcilePage::run()
{
    if (isRunning())
        return;
    if (m_from->date() > m_to->date()) {
        setStatus(tr("The first day is after the last. Pick a first day on or before the last."), true);
        return;
    }
    const ReconcileWindow window = ReconcileWindow::days(m_from->date(), m_to->date());
    QList<QJsonObject> events;
    if (m_source->currentIndex() == int(Source::CaptureFile)) {
        const QString path = m_capture->text().trimmed();
        if (path.isEmpty()) {
            setStatus(tr("Choose a capture file (Browse…) or use the events held by the monitor."), true);
            return;
        }
        auto read = Reconciler::eventsFromCapture(path);
        if (!read.ok()) {
            setStatus(read.error().describe(), true);
            return;
        }
        events = read.take();
    } else if (m_monitor->store()) {
        events = EngagementTimeline::contactCenterBodies(*m_monitor->store());
    }

    auto* runContext = new QObject(this);
    m_run = runContext;
    setRunning(true);
    setStatus(tr("Polling the Contact Center lists…"));
    QPointer<QObject> ctx(runContext);
    m_clients->zoomApi(runContext, [this, ctx, window, events](ZoomApi* api, const Error& error) {
        if (!ctx)
            return;
        if (!error.ok()) {
            finish({}, error);
            return;
        }
        // Owned by the run: Cancel deletes them, which stops the paging.
        auto* cc = new ContactCenterApi(api->restClient(), api->auth(), api, ctx);
        auto* reconciler = new Reconciler(cc, ctx);
        reconciler->run(window.fromMs, window.toMs, events, ContactCenterApi::kDefaultPageSize, ctx,
                        [this, ctx](const ReconcileReport& report, const Error& e) {
                            if (ctx)
                                finish(report, e);
                        });
    });
}

void ReconcilePage::cancel()
{
    if (!m_run)
        return;
    delete m_run.data();
    setRunning(false);
    setStatus(tr("Cancelled. Nothing was changed; press Run to start again."));
}

void ReconcilePage::finish(const ReconcileReport& report, const Error& error)
{
    if (m_run)
        m_run->deleteLater();
    m_run = nullptr;
    setRunning(false);
    if (!error.ok()) {
        setStatus(error.describe(), true);
        emit runFinished(error);
        return;
    }
    m_report = report;
    m_hasReport = true;
    fillTable();
    fillCounts();
    updateButtons();
    const ReconcileCounts& t = report.total;
    setStatus(
        t.missed > 0
            ? tr("Missed: %1 · Received: %2 · Webhook only: %3. The missed ones never arrived by "
                 "webhook; the API has them.")
                  .arg(t.missed)
                  .arg(t.received)
                  .arg(t.webhookOnly)
            : tr("Nothing missed. Received: %1 · Webhook only: %2.").arg(t.received).arg(t.webhookOnly));
    emit runFinished({});
}

void ReconcilePage::fillTable()
{
    m_table->setSortingEnabled(false);
    m_model->removeRows(0, m_model->rowCount());
    m_model->setRowCount(int(m_report.artefacts.size()));
    int row = 0;
    for (const ReconcileArtefact& a : m_report.artefacts) {
        const QString time =
            QDateTime::fromMSecsSinceEpoch(a.timeMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        auto* status = new QStandardItem(statusLabel(a.status));
        status->setData(Reconciler::statusName(a.status), kStatusRole);
        status->setData(QStringLiteral("%1 %2").arg(statusRank(a.status)).arg(time), kSortRole);
        m_model->setItem(row, ColStatus, status);
        auto* kind = new QStandardItem(Reconciler::kindLabel(a.kind));
        kind->setData(a.kind, kKindRole);
        kind->setData(kind->text(), kSortRole);
        kind->setToolTip(a.kind);
        m_model->setItem(row, ColKind, kind);
        auto* id = new QStandardItem(a.id);
        id->setData(a.id, kSortRole);
        m_model->setItem(row, ColId, id);
        auto* engagement = new QStandardItem(a.engagementId);
        engagement->setData(a.engagementId, kSortRole);
        m_model->setItem(row, ColEngagement, engagement);
        auto* when = new QStandardItem(time);
        when->setData(time, kSortRole);
        m_model->setItem(row, ColTime, when);
        auto* url = new QStandardItem(a.url);
        url->setData(a.url, kUrlRole);
        url->setData(a.url, kSortRole);
        url->setToolTip(a.url);
        m_model->setItem(row, ColUrl, url);
        ++row;
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ColStatus, Qt::AscendingOrder); // missed first, then by time
    m_table->resizeColumnsToContents();
}

void ReconcilePage::fillCounts()
{
    QList<QPair<QString, ReconcileCounts>> rows;
    for (auto it = m_report.perKind.cbegin(); it != m_report.perKind.cend(); ++it)
        rows.append({Reconciler::kindLabel(it.key()), it.value()});
    for (auto it = m_report.perDay.cbegin(); it != m_report.perDay.cend(); ++it)
        rows.append({it.key(), it.value()});
    rows.append({tr("Total"), m_report.total});
    m_counts->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ReconcileCounts& c = rows[r].second;
        m_counts->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        int col = 1;
        for (const int n : {c.received, c.missed, c.webhookOnly}) {
            auto* item = new QTableWidgetItem(QString::number(n));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counts->setItem(r, col++, item);
        }
    }
}

Error ReconcilePage::exportTo(const QString& path, bool csv)
{
    return writeFile(path, csv ? Reconciler::toCsv(m_report) : Reconciler::toJsonLines(m_report));
}

void ReconcilePage::exportClicked(bool csv)
{
    const auto day = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
    };
    const QString suggested = QStringLiteral("reconciliation-%1-%2.%3")
                                  .arg(day(m_report.fromMs), day(m_report.toMs - 1),
                                       csv ? QStringLiteral("csv") : QStringLiteral("jsonl"));
    const QString path = choose(csv ? FileKind::ExportCsv : FileKind::ExportJsonLines, suggested);
    if (path.isEmpty())
        return;
    const Error e = exportTo(path, csv);
    if (!e.ok())
        setStatus(e.describe(), true);
    else
        setStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

void ReconcilePage::downloadClicked()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex idx = m_proxy->index(rows.first().row(), ColId);
    const QString kind = m_proxy->index(rows.first().row(), ColKind).data(kKindRole).toString();
    QString name = idx.data().toString();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString suggested = name + (kind.endsWith(QLatin1String("transcript")) ? QStringLiteral(".vtt")
                                      : kind == QLatin1String("voicemail")       ? QStringLiteral(".mp3")
                                                                                 : QStringLiteral(".mp4"));
    const QString path = choose(FileKind::Download, suggested);
    if (!path.isEmpty())
        downloadRow(rows.first().row(), path);
}

void ReconcilePage::downloadRow(int viewRow, const QString& path)
{
    const QString url = m_proxy->index(viewRow, ColUrl).data(kUrlRole).toString();
    if (url.isEmpty() || m_download_) {
        emit downloadFinished(Error::make(ErrorCode::InvalidInput, tr("This row has nothing to download.")));
        return;
    }
    auto* ctx = new QObject(this);
    m_download_ = ctx;
    updateButtons();
    setStatus(tr("Downloading…"));
    const auto done = [this, ctx, path](const QByteArray& content, const Error& error) {
        ctx->deleteLater();
        m_download_ = nullptr;
        updateButtons();
        Error e = error;
        if (e.ok())
            e = writeFile(path, content); // only now, and only to the file the user chose
        if (!e.ok())
            setStatus(e.describe(), true);
        else
            setStatus(tr("Saved %1 (%2 bytes).").arg(QDir::toNativeSeparators(path)).arg(content.size()));
        emit downloadFinished(e);
    };
    QPointer<QObject> guard(ctx);
    m_clients->zoomApi(ctx, [guard, url, done](ZoomApi* api, const Error& error) {
        if (!guard)
            return;
        if (!error.ok()) {
            done({}, error);
            return;
        }
        auto* cc = new ContactCenterApi(api->restClient(), api->auth(), api, guard);
        cc->fetch(QUrl(url), guard, done);
    });
}

} // namespace syncdesk
