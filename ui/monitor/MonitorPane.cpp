#include "MonitorPane.h"

#include "EventDetailPane.h"
#include "EventTableModel.h"
#include "JsonTreeModel.h"
#include "MonitorActionBar.h"
#include "MonitorBarStyle.h"
#include "MonitorFilterBar.h"
#include "MonitorSourceBar.h"
#include "PresenceBoardModel.h"
#include "RateSparkline.h"
#include "connect/SessionClients.h"
#include "monitor/MonitorController.h"
#include "monitor/MonitorPipeline.h"
#include "monitor/WebhookReceiver.h"
#include "presence/PresencePrediction.h"
#include "setup/SetupController.h"
#include "widgets/Banner.h"
#include "zoom/ZoomApi.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <climits>
#include <memory>
#include <optional>

namespace syncdesk {

namespace {
QString number(quint64 n)
{
    return QLocale().toString(n);
}
} // namespace

MonitorPane::MonitorPane(MonitorController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller),
      // Created first, so it hears of each store batch before the models that paint it.
      m_prediction(new PresencePrediction(controller->store(), this)),
      m_eventModel(new EventTableModel(controller->store(), this)),
      m_presenceModel(new PresenceBoardModel(controller->store(), this))
{
    setObjectName(QStringLiteral("monitorPane"));
    m_prediction->setObjectName(QStringLiteral("presencePrediction"));
    m_eventModel->setPrediction(m_prediction);
    m_presenceModel->setPrediction(m_prediction);

    m_sourceBar = new MonitorSourceBar(m_controller, this);
    m_actionBar = new MonitorActionBar(this);
    m_filterBar = new MonitorFilterBar(this);

    m_banner = new Banner(this);
    m_banner->setObjectName(QStringLiteral("monitorBanner"));
    auto* dismiss = new QPushButton(tr("Dismiss"), m_banner);
    connect(dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);
    m_banner->addWidget(dismiss);
    m_banner->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setAccessibleDescription(tr("Received events, newest last; select one to see its details"));
    m_board = new QTreeView(this);
    m_board->setObjectName(QStringLiteral("presenceBoard"));
    m_board->setAccessibleName(tr("Presence board"));
    m_board->setAccessibleDescription(tr("Each agent's presence as the received events report it"));
    m_detail = new EventDetailPane(this);

    connectBars();
    setUpTable();
    setUpBoard();
    m_eventModel->setDeferred(true);
    m_presenceModel->setUpdateInterval(250);

    auto* boardBox = new QWidget(this);
    auto* boardLayout = new QVBoxLayout(boardBox);
    boardLayout->setContentsMargins(0, 4, 0, 0);
    auto* boardTitle = makeBoldLabel(tr("People"), boardBox);
    boardTitle->setObjectName(QStringLiteral("presenceBoardTitle"));
    boardTitle->setToolTip(
        tr("Everyone seen in the events, with their current Zoom presence and phone state. "
           "Click a person to show only their events."));
    boardLayout->addWidget(boardTitle);
    boardLayout->addWidget(m_board, 1);

    // The table gets the full width (it has the most columns); the selected event and the people
    // share the space below it.
    m_detailSplitter = new QSplitter(Qt::Horizontal, this);
    m_detailSplitter->setObjectName(QStringLiteral("detailSplitter"));
    m_detailSplitter->addWidget(m_detail);
    m_detailSplitter->addWidget(boardBox);
    m_detailSplitter->setStretchFactor(0, 1);
    m_detailSplitter->setStretchFactor(1, 2);
    m_detailSplitter->setSizes({1000, 2000}); // proportions; scaled to the space there is
    m_detailSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(QStringLiteral("monitorSplitter"));
    m_mainSplitter->addWidget(m_table);
    m_mainSplitter->addWidget(m_detailSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setSizes({3000, 2000});
    m_mainSplitter->setChildrenCollapsible(false);

    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(8000);
    connect(&m_noticeTimer, &QTimer::timeout, m_noticeLabel, &QWidget::hide);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_sourceBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_actionBar);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_mainSplitter, 1);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250);
    connect(&m_filterDelay, &QTimer::timeout, this, &MonitorPane::applyFilterNow);

    // Live tail on a timer (Wireshark's tail_update_interval_), not on every insert.
    m_tailTimer.setInterval(100);
    connect(&m_tailTimer, &QTimer::timeout, this, &MonitorPane::tailTick);
    m_tailTimer.start();
    m_heldTimer.setInterval(1000);
    connect(&m_heldTimer, &QTimer::timeout, this, &MonitorPane::updateFilterCount);
    m_heldTimer.start();

    connect(m_controller, &MonitorController::stateChanged, this, &MonitorPane::updateSourceControls);
    connect(m_controller, &MonitorController::errorOccurred, this, &MonitorPane::showError);
    connect(m_controller, &MonitorController::notice, this, &MonitorPane::showNotice);
    connect(m_controller, &MonitorController::storeReplaced, this, [this] {
        m_prediction->setStore(m_controller->store());
        m_eventModel->setStore(m_controller->store());
        m_presenceModel->setStore(m_controller->store());
        m_detail->clearRecord();
        m_hasSelection = false;
        connectStore();
        updateCounters();
    });
    connect(m_controller, &MonitorController::fileJobProgress, m_actionBar,
            &MonitorActionBar::setFileJobProgress);
    connect(m_controller, &MonitorController::fileJobFinished, this,
            [this](const Error& error, const QString& message) {
                updateSourceControls();
                if (error.code == ErrorCode::Cancelled)
                    showNotice(error.message);
                else if (!error.ok())
                    showError(error);
                else
                    showNotice(message);
            });
    connect(m_prediction, &PresencePrediction::recomputed, this, [this] {
        if (m_hasSelection)
            m_detail->showPrediction(m_controller->store(), m_selectedSeq, m_prediction);
    });
    connect(m_controller->session(), &ProfileSession::profileChanged, this, [this] {
        m_zoomUsersProfile.clear(); // another account (or the same one reopened): ask again
        m_prediction->setUserEmails({});
        loadActiveRule();
        m_banner->hide();
        loadSettingsIntoFields();
        updateSourceControls();
        maybeAutoStart();
    });
    connect(m_eventModel, &EventTableModel::backlogChanged, this, &MonitorPane::updateBacklog);
    connect(m_eventModel, &EventTableModel::rowsAppended, this, [this] { m_rowsAdded = true; });
    connect(m_eventModel, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the selected event selected across filter changes, if it is still shown.
        if (!m_hasSelection)
            return;
        const int row = m_eventModel->rowOfSeq(m_selectedSeq);
        if (row >= 0) {
            const QModelIndex index = m_eventModel->index(row, 0);
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        }
    });
    connectStore();
    loadActiveRule();
    loadSettingsIntoFields();
    updateSourceControls();
    updateCounters();
    updateBacklog();
}

