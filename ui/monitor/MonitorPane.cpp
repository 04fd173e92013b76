#include "MonitorPane.h"

#include "EventDetailPane.h"
#include "EventTableModel.h"
#include "JsonTreeModel.h"
#include "PresenceBoardModel.h"
#include "RateSparkline.h"
#include "monitor/MonitorController.h"
#include "monitor/MonitorPipeline.h"
#include "monitor/WebhookReceiver.h"
#include "setup/SetupController.h"
#include "widgets/Banner.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
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
#include <optional>

namespace syncdesk {

namespace {
QString number(quint64 n)
{
    return QLocale().toString(n);
}

// "10:02", "10:02:30", "10:02:30.250" (today) or a date and time. `end`: the bound is inclusive
// to the precision typed, so "to 10:02" means up to 10:02:59.999.
std::optional<qint64> parseTimeBound(const QString& input, bool end)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return qint64(0);
    struct Form
    {
        const char* format;
        qint64 span; // ms covered by the last unit typed
    };
    static const Form timeForms[] = {{"h:mm:ss.zzz", 0}, {"h:mm:ss", 999}, {"h:mm", 59'999}};
    for (const Form& f : timeForms) {
        const QTime t = QTime::fromString(text, QLatin1String(f.format));
        if (t.isValid())
            return QDateTime(QDate::currentDate(), t).toMSecsSinceEpoch() + (end ? f.span : 0);
    }
    static const Form dateTimeForms[] = {{"yyyy-MM-dd h:mm:ss.zzz", 0},
                                         {"yyyy-MM-dd h:mm:ss", 999},
                                         {"yyyy-MM-dd h:mm", 59'999},
                                         {"yyyy-MM-ddTh:mm:ss", 999},
                                         {"yyyy-MM-ddTh:mm", 59'999}};
    for (const Form& f : dateTimeForms) {
        const QDateTime dt = QDateTime::fromString(text, QLatin1String(f.format));
        if (dt.isValid())
            return dt.toMSecsSinceEpoch() + (end ? f.span : 0);
    }
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid())
        return iso.toMSecsSinceEpoch();
    return std::nullopt;
}

// Setting a style sheet re-polishes the widget even when nothing changed; counters update every second.
void setStyleSheetIfChanged(QWidget* w, const QString& sheet)
{
    if (w->styleSheet() != sheet)
        w->setStyleSheet(sheet);
}

QToolBar* makeBar(QWidget* parent, const QString& objectName)
{
    auto* bar = new QToolBar(parent);
    bar->setObjectName(objectName);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setFloatable(false);
    bar->setMovable(false);
    return bar;
}

// Green running, amber starting or reconnecting, grey stopped: readable at a glance.
QPixmap stateDot(MonitorController::SourceState state, int size)
{
    QColor color(150, 150, 150);
    if (state == MonitorController::SourceState::Running)
        color = QColor(46, 125, 50);
    else if (state == MonitorController::SourceState::Starting)
        color = QColor(240, 160, 0);
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pm;
}

QLabel* boldLabel(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

MonitorPane::MonitorPane(MonitorController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_eventModel(new EventTableModel(controller->store(), this)),
      m_presenceModel(new PresenceBoardModel(controller->store(), this))
{
    setObjectName(QStringLiteral("monitorPane"));

    m_banner = new Banner(this);
    m_banner->setObjectName(QStringLiteral("monitorBanner"));
    auto* dismiss = new QPushButton(tr("Dismiss"), m_banner);
    connect(dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);
    m_banner->addWidget(dismiss);
    m_banner->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_board = new QTreeView(this);
    m_board->setObjectName(QStringLiteral("presenceBoard"));
    m_detail = new EventDetailPane(this);

    QWidget* sources = createSourceBar();
    QWidget* actions = createActionBar();
    QWidget* filters = createFilterBar();
    setUpTable();
    setUpBoard();
    m_eventModel->setDeferred(true);
    m_presenceModel->setUpdateInterval(250);

    auto* boardBox = new QWidget(this);
    auto* boardLayout = new QVBoxLayout(boardBox);
    boardLayout->setContentsMargins(0, 4, 0, 0);
    auto* boardTitle = boldLabel(tr("People"), boardBox);
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
    layout->addWidget(sources);
    layout->addWidget(m_banner);
    layout->addWidget(actions);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(filters);
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
        m_eventModel->setStore(m_controller->store());
        m_presenceModel->setStore(m_controller->store());
        m_detail->clearRecord();
        m_hasSelection = false;
        connectStore();
        updateCounters();
    });
    connect(m_controller, &MonitorController::fileJobProgress, this, [this](qint64 done, qint64 total) {
        m_jobProgress->setRange(0, 1000);
        m_jobProgress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    });
    connect(m_controller, &MonitorController::fileJobFinished, this,
            [this](const Error& error, const QString& message) {
                m_jobProgressAction->setVisible(false);
                m_cancelJobAction->setVisible(false);
                updateSourceControls();
                if (error.code == ErrorCode::Cancelled)
                    showNotice(error.message);
                else if (!error.ok())
                    showError(error);
                else
                    showNotice(message);
            });
    SetupController* setup = m_controller->setup();
    connect(setup, &SetupController::profileChanged, this, [this] {
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
    loadSettingsIntoFields();
    updateSourceControls();
    updateCounters();
    updateBacklog();
}

MonitorPane::~MonitorPane() = default;

JsonTreeModel* MonitorPane::jsonModel() const
{
    return m_detail->jsonModel();
}

QWidget* MonitorPane::createSourceBar()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    QToolBar* bar = makeBar(box, QStringLiteral("sourceToolBar"));
    bar->addWidget(boldLabel(tr("Webhooks"), bar));
    m_hostEdit = new QLineEdit(bar);
    m_hostEdit->setObjectName(QStringLiteral("listenHostEdit"));
    m_hostEdit->setToolTip(
        tr("Address to listen on: 127.0.0.1 for this computer only, 0.0.0.0 for every network"));
    m_hostEdit->setFixedWidth(m_hostEdit->fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255")) +
                              16);
    m_portSpin = new QSpinBox(bar);
    m_portSpin->setObjectName(QStringLiteral("listenPortSpin"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setToolTip(tr("Port to listen on"));
    m_pathEdit = new QLineEdit(bar);
    m_pathEdit->setObjectName(QStringLiteral("webhookPathEdit"));
    m_pathEdit->setToolTip(tr("Path of the event notification endpoint, for example /webhook"));
    m_pathEdit->setFixedWidth(m_pathEdit->fontMetrics().horizontalAdvance(QStringLiteral("/zoom/webhook")) +
                              16);
    m_toleranceSpin = new QSpinBox(bar);
    m_toleranceSpin->setObjectName(QStringLiteral("toleranceSpin"));
    m_toleranceSpin->setRange(5, 3600);
    //: Suffix of a number of seconds, with its leading space
    m_toleranceSpin->setSuffix(tr(" s"));
    m_toleranceSpin->setToolTip(tr("How old a request's x-zm-request-timestamp may be before it is rejected "
                                   "(protects against replayed requests)"));
    m_webhookButton = new QPushButton(bar);
    m_webhookButton->setObjectName(QStringLiteral("webhookStartButton"));
    bar->addWidget(m_hostEdit);
    bar->addWidget(m_portSpin);
    bar->addWidget(m_pathEdit);
    bar->addWidget(m_toleranceSpin);
    bar->addWidget(m_webhookButton);
    bar->addSeparator();
    bar->addWidget(boldLabel(tr("WebSocket"), bar));
    m_subscriptionEdit = new QLineEdit(bar);
    m_subscriptionEdit->setObjectName(QStringLiteral("subscriptionIdEdit"));
    m_subscriptionEdit->setPlaceholderText(tr("Subscription ID"));
    m_subscriptionEdit->setToolTip(tr("The ID Zoom shows for your app's WebSocket event subscription"));
    m_subscriptionEdit->setFixedWidth(m_subscriptionEdit->fontMetrics().horizontalAdvance(QLatin1Char('x')) *
                                      26);
    m_webSocketButton = new QPushButton(bar);
    m_webSocketButton->setObjectName(QStringLiteral("webSocketStartButton"));
    bar->addWidget(m_subscriptionEdit);
    bar->addWidget(m_webSocketButton);

    connect(m_webhookButton, &QPushButton::clicked, this, [this] {
        if (m_controller->webhookState() == MonitorController::SourceState::Stopped) {
            m_banner->hide();
            storeFieldsInSettings();
            m_controller->startWebhooks();
        } else {
            m_controller->stopWebhooks();
        }
    });
    connect(m_webSocketButton, &QPushButton::clicked, this, [this] {
        if (m_controller->webSocketState() == MonitorController::SourceState::Stopped) {
            m_banner->hide();
            storeFieldsInSettings();
            m_controller->startWebSocket();
        } else {
            m_controller->stopWebSocket();
        }
    });

    m_webhookStateLabel = new QLabel(box);
    m_webhookStateLabel->setObjectName(QStringLiteral("webhookStateLabel"));
    m_webSocketStateLabel = new QLabel(box);
    m_webSocketStateLabel->setObjectName(QStringLiteral("webSocketStateLabel"));
    for (QLabel* l : {m_webhookStateLabel, m_webSocketStateLabel}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_webhookDot = new QLabel(box);
    m_webhookDot->setObjectName(QStringLiteral("webhookStateDot"));
    m_webSocketDot = new QLabel(box);
    m_webSocketDot->setObjectName(QStringLiteral("webSocketStateDot"));
    auto* states = new QHBoxLayout;
    states->setContentsMargins(6, 0, 6, 0);
    states->addWidget(m_webhookDot, 0, Qt::AlignTop);
    states->addWidget(m_webhookStateLabel, 3);
    states->addSpacing(12);
    states->addWidget(m_webSocketDot, 0, Qt::AlignTop);
    states->addWidget(m_webSocketStateLabel, 2);
    layout->addWidget(bar);
    layout->addLayout(states);
    return box;
}

QWidget* MonitorPane::createActionBar()
{
    QToolBar* bar = makeBar(this, QStringLiteral("monitorToolBar"));
    m_pauseButton = new QToolButton(bar);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setToolTip(tr("Freeze the list to read it; events are still received and counted"));
    connect(m_pauseButton, &QToolButton::toggled, this, &MonitorPane::togglePause);
    m_backlogLabel = new QLabel(bar);
    m_backlogLabel->setObjectName(QStringLiteral("backlogLabel"));
    m_backlogLabel->setContentsMargins(4, 0, 8, 0);
    m_clearButton = new QToolButton(bar);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Forget every event held so far and reset the counters"));
    connect(m_clearButton, &QToolButton::clicked, this, &MonitorPane::clearEvents);

    // Capture files in one menu: the toolbar must hold its counters in German and Japanese too.
    m_captureButton = new QToolButton(bar);
    m_captureButton->setObjectName(QStringLiteral("captureButton"));
    m_captureButton->setText(tr("Capture"));
    m_captureButton->setToolTip(tr("Save the events exactly as received, or play a saved capture back"));
    m_captureButton->setPopupMode(QToolButton::InstantPopup);
    m_captureMenu = new QMenu(m_captureButton);
    m_saveCaptureAction = m_captureMenu->addAction(tr("Save Capture…"), this, &MonitorPane::saveCapture);
    m_saveCaptureAction->setObjectName(QStringLiteral("saveCaptureAction"));
    m_saveCaptureAction->setToolTip(
        tr("Save the events held now, exactly as received, to replay them later"));
    m_captureMenu->addSeparator();
    QAction* original = m_captureMenu->addAction(tr("Open and Replay at Original Pace…"), this,
                                                 [this] { openCapture(false); });
    original->setObjectName(QStringLiteral("replayOriginalAction"));
    QAction* fast =
        m_captureMenu->addAction(tr("Open and Load All at Once…"), this, [this] { openCapture(true); });
    fast->setObjectName(QStringLiteral("replayFastAction"));
    m_stopReplayAction =
        m_captureMenu->addAction(tr("Stop Replay"), this, [this] { m_controller->stopReplay(); });
    m_stopReplayAction->setObjectName(QStringLiteral("stopReplayAction"));
    m_captureButton->setMenu(m_captureMenu);

    m_exportButton = new QToolButton(bar);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportMenu = new QMenu(m_exportButton);
    m_exportMenu->addAction(tr("All Events as JSON Lines…"), this, [this] { exportEvents(false, false); })
        ->setObjectName(QStringLiteral("exportAllJsonAction"));
    m_exportMenu->addAction(tr("All Events as CSV…"), this, [this] { exportEvents(false, true); })
        ->setObjectName(QStringLiteral("exportAllCsvAction"));
    m_exportMenu->addSeparator();
    m_exportFilteredJson = m_exportMenu->addAction(tr("Filtered Events as JSON Lines…"), this,
                                                   [this] { exportEvents(true, false); });
    m_exportFilteredJson->setObjectName(QStringLiteral("exportFilteredJsonAction"));
    m_exportFilteredCsv =
        m_exportMenu->addAction(tr("Filtered Events as CSV…"), this, [this] { exportEvents(true, true); });
    m_exportFilteredCsv->setObjectName(QStringLiteral("exportFilteredCsvAction"));
    m_exportButton->setMenu(m_exportMenu);
    connect(m_exportMenu, &QMenu::aboutToShow, this, [this] {
        m_exportFilteredJson->setEnabled(m_eventModel->isFiltered());
        m_exportFilteredCsv->setEnabled(m_eventModel->isFiltered());
    });

    m_jobProgress = new QProgressBar(bar);
    m_jobProgress->setObjectName(QStringLiteral("fileJobProgress"));
    m_jobProgress->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    m_jobProgress->setTextVisible(false);
    m_cancelJobButton = new QToolButton(bar);
    m_cancelJobButton->setObjectName(QStringLiteral("cancelFileJobButton"));
    m_cancelJobButton->setText(tr("Cancel"));
    connect(m_cancelJobButton, &QToolButton::clicked, m_controller, &MonitorController::cancelFileJob);

    m_rateLabel = new QLabel(bar);
    m_rateLabel->setObjectName(QStringLiteral("rateLabel"));
    m_sparkline = new RateSparkline(bar);
    m_sparkline->setObjectName(QStringLiteral("rateSparkline"));
    m_acceptedLabel = new QLabel(bar);
    m_acceptedLabel->setObjectName(QStringLiteral("acceptedLabel"));
    m_rejectedLabel = new QLabel(bar);
    m_rejectedLabel->setObjectName(QStringLiteral("rejectedLabel"));
    m_gapsLabel = new QLabel(bar);
    m_gapsLabel->setObjectName(QStringLiteral("gapsLabel"));
    m_heldLabel = new QLabel(bar);
    m_heldLabel->setObjectName(QStringLiteral("heldLabel"));
    for (QLabel* l : {m_rateLabel, m_acceptedLabel, m_rejectedLabel, m_gapsLabel, m_heldLabel})
        l->setContentsMargins(6, 0, 6, 0);

    bar->addWidget(m_pauseButton);
    bar->addWidget(m_backlogLabel);
    bar->addWidget(m_clearButton);
    bar->addSeparator();
    bar->addWidget(m_captureButton);
    bar->addWidget(m_exportButton);
    m_jobProgressAction = bar->addWidget(m_jobProgress);
    m_cancelJobAction = bar->addWidget(m_cancelJobButton);
    m_jobProgressAction->setVisible(false);
    m_cancelJobAction->setVisible(false);
    bar->addSeparator();
    bar->addWidget(m_rateLabel);
    bar->addWidget(m_sparkline);
    bar->addWidget(m_acceptedLabel);
    bar->addWidget(m_rejectedLabel);
    bar->addWidget(m_gapsLabel);
    bar->addWidget(m_heldLabel);
    return bar;
}

QWidget* MonitorPane::createFilterBar()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("filterBar"));
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('x'));

    m_textEdit = new QLineEdit(box);
    m_textEdit->setObjectName(QStringLiteral("filterTextEdit"));
    m_textEdit->setPlaceholderText(tr("Search events"));
    m_textEdit->setToolTip(tr("Finds text in the event name, user, e-mail, status and details"));
    m_textEdit->setClearButtonEnabled(true);
    m_textEdit->setMinimumWidth(ch * 18);

    m_typeCombo = new QComboBox(box);
    m_typeCombo->setObjectName(QStringLiteral("filterTypeCombo"));
    m_typeCombo->addItem(tr("All event types"), -1);
    for (int t = 0; t < int(ZoomEventType::Count_); ++t) {
        const auto type = ZoomEventType(t);
        m_typeCombo->addItem(
            type == ZoomEventType::Gap ? tr("Possible gap") : ZoomEventParser::typeLabel(type), t);
        const QString name = ZoomEventParser::typeName(type);
        if (!name.isEmpty())
            m_typeCombo->setItemData(m_typeCombo->count() - 1, name, Qt::ToolTipRole);
    }
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_userEdit = new QLineEdit(box);
    m_userEdit->setObjectName(QStringLiteral("filterUserEdit"));
    m_userEdit->setPlaceholderText(tr("User ID or e-mail"));
    m_userEdit->setClearButtonEnabled(true);
    m_userEdit->setMinimumWidth(ch * 16);

    const QString timeHelp = tr("A time today such as 10:02 or 10:02:30, or a date and time such as "
                                "2024-05-01 10:02:30");
    m_fromEdit = new QLineEdit(box);
    m_fromEdit->setObjectName(QStringLiteral("filterFromEdit"));
    m_fromEdit->setPlaceholderText(tr("From"));
    m_fromEdit->setToolTip(timeHelp);
    m_toEdit = new QLineEdit(box);
    m_toEdit->setObjectName(QStringLiteral("filterToEdit"));
    m_toEdit->setPlaceholderText(tr("To"));
    m_toEdit->setToolTip(timeHelp);
    for (QLineEdit* e : {m_fromEdit, m_toEdit}) {
        e->setClearButtonEnabled(true);
        e->setFixedWidth(
            std::max(ch * 12, e->fontMetrics().horizontalAdvance(e->placeholderText()) + ch * 5));
    }

    m_clearFilterButton = new QPushButton(tr("Show All"), box);
    m_clearFilterButton->setObjectName(QStringLiteral("clearFilterButton"));
    m_clearFilterButton->setToolTip(tr("Clear every filter"));
    m_filterCountLabel = new QLabel(box);
    m_filterCountLabel->setObjectName(QStringLiteral("filterCountLabel"));

    layout->addWidget(m_textEdit, 2);
    layout->addWidget(m_typeCombo);
    layout->addWidget(m_userEdit, 1);
    layout->addWidget(m_fromEdit);
    layout->addWidget(m_toEdit);
    layout->addWidget(m_clearFilterButton);
    layout->addWidget(m_filterCountLabel);

    auto restart = [this] { m_filterDelay.start(); };
    connect(m_textEdit, &QLineEdit::textChanged, this, restart);
    connect(m_userEdit, &QLineEdit::textChanged, this, restart);
    connect(m_fromEdit, &QLineEdit::textChanged, this, restart);
    connect(m_toEdit, &QLineEdit::textChanged, this, restart);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, restart);
    connect(m_clearFilterButton, &QPushButton::clicked, this, [this] {
        for (QLineEdit* e : {m_textEdit, m_userEdit, m_fromEdit, m_toEdit})
            e->clear();
        m_typeCombo->setCurrentIndex(0);
        applyFilterNow();
    });

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_textEdit->setFocus();
        m_textEdit->selectAll();
    });
    addAction(find);
    return box;
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
        fm.horizontalAdvance(QStringLiteral("charlotte.johnson@acme")),
        fm.horizontalAdvance(QStringLiteral("Charlotte Johnson")),
        std::min(longest(presence), fm.horizontalAdvance(QLatin1Char('x')) * 14) + icon,
        longest({tr("Idle"), ZoomEventParser::callStateLabel(CallState::Ringing),
                 ZoomEventParser::callStateLabel(CallState::Connected)}),
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
    const QString id = m_controller->setup()->profile().id;
    if (id == m_autoStartedProfile)
        return; // once per profile: a feed the user stopped stays stopped
    m_autoStartedProfile = id;
    if (m_controller->webhookState() == MonitorController::SourceState::Stopped)
        m_controller->startWebhooks();
}

void MonitorPane::loadSettingsIntoFields()
{
    const MonitorSettings s = m_controller->settings();
    m_hostEdit->setText(s.listenHost);
    m_portSpin->setValue(s.listenPort);
    m_pathEdit->setText(s.path);
    m_toleranceSpin->setValue(s.toleranceSec);
    m_subscriptionEdit->setText(s.subscriptionId);
}

void MonitorPane::storeFieldsInSettings()
{
    if (!m_controller->hasProfile())
        return;
    MonitorSettings s = m_controller->settings();
    if (!m_controller->isSandbox()) {
        s.listenHost = m_hostEdit->text().trimmed();
        s.listenPort = m_portSpin->value();
        s.subscriptionId = m_subscriptionEdit->text().trimmed();
    }
    QString path = m_pathEdit->text().trimmed();
    if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    if (!path.isEmpty())
        s.path = path;
    s.toleranceSec = m_toleranceSpin->value();
    m_controller->setSettings(s);
    m_pathEdit->setText(s.path);
}

void MonitorPane::updateSourceControls()
{
    using State = MonitorController::SourceState;
    const bool profile = m_controller->hasProfile();
    const bool sandbox = m_controller->isSandbox();
    const State hook = m_controller->webhookState();
    const State ws = m_controller->webSocketState();

    m_webhookButton->setText(hook == State::Stopped ? tr("Start") : tr("Stop"));
    m_webhookButton->setToolTip(
        hook == State::Stopped
            ? (sandbox ? tr("Receive the sandbox's simulated webhooks") : tr("Start receiving Zoom webhooks"))
            : tr("Stop receiving webhooks"));
    m_webhookButton->setEnabled(profile);
    m_webSocketButton->setText(ws == State::Stopped ? tr("Connect") : tr("Disconnect"));
    m_webSocketButton->setEnabled(profile);
    const bool hookEditable = profile && hook == State::Stopped;
    m_hostEdit->setEnabled(hookEditable && !sandbox);
    m_portSpin->setEnabled(hookEditable && !sandbox);
    m_pathEdit->setEnabled(hookEditable);
    m_toleranceSpin->setEnabled(hookEditable);
    m_subscriptionEdit->setEnabled(profile && ws == State::Stopped && !sandbox);
    if (sandbox) {
        const QString why = tr("The sandbox uses 127.0.0.1 and a free port chosen at start.");
        m_hostEdit->setToolTip(why);
        m_portSpin->setToolTip(why);
        m_subscriptionEdit->setToolTip(tr("The sandbox provides its own subscription."));
    }

    QString hookText = m_controller->webhookStatus();
    if (hookText.isEmpty())
        hookText = !profile ? tr("Open a profile to receive events.") : tr("Not receiving webhooks.");
    m_webhookStateLabel->setText(hookText);
    QString wsText = m_controller->webSocketStatus();
    if (wsText.isEmpty())
        wsText = tr("WebSocket not connected.");
    m_webSocketStateLabel->setText(wsText);
    const int dot = fontMetrics().height() * 2 / 3;
    m_webhookDot->setPixmap(stateDot(hook, dot));
    m_webSocketDot->setPixmap(stateDot(ws, dot));
    m_webhookDot->setContentsMargins(0, (fontMetrics().height() - dot) / 2, 0, 0);
    m_webSocketDot->setContentsMargins(0, (fontMetrics().height() - dot) / 2, 0, 0);

    const bool job = m_controller->isFileJobRunning();
    m_saveCaptureAction->setEnabled(!job);
    m_exportButton->setEnabled(!job);
    m_stopReplayAction->setEnabled(m_controller->isReplaying());
}

void MonitorPane::updateCounters()
{
    const MonitorCounters& c = m_controller->pipeline()->counters();
    m_rateLabel->setText(tr("%1 events/s").arg(QLocale().toString(c.eventsPerSecond, 'f', 0)));
    m_sparkline->setValues(c.rateHistory);
    m_acceptedLabel->setText(tr("Accepted: %1").arg(number(c.accepted)));
    m_acceptedLabel->setToolTip(
        tr("Events received and verified. URL validation requests answered: %1").arg(number(c.validations)));
    m_rejectedLabel->setText(tr("Rejected: %1").arg(number(c.rejectedTotal)));
    QStringList reasons;
    for (int r = 0; r < int(RejectReason::Count_); ++r) {
        if (const quint64 n = c.rejected[size_t(r)])
            reasons.append(tr("%1: %2").arg(rejectReasonLabel(RejectReason(r)), number(n)));
    }
    m_rejectedLabel->setToolTip(reasons.isEmpty() ? tr("No request was rejected.")
                                                  : tr("Rejected requests by reason:") + QLatin1Char('\n') +
                                                        reasons.join(QLatin1Char('\n')));
    setStyleSheetIfChanged(
        m_rejectedLabel, c.rejectedTotal ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    m_gapsLabel->setText(tr("Gaps: %1").arg(number(c.gaps)));
    m_gapsLabel->setToolTip(tr("Times the WebSocket was down; events in between may be missing"));
    setStyleSheetIfChanged(m_gapsLabel,
                           c.gaps ? QStringLiteral("color: #8a5a00; font-weight: bold;") : QString());
    updateFilterCount();
}

void MonitorPane::updateFilterCount()
{
    const EventStore* store = m_controller->store();
    m_heldLabel->setText(tr("In memory: %1").arg(number(quint64(store->size()))));
    m_heldLabel->setToolTip(tr("Events kept in memory; above %1 the oldest make room for new ones")
                                .arg(number(quint64(store->capacity()))));
    if (m_eventModel->isFiltered())
        //: How many events pass the filter
        m_filterCountLabel->setText(tr("%1 shown").arg(number(quint64(m_eventModel->rowCount()))));
    else
        m_filterCountLabel->clear();
}

void MonitorPane::updateBacklog()
{
    const qsizetype n = m_eventModel->backlog();
    if (!m_eventModel->isPaused()) {
        m_backlogLabel->clear();
        return;
    }
    m_backlogLabel->setText(tr("New events: %n", nullptr, int(std::min<qsizetype>(n, INT_MAX))));
}

void MonitorPane::togglePause(bool paused)
{
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
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
    m_detail->showRecord(m_controller->store(), m_selectedSeq);
}

EventFilter MonitorPane::filterFromFields(bool* timesValid)
{
    EventFilter f;
    f.text = m_textEdit->text().trimmed();
    f.user = m_userEdit->text().trimmed();
    const int type = m_typeCombo->currentData().toInt();
    if (type >= 0)
        f.types = {ZoomEventType(type)};
    *timesValid = true;
    auto bound = [&](QLineEdit* edit, bool end, qint64* out) {
        const std::optional<qint64> ms = parseTimeBound(edit->text(), end);
        setStyleSheetIfChanged(edit, ms ? QString() : QStringLiteral("color: #b3261e;"));
        if (ms)
            *out = *ms;
        else
            *timesValid = false;
    };
    bound(m_fromEdit, false, &f.fromMs);
    bound(m_toEdit, true, &f.toMs);
    return f;
}

void MonitorPane::applyFilterNow()
{
    m_filterDelay.stop();
    bool timesValid = true;
    const EventFilter f = filterFromFields(&timesValid);
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
    const QSignalBlocker block(m_userEdit);
    m_userEdit->setText(userId);
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
    m_jobProgressAction->setVisible(true);
    m_cancelJobAction->setVisible(true);
    m_jobProgress->setRange(0, 0);
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
    m_jobProgressAction->setVisible(true);
    m_cancelJobAction->setVisible(true);
    m_jobProgress->setRange(0, 0);
    updateSourceControls();
}

} // namespace syncdesk