void MonitorPane::loadActiveRule()
{
    const Profile& profile = m_controller->session()->profile();
    m_prediction->setRule(PresencePrediction::activeRule(profile.presenceRules, profile.activePresenceRule));
    loadZoomUsers();
}

void MonitorPane::setPresenceRule(const PresenceRule& rule)
{
    m_prediction->setRule(rule.name.isEmpty() ? std::nullopt : std::optional<PresenceRule>(rule));
    loadZoomUsers();
}

void MonitorPane::setClients(SessionClients* clients)
{
    m_clients = clients;
    loadZoomUsers();
}

void MonitorPane::loadZoomUsers()
{
    // Phone events name the user only by Zoom user ID; the simulator otherwise learns the e-mail
    // from the user's first presence event, and the calls before it would go unpredicted while the
    // board already shows the phone state. Asked only while a rule is active, once per profile;
    // a failure costs those early predictions, so it is a notice, never a blocking error.
    if (!m_clients || !m_prediction->hasRule() || !m_controller->session()->hasProfile())
        return;
    const QString profileId = m_controller->session()->profile().id;
    if (profileId == m_zoomUsersProfile)
        return;
    m_zoomUsersProfile = profileId;
    QPointer<MonitorPane> self(this);
    auto current = [self, profileId] { return self && self->m_zoomUsersProfile == profileId; };
    auto failed = [self](const Error& error) {
        self->showNotice(tr("Calls are predicted from each user's first presence event on: the Zoom "
                            "user list could not be read (%1).")
                             .arg(error.message));
    };
    m_clients->zoomApi(this, [self, current, failed](ZoomApi* api, const Error& error) {
        if (!current())
            return;
        if (error) {
            failed(error);
            return;
        }
        auto emails = std::make_shared<QHash<QString, QString>>();
        api->allUsers(
            QString(), ZoomApi::kDefaultPageSize, self,
            [emails](const QList<QJsonObject>& users) {
                for (const QJsonObject& user : users) {
                    const QString id = user.value(QStringLiteral("id")).toString();
                    const QString email = user.value(QStringLiteral("email")).toString();
                    if (!id.isEmpty() && !email.isEmpty())
                        emails->insert(id, email);
                }
                return true;
            },
            [self, current, failed, emails](int, int, const Error& e) {
                if (!current())
                    return;
                self->m_prediction->setUserEmails(*emails); // the pages read, even after an error
                if (e && e.code != ErrorCode::Cancelled)
                    failed(e);
            });
    });
}

MonitorPane::~MonitorPane() = default;

JsonTreeModel* MonitorPane::jsonModel() const
{
    return m_detail->jsonModel();
}

void MonitorPane::connectBars()
{
    connect(m_sourceBar, &MonitorSourceBar::starting, m_banner, &QWidget::hide);
    connect(m_actionBar, &MonitorActionBar::pauseToggled, this, &MonitorPane::togglePause);
    connect(m_actionBar, &MonitorActionBar::clearRequested, this, &MonitorPane::clearEvents);
    connect(m_actionBar, &MonitorActionBar::saveCaptureRequested, this, &MonitorPane::saveCapture);
    connect(m_actionBar, &MonitorActionBar::openCaptureRequested, this, &MonitorPane::openCapture);
    connect(m_actionBar, &MonitorActionBar::exportRequested, this, &MonitorPane::exportEvents);
    connect(m_actionBar, &MonitorActionBar::cancelFileJobRequested, m_controller,
            &MonitorController::cancelFileJob);
    connect(m_actionBar->stopReplayAction(), &QAction::triggered, m_controller,
            &MonitorController::stopReplay);
    connect(m_filterBar, &MonitorFilterBar::edited, this, [this] { m_filterDelay.start(); });
    connect(m_filterBar, &MonitorFilterBar::cleared, this, &MonitorPane::applyFilterNow);

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_filterBar, &MonitorFilterBar::focusSearch);
    addAction(find);
}

void MonitorPane::setUpTable()
{
    m_table->setModel(m_eventModel);
    // A table, not a tree: QTreeView lays out every row again after each insert (O(rows) per
    // batch, ~25 ms at half a million rows); QTableView with fixed-height rows only appends.
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    const QFontMetrics fm(m_table->font());
    QHeaderView* rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed); // uniform row heights: nothing is measured
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(
        std::max(fm.height() + 3, m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 2));
    // Widths from font metrics of sample texts, never from the contents (that would measure rows).
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics hfm(header->font());
    const int pad = fm.horizontalAdvance(QLatin1Char('x')) * 3;
    for (int c = 0; c < EventTableModel::SummaryColumn; ++c) {
        const auto column = EventTableModel::Column(c);
        const int sample = fm.horizontalAdvance(EventTableModel::widthSample(column));
        const int title = hfm.horizontalAdvance(m_eventModel->headerData(c, Qt::Horizontal).toString());
        int width = std::max(sample, title) + pad;
        if (column == EventTableModel::EventColumn) {
            // The longest labels (contact center transcripts) are rare: they elide, with a tooltip.
            width = std::min(width, fm.horizontalAdvance(QLatin1Char('x')) * 24);
            width += m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
        }
        header->resizeSection(c, width);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MonitorPane::onCurrentRowChanged);
    // Follow the tail only while the view is at the bottom; scrolling up stops it.
    QScrollBar* bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followTail = value >= bar->maximum(); });
}

void MonitorPane::setUpBoard()
{
    m_board->setModel(m_presenceModel);
    m_board->setRootIsDecorated(false);
    m_board->setUniformRowHeights(true);
    m_board->setItemsExpandable(false);
    m_board->setAllColumnsShowFocus(true);
    m_board->setAlternatingRowColors(true);
    m_board->setSelectionMode(QAbstractItemView::SingleSelection);
    m_board->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_board->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_board->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics fm(m_board->font());
    const QFontMetrics hfm(header->font());
    const int pad = fm.horizontalAdvance(QLatin1Char('x')) * 2;
    auto longest = [&fm](const QStringList& texts) {
        int w = 0;
        for (const QString& t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w;
    };
    QStringList presence;
    for (int p = int(PresenceState::Available); p <= int(PresenceState::Offline); ++p)
        presence.append(ZoomEventParser::presenceLabel(PresenceState(p)));
    const int icon = m_board->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
    // Typical widths; rare long values elide and show in full as a tooltip. E-mails elide at the
    // end: the part that tells people apart comes first.
    const int widths[] = {
        fm.horizontalAdvance(QStringLiteral("charlotte.johnson@acme-examp")),
        fm.horizontalAdvance(QStringLiteral("Charlotte Johnson")),
        std::min(longest(presence), fm.horizontalAdvance(QLatin1Char('x')) * 18) + icon,
        longest({tr("Idle"), ZoomEventParser::callStateLabel(CallState::Ringing),
                 ZoomEventParser::callStateLabel(CallState::Connected)}),
        // Typical ACD states and Salesforce developer names; longer ones elide, with a tooltip.
        fm.horizontalAdvance(QStringLiteral("Zoom call_")),
        fm.horizontalAdvance(QStringLiteral("Available_for_Chats")),
        fm.horizontalAdvance(QStringLiteral("00:00:00")),
        fm.horizontalAdvance(PresenceBoardModel::formatDuration(59 * 60'000 + 59'000)),
    };
    for (int c = 0; c < PresenceBoardModel::ColumnCount - 1; ++c) {
        const int title = hfm.horizontalAdvance(m_presenceModel->headerData(c, Qt::Horizontal).toString());
        header->resizeSection(c, std::max(widths[c], title) + pad);
    }
    // Sorted by name in the model; the rows keep their place as statuses change.
    connect(m_board, &QTreeView::clicked, this,
            [this](const QModelIndex& index) { filterByUser(m_presenceModel->userIdAt(index.row())); });
}

void MonitorPane::connectStore()
{
    MonitorPipeline* pipeline = m_controller->pipeline();
    connect(pipeline, &MonitorPipeline::countersChanged, this, &MonitorPane::updateCounters,
            Qt::UniqueConnection);
}

void MonitorPane::setAutoStartSandbox(bool enabled)
{
    m_autoStart = enabled;
    maybeAutoStart();
}

void MonitorPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    maybeAutoStart();
}

void MonitorPane::maybeAutoStart()
{
    if (!m_autoStart || !isVisible() || !m_controller->isSandbox())
        return;
    const QString id = m_controller->session()->profile().id;
    if (id == m_autoStartedProfile)
        return; // once per profile: a feed the user stopped stays stopped
    m_autoStartedProfile = id;
    if (m_controller->webhookState() == MonitorController::SourceState::Stopped)
        m_controller->startWebhooks();
}

void MonitorPane::loadSettingsIntoFields()
{
    m_sourceBar->loadSettings();
}

void MonitorPane::updateSourceControls()
{
    m_sourceBar->updateState();
    m_actionBar->setFileJobRunning(m_controller->isFileJobRunning());
    m_actionBar->setReplaying(m_controller->isReplaying());
}

void MonitorPane::updateCounters()
{
    m_actionBar->setCounters(m_controller->pipeline()->counters());
    updateFilterCount();
}

void MonitorPane::updateFilterCount()
{
    const EventStore* store = m_controller->store();
    m_actionBar->setHeld(store->size(), store->capacity());
    m_actionBar->setFilterActive(m_eventModel->isFiltered());
    if (m_eventModel->isFiltered())
        //: How many events pass the filter
        m_filterBar->setShownText(tr("%1 shown").arg(number(quint64(m_eventModel->rowCount()))));
    else
        m_filterBar->setShownText(QString());
}

void MonitorPane::updateBacklog()
{
    const qsizetype n = m_eventModel->backlog();
    if (!m_eventModel->isPaused()) {
        m_actionBar->setBacklogText(QString());
        return;
    }
    m_actionBar->setBacklogText(tr("New events: %n", nullptr, int(std::min<qsizetype>(n, INT_MAX))));
}

void MonitorPane::togglePause(bool paused)
{
    m_eventModel->setPaused(paused);
    if (!paused)
        m_rowsAdded = true;
    updateBacklog();
}

void MonitorPane::clearEvents()
{
    m_controller->clear();
    m_detail->clearRecord();
    m_hasSelection = false;
}

void MonitorPane::tailTick()
{
    // New rows, the tail scroll and so the repaint all happen in this one turn.
    m_eventModel->flush();
    if (!m_rowsAdded)
        return;
    m_rowsAdded = false;
    if (m_followTail && !m_eventModel->isPaused())
        m_table->scrollToBottom();
}

void MonitorPane::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return; // a filter change resets the model; the modelReset handler reselects
    }
    m_selectedSeq = m_eventModel->seqAt(current.row());
    m_hasSelection = true;
    m_detail->showRecord(m_controller->store(), m_selectedSeq, m_prediction);
}

bool MonitorPane::selectEvent(quint64 seq)
{
    if (m_controller->store()->indexOf(seq) < 0)
        return false;
    const int row = m_eventModel->rowOfSeq(seq);
    if (row >= 0) {
        const QModelIndex index = m_eventModel->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    m_selectedSeq = seq;
    m_hasSelection = true;
    m_detail->showRecord(m_controller->store(), seq, m_prediction);
    return true;
}

void MonitorPane::applyFilterNow()
{
    m_filterDelay.stop();
    bool timesValid = true;
    const EventFilter f = m_filterBar->filter(&timesValid);
    const EventFilter& current = m_eventModel->filter();
    if (f.text == current.text && f.types == current.types && f.user == current.user &&
        f.fromMs == current.fromMs && f.toMs == current.toMs && m_eventModel->isFiltered() == !f.isEmpty())
        return;
    m_eventModel->setFilter(f);
    m_rowsAdded = true;
    updateFilterCount();
    updateBacklog();
}

void MonitorPane::filterByUser(const QString& userId)
{
    if (userId.isEmpty())
        return;
    m_filterBar->setUser(userId);
    applyFilterNow();
}

void MonitorPane::showError(const Error& error)
{
    m_banner->showMessage(Banner::Kind::Error, error.message);
    m_banner->setToolTip(error.detail);
}

void MonitorPane::showNotice(const QString& text)
{
    m_noticeLabel->setText(text);
    m_noticeLabel->show();
    m_noticeTimer.start();
}

QString MonitorPane::chooseFile(FileDialogKind kind, const QString& suggestedName)
{
    if (m_fileChooser)
        return m_fileChooser(kind, suggestedName);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(suggestedName);
    const QString captureFilter = tr("Capture files (*.jsonl);;All files (*)");
    switch (kind) {
    case FileDialogKind::SaveCapture:
        return QFileDialog::getSaveFileName(this, tr("Save Capture"), suggested, captureFilter);
    case FileDialogKind::OpenCapture:
        return QFileDialog::getOpenFileName(this, tr("Open Capture"), dir, captureFilter);
    case FileDialogKind::ExportJsonLines:
        return QFileDialog::getSaveFileName(this, tr("Export Events"), suggested,
                                            tr("JSON Lines (*.jsonl);;All files (*)"));
    case FileDialogKind::ExportCsv:
        return QFileDialog::getSaveFileName(this, tr("Export Events"), suggested,
                                            tr("CSV files (*.csv);;All files (*)"));
    }
    return {};
}

void MonitorPane::saveCapture()
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    const QString path =
        chooseFile(FileDialogKind::SaveCapture, QStringLiteral("zoom-events-%1.jsonl").arg(stamp));
    if (path.isEmpty())
        return;
    const Error e = m_controller->saveCapture(path);
    if (!e.ok()) {
        showError(e);
        return;
    }
    updateSourceControls();
}

void MonitorPane::openCapture(bool fast)
{
    const QString path = chooseFile(FileDialogKind::OpenCapture, QString());
    if (path.isEmpty())
        return;
    const Error e = m_controller->replayCapture(path, fast ? CaptureReplayer::Pace::AsFastAsPossible
                                                           : CaptureReplayer::Pace::Original);
    if (!e.ok())
        showError(e);
}

void MonitorPane::exportEvents(bool filtered, bool csv)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    const QString name =
        QStringLiteral("zoom-events-%1.%2").arg(stamp, csv ? QStringLiteral("csv") : QStringLiteral("jsonl"));
    const QString path = chooseFile(csv ? FileDialogKind::ExportCsv : FileDialogKind::ExportJsonLines, name);
    if (path.isEmpty())
        return;
    const Error e =
        m_controller->exportEvents(path, csv ? ExportFormat::Csv : ExportFormat::JsonLines,
                                   filtered ? m_eventModel->filter() : EventFilter{});
    if (!e.ok()) {
        showError(e);
        return;
    }
    updateSourceControls();
}

} // namespace syncdesk
