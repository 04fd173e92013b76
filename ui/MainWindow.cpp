#include "MainWindow.h"

#include "areas/AcdArea.h"
#include "areas/ContactCenterArea.h"
#include "areas/CtiSettingsPage.h"
#include "areas/EngagementTimelinePage.h"
#include "areas/ReconcilePage.h"
#include "areas/Area.h"
#include "areas/MonitorArea.h"
#include "areas/OverviewArea.h"
#include "areas/SalesforceArea.h"
#include "editors/PresenceRuleEditor.h"
#include "editors/PresenceSimulatorPane.h"
#include "editors/PresenceStatusDesigner.h"
#include "areas/SetupGuideArea.h"
#include "areas/ZoomArea.h"
#include "connect/AcdConnectionCheck.h"
#include "connect/SalesforceConnectionCheck.h"
#include "connect/SessionClients.h"
#include "editors/AcdConnectionEditor.h"
#include "editors/ProfileEditor.h"
#include "editors/SalesforceAccountMappingEditor.h"
#include "editors/ZoomCredentialsEditor.h"
#include "health/IntegrationHealth.h"
#include "monitor/MonitorController.h"
#include "monitor/MonitorPane.h"
#include "setup/SetupController.h"
#include "support/AboutDialog.h"
#include "support/DiagnosticsDialog.h"
#include "support/SettingsDialog.h"
#include "welcome/WelcomePage.h"
#include "common/Log.h"
#include "wizard/ProfilePage.h"
#include "wizard/SetupWizard.h"
#include "wizard/ZoomCredentialsPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace syncdesk {

namespace {
// Window layout only; never anything from a profile, and never a secret.
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kAreaKey = QStringLiteral("mainWindow/area");
constexpr int kAreaIdRole = Qt::UserRole;
} // namespace

MainWindow::MainWindow(SetupController* controller, QWidget* parent)
    : QMainWindow(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_monitor = new MonitorController(m_controller->session(), this);
    m_monitor->setObjectName(QStringLiteral("monitorController"));
    m_health = new IntegrationHealth(m_controller, m_monitor, this);
    m_clients = new SessionClients(m_controller->session(), this);
    m_clients->setObjectName(QStringLiteral("sessionClients"));
    m_acdCheck = new AcdConnectionCheck(m_clients, this);
    m_acdCheck->setObjectName(QStringLiteral("acdConnectionCheck"));
    m_health->setAcdCheck(m_acdCheck);
    // The Account mapping editor's Verify, shared with the Overview's Salesforce row.
    m_sfCheck = new SalesforceConnectionCheck(m_clients, this);
    m_sfCheck->setObjectName(QStringLiteral("salesforceConnectionCheck"));
    m_health->setSalesforceCheck(m_sfCheck);

    createMenus();
    createSidebar();

    // The areas of today; the Salesforce and Contact Center areas are one addArea() each.
    m_overviewArea = new OverviewArea(m_health);
    addArea(m_overviewArea);
    m_zoomArea = new ZoomArea(m_controller);
    addArea(m_zoomArea);
    m_acdArea = new AcdArea(m_controller, m_clients, m_acdCheck);
    addArea(m_acdArea);
    m_salesforceArea = new SalesforceArea(m_controller);
    m_salesforceArea->mappingEditor()->setConnectionCheck(m_sfCheck);
    connect(m_salesforceArea->mappingEditor(), &SalesforceAccountMappingEditor::signedIn, m_clients, &SessionClients::resetSalesforce);
    // The presence rules and their simulator are the Salesforce area's third and fourth tabs.
    auto* rules = new PresenceRuleEditor(m_clients);
    rules->setObjectName(QStringLiteral("presenceRuleEditor"));
    auto* simulator = new PresenceSimulatorPane;
    simulator->setObjectName(QStringLiteral("presenceSimulatorPane"));
    simulator->followEditor(rules);
    auto* statuses = new PresenceStatusDesigner(m_clients);
    connect(statuses, &PresenceStatusDesigner::statusesChanged, rules, &PresenceRuleEditor::setSalesforceStatuses);
    m_salesforceArea->addPage(statuses, tr("Presence statuses"), PageFit::Fill);
    m_salesforceArea->addPage(rules, tr("Presence rules"), PageFit::Fill);
    m_salesforceArea->addPage(simulator, tr("Simulator"), PageFit::Fill);
    addArea(m_salesforceArea);
    auto* contactCenter = new ContactCenterArea(m_controller);
    contactCenter->ctiPage()->setSessionClients(m_clients);
    auto* timeline = new EngagementTimelinePage(m_monitor);
    contactCenter->addPage(timeline, QStringLiteral("timeline"), tr("Engagements"), PageFit::Fill);
    contactCenter->addPage(new ReconcilePage(m_monitor, m_clients), QStringLiteral("reconcile"),
                           tr("Reconciliation"), PageFit::Fill);
    connect(timeline, &EngagementTimelinePage::openEventRequested, this, [this](quint64 seq) {
        showMonitor();
        monitorPane()->selectEvent(seq);
    });
    addArea(contactCenter);
    m_monitorArea = new MonitorArea(m_monitor);
    addArea(m_monitorArea);
    // The monitor predicts with the active rule; the simulator can follow the live events.
    connect(rules, &PresenceRuleEditor::activeRuleChanged, m_monitorArea->pane(),
            &MonitorPane::setPresenceRule);
    m_monitorArea->pane()->setClients(m_clients); // Zoom users, for calls before a presence event
    simulator->followMonitor(m_monitor);
    // The guided first-run path stays at the bottom of the sidebar, below every area.
    m_setupArea = new SetupGuideArea(m_controller, m_clients, m_acdCheck);
    addAreaAt(m_setupArea, int(m_areas.size()), true);
    m_pinnedAreas = 1;

    connect(m_overviewArea, &OverviewArea::fixRequested, this, &MainWindow::onFixRequested);
    connect(m_zoomArea, &ZoomArea::setupGuideRequested, this,
            [this] { showSetupGuide(SetupWizard::Page_Profile); });
    connect(m_zoomArea, &ZoomArea::acdMappingRequested, this,
            [this] { onFixRequested(QStringLiteral("acd/mapping")); });
    connect(m_acdArea, &AcdArea::setupGuideRequested, this,
            [this] { showSetupGuide(SetupWizard::Page_Profile); });
    connect(m_acdArea, &AcdArea::zoomChecklistRequested, this,
            [this] { onFixRequested(QStringLiteral("zoom/checklist")); });
    connect(m_salesforceArea, &SalesforceArea::setupGuideRequested, this,
            [this] { showSetupGuide(SetupWizard::Page_Profile); });
    connect(m_monitorArea, &MonitorArea::detachedChanged, this, [this](bool detached) {
        const QSignalBlocker block(m_detachAction);
        m_detachAction->setChecked(detached);
    });
    connect(wizard(), &SetupWizard::finishRequested, this, [this] {
        // The guided path ends on the health page, which shows what is still open.
        if (save())
            showArea(QStringLiteral("overview"));
    });

    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("statusProfileLabel"));
    m_saveStateLabel = new QLabel(this);
    m_saveStateLabel->setObjectName(QStringLiteral("statusSaveStateLabel"));
    m_keychainLabel = new QLabel(this);
    m_keychainLabel->setObjectName(QStringLiteral("statusKeychainLabel"));
    QFont bold = m_keychainLabel->font();
    bold.setBold(true);
    m_keychainLabel->setFont(bold);
    for (QLabel* l : {m_profileLabel, m_saveStateLabel, m_keychainLabel})
        l->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_saveStateLabel);
    statusBar()->addPermanentWidget(m_keychainLabel);

    connect(controller, &SetupController::profileChanged, this, &MainWindow::updateTitleAndStatus);
    connect(controller, &SetupController::dirtyChanged, this, &MainWindow::updateTitleAndStatus);
    connect(controller, &SetupController::saved, this, &MainWindow::updateTitleAndStatus);
    connect(controller, &SetupController::keychainStatusChanged, this, &MainWindow::updateKeychainStatus);

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: comfortable for the checklist and the monitor, never larger than the screen.
        QSize size(1200, 800);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.95);
        resize(size);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    showArea(QStringLiteral("overview"));
    updateTitleAndStatus();
    updateKeychainStatus();
}

MainWindow::~MainWindow()
{
    // The monitor's models watch the controller's store, and the health rows watch both
    // controllers: they go before the controllers do.
    delete m_monitorArea;
    delete m_overviewArea;
    delete m_health;
    // The ACD pages and the setup guide answer the shared clients' callbacks: they go first.
    delete m_acdArea;
    delete m_setupArea;
    delete m_acdCheck;
    delete m_clients;
    m_acdArea = nullptr;
    m_setupArea = nullptr;
    m_acdCheck = nullptr;
    m_clients = nullptr;
    m_monitorArea = nullptr;
    m_overviewArea = nullptr;
    m_health = nullptr;
}

void MainWindow::createSidebar()
{
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("areaList"));
    m_sidebar->setAccessibleName(tr("Areas"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    // A slightly darker strip than the page, as in most settings-style apps.
    QPalette pal = m_sidebar->palette();
    pal.setColor(QPalette::Base, pal.color(QPalette::Window).darker(104));
    m_sidebar->setPalette(pal);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("areaStack"));
    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);

    layout->addWidget(m_sidebar);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_areas.size())
            return;
        Area* area = m_areas[row];
        if (m_stack->currentWidget() == area->widget())
            return;
        // Leaving the setup guide's credentials page hands typed secrets to the keychain.
        if (m_stack->currentWidget() == m_setupArea)
            wizard()->validateCurrentPage();
        m_stack->setCurrentWidget(area->widget());
        QSettings().setValue(kAreaKey, area->areaId());
        area->activated();
    });
}

void MainWindow::addArea(Area* area)
{
    addAreaAt(area, int(m_areas.size()) - m_pinnedAreas, false);
}

namespace {
// The area icons are blue and green on a light list; on the selected row (the palette's highlight,
// blue too) they all but vanish, most in dark palettes. The selected row shows them in the
// highlighted text colour instead, as a one-colour silhouette (QIcon::Selected mode).
QIcon withSelectedSilhouette(const QIcon& icon, const QColor& color, int size)
{
    // A plain pixmap icon: the SVG icon engine keeps one added pixmap per mode and ignores it
    // unless the size matches exactly, so Normal and Selected are both rendered here at 1× and 2×.
    QIcon result;
    for (qreal dpr : {1.0, 2.0}) {
        const QPixmap normal = icon.pixmap(QSize(size, size), dpr);
        if (normal.isNull())
            continue;
        result.addPixmap(normal, QIcon::Normal);
        QPixmap selected = normal;
        QPainter p(&selected);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(QRect(QPoint(0, 0), selected.size()), color);
        p.end();
        result.addPixmap(selected, QIcon::Selected);
    }
    return result.isNull() ? icon : result;
}
} // namespace

void MainWindow::addAreaAt(Area* area, int row, bool pinned)
{
    m_areas.insert(row, area);
    m_stack->addWidget(area->widget());
    auto* item = new QListWidgetItem(
        withSelectedSilhouette(area->icon(), m_sidebar->palette().color(QPalette::HighlightedText),
                               m_sidebar->iconSize().width()),
        area->title());
    item->setData(kAreaIdRole, area->areaId());
    const QString keys = area->shortcut().toString(QKeySequence::NativeText);
    QString tip = keys.isEmpty() ? area->title() : tr("%1 (%2)").arg(area->title(), keys);
    if (!area->toolTip().isEmpty())
        tip += QLatin1Char('\n') + area->toolTip();
    item->setToolTip(tip);
    item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() + 18));
    m_sidebar->insertItem(row, item);

    // The sidebar is as wide as its longest title (German and Japanese differ a lot).
    int widest = 0;
    for (const Area* a : std::as_const(m_areas))
        widest = std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(a->title()));
    m_sidebar->setFixedWidth(widest + m_sidebar->iconSize().width() + 48);

    auto* go = new QAction(area->icon(), area->title(), this);
    go->setObjectName(QStringLiteral("goAction_") + area->areaId());
    go->setShortcut(area->shortcut());
    go->setToolTip(area->toolTip());
    const QString id = area->areaId();
    connect(go, &QAction::triggered, this, [this, id] { showArea(id); });
    // Areas above the separator; the setup guide (pinned) after it.
    if (pinned)
        m_goMenu->addAction(go);
    else
        m_goMenu->insertAction(m_goSeparator, go);
    addAction(go); // the shortcut works wherever the focus is in the window
}

QStringList MainWindow::areaIds() const
{
    QStringList ids;
    for (const Area* a : m_areas)
        ids.append(a->areaId());
    return ids;
}

QString MainWindow::currentAreaId() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_areas.size() ? m_areas[row]->areaId() : QString();
}

Area* MainWindow::area(const QString& id) const
{
    for (Area* a : m_areas) {
        if (a->areaId() == id)
            return a;
    }
    return nullptr;
}

bool MainWindow::showArea(const QString& id)
{
    for (int row = 0; row < m_areas.size(); ++row) {
        if (m_areas[row]->areaId() == id) {
            m_sidebar->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::restoreLastArea()
{
    const QString last = QSettings().value(kAreaKey).toString();
    if (last.isEmpty() || !showArea(last))
        showArea(QStringLiteral("overview"));
}

void MainWindow::showSetupGuide(int page)
{
    showArea(m_setupArea->areaId());
    if (page >= 0)
        wizard()->goToPage(page);
}

void MainWindow::showMonitor()
{
    if (m_monitorArea->isDetached()) {
        m_monitorArea->detachedWindow()->raise();
        m_monitorArea->detachedWindow()->activateWindow();
        return;
    }
    showArea(m_monitorArea->areaId());
}

SetupWizard* MainWindow::wizard() const
{
    return m_setupArea->wizard();
}

MonitorPane* MainWindow::monitorPane() const
{
    return m_monitorArea ? m_monitorArea->pane() : nullptr;
}

void MainWindow::onFixRequested(const QString& target)
{
    if (target == QLatin1String("zoom/check")) {
        // Run from the Zoom app area's form, whose results stay there in full; the row updates.
        m_zoomArea->credentialsEditor()->startTest();
    } else if (target == QLatin1String("zoom/credentials")) {
        m_zoomArea->showSection(ZoomArea::Section::Credentials);
        showArea(m_zoomArea->areaId());
    } else if (target == QLatin1String("zoom/checklist")) {
        m_zoomArea->showSection(ZoomArea::Section::Checklist);
        showArea(m_zoomArea->areaId());
    } else if (target == QLatin1String("acd/check")) {
        // Run from the ACD area's form, whose results stay there in full; the row updates.
        m_acdArea->connectionEditor()->startTest();
    } else if (target == QLatin1String("acd/connection")) {
        m_acdArea->showSection(AcdArea::Section::Connection);
        showArea(m_acdArea->areaId());
    } else if (target == QLatin1String("acd/mapping")) {
        m_acdArea->showSection(AcdArea::Section::Mapping);
        showArea(m_acdArea->areaId());
    } else if (target == QLatin1String("salesforce/check")) {
        // Run from the Account mapping tab's Verify (typed secrets stored first); the row updates.
        m_salesforceArea->mappingEditor()->verify();
    } else if (target == QLatin1String("salesforce/mapping")) {
        m_salesforceArea->showSection(SalesforceArea::Section::Mapping);
        showArea(m_salesforceArea->areaId());
    } else if (target == QLatin1String("monitor")) {
        showMonitor();
    } else if (target == QLatin1String("setup")) {
        showSetupGuide(SetupWizard::Page_Profile);
    }
}

void MainWindow::startConnectionTest()
{
    if (currentAreaId() == m_setupArea->areaId()) {
        wizard()->goToPage(SetupWizard::Page_Credentials);
        wizard()->credentialsPage()->startTest();
        return;
    }
    m_zoomArea->credentialsEditor()->startTest();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Profile…"), this, &MainWindow::newProfile);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("newProfileAction"));
    QAction* openAction = file->addAction(tr("&Open Profile…"), this, &MainWindow::openProfileDialog);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("openProfileAction"));
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    file->addSeparator();
    // On macOS the role moves it to the application menu as Preferences….
    QAction* settingsAction = file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_detachAction = m_viewMenu->addAction(tr("Event Monitor in Own &Window"));
    m_detachAction->setObjectName(QStringLiteral("detachMonitorAction"));
    m_detachAction->setCheckable(true);
    m_detachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_detachAction, &QAction::toggled, this, [this](bool detach) {
        if (detach)
            m_monitorArea->detach();
        else
            m_monitorArea->attach();
    });
    QAction* statusBarAction = m_viewMenu->addAction(tr("&Status Bar"));
    statusBarAction->setCheckable(true);
    statusBarAction->setChecked(true);
    connect(statusBarAction, &QAction::toggled, statusBar(), &QWidget::setVisible);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    m_goSeparator = m_goMenu->addSeparator();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&Setup Guide"), this, [this] { showSetupGuide(); });
    guide->setObjectName(QStringLiteral("setupGuideAction"));
    QAction* welcome = help->addAction(tr("&Welcome…"), this, &MainWindow::showWelcome);
    welcome->setObjectName(QStringLiteral("welcomeAction"));
    help->addSeparator();
    help->addAction(tr("Save &Diagnostics…"), this,
                    [this] { DiagnosticsDialog::save(this, m_controller->session(), m_health); })
        ->setObjectName(QStringLiteral("saveDiagnosticsAction"));
    help->addAction(tr("Open &Log Folder"), this, [this] { DiagnosticsDialog::openLogFolder(this); })
        ->setObjectName(QStringLiteral("openLogFolderAction"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Syncdesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::openSandbox()
{
    const Error e = m_controller->openSandbox();
    ProfileEditor* chooser = wizard()->profilePage()->editor();
    chooser->showError(e);
    chooser->refresh();
    if (!e.ok())
        showSetupGuide(SetupWizard::Page_Profile);
    return e.ok();
}

bool MainWindow::openProfileFile(const QString& path)
{
    const Error e = m_controller->openProfile(path);
    ProfileEditor* chooser = wizard()->profilePage()->editor();
    chooser->showError(e);
    chooser->refresh();
    if (!e.ok())
        showSetupGuide(SetupWizard::Page_Profile);
    return e.ok();
}

bool MainWindow::save()
{
    if (!m_controller->hasProfile())
        return false;
    const Error e = m_controller->save();
    if (!e.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Could not save the profile"), e.message, QMessageBox::Ok,
                        this);
        box.setDetailedText(e.detail);
        box.exec();
        return false;
    }
    statusBar()->showMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(m_controller->profilePath())),
                             4000);
    return true;
}

void MainWindow::newProfile()
{
    showSetupGuide(SetupWizard::Page_Profile);
    wizard()->profilePage()->editor()->focusNewProfileName();
}

void MainWindow::openProfileDialog()
{
    showSetupGuide(SetupWizard::Page_Profile);
    wizard()->profilePage()->editor()->openFileDialog();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::restartRequested, this, [this] { restartForLanguage(false); });
    dialog->open();
}

bool MainWindow::showWelcomeIfFirstStart()
{
    if (!WelcomePage::shouldShowAtStart(m_controller->profileDirectory()))
        return false;
    showWelcome();
    return true;
}

WelcomePage* MainWindow::welcomePage() const
{
    return m_welcome.data();
}

void MainWindow::showWelcome()
{
    WelcomePage::markShown(); // once seen, the next start goes straight to work
    if (m_welcome) {
        m_welcome->raise();
        m_welcome->activateWindow();
        return;
    }
    m_welcome = new WelcomePage(m_controller->profileDirectory(), this);
    m_welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_welcome, &WelcomePage::sandboxChosen, this, [this] {
        // As --sandbox: the simulated team's events arrive at once, shown in the monitor.
        if (!openSandbox())
            return;
        if (m_monitor->webhookState() == MonitorController::SourceState::Stopped)
            m_monitor->startWebhooks();
        showMonitor();
    });
    connect(m_welcome, &WelcomePage::setupChosen, this,
            [this] { showSetupGuide(SetupWizard::Page_Profile); });
    connect(m_welcome, &WelcomePage::restartRequested, this, [this] { restartForLanguage(true); });
    m_welcome->open();
}

QStringList MainWindow::restartArguments(bool withWelcome) const
{
    QStringList args = m_startOptions;
    if (m_controller->hasProfile()) {
        if (m_controller->profile().sandbox)
            args << QStringLiteral("--sandbox");
        else
            args << QStringLiteral("--profile") << m_controller->profilePath();
    }
    const QString areaId = currentAreaId();
    if (!areaId.isEmpty())
        args << QStringLiteral("--area") << areaId;
    if (withWelcome)
        args << QStringLiteral("--welcome");
    return args;
}

bool MainWindow::restartForLanguage(bool withWelcome)
{
    const QStringList args = restartArguments(withWelcome); // what is on screen, before it closes
    if (!close())
        return false; // Cancel on unsaved changes, or saving failed: stay as we are
    m_pendingRestart = args;
    qCInfo(lcUi) << "restarting in the chosen language";
    QCoreApplication::quit();
    return true;
}

void MainWindow::updateTitleAndStatus()
{
    const bool open = m_controller->hasProfile();
    const bool dirty = open && m_controller->isDirty();
    // "[*]" marks where the platform shows the unsaved-changes indicator.
    setWindowTitle(open ? tr("%1[*] — Syncdesk").arg(m_controller->profile().name) : tr("Syncdesk[*]"));
    setWindowModified(dirty);
    m_saveAction->setEnabled(open);
    m_profileLabel->setText(open ? tr("Profile: %1").arg(m_controller->profile().name)
                                 : tr("No profile open"));
    m_profileLabel->setToolTip(open ? QDir::toNativeSeparators(m_controller->profilePath()) : QString());
    if (!open)
        m_saveStateLabel->clear();
    else
        m_saveStateLabel->setText(dirty ? tr("Unsaved changes — kept as a draft") : tr("Saved"));
}

void MainWindow::updateKeychainStatus()
{
    const Error& e = m_controller->keychainError();
    if (e.ok()) {
        m_keychainLabel->hide();
        return;
    }
    m_keychainLabel->setText(tr("Keychain unavailable: secrets are kept for this session only"));
    m_keychainLabel->setToolTip(e.message);
    m_keychainLabel->show();
}

QMessageBox::StandardButton MainWindow::askToSave(const QString& profileName)
{
    if (m_closeQuestion)
        return m_closeQuestion(profileName);
    QMessageBox box(QMessageBox::Question, tr("Save changes?"),
                    tr("Do you want to save the changes to “%1”?").arg(profileName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(
        tr("If you don't save, your changes are kept as a draft and restored the next time "
           "you open this profile."));
    box.button(QMessageBox::Discard)->setText(tr("Close Without Saving"));
    box.setDefaultButton(QMessageBox::Save);
    return QMessageBox::StandardButton(box.exec());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_controller->hasProfile() && m_controller->isDirty()) {
        switch (askToSave(m_controller->profile().name)) {
        case QMessageBox::Save:
            if (!save()) {
                event->ignore();
                return;
            }
            break;
        case QMessageBox::Discard:
            break; // the draft stays on disk and is offered again next time
        default:
            event->ignore();
            return;
        }
    }
    // The detached monitor goes with the main window (its geometry is remembered).
    m_monitorArea->attach();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kAreaKey, currentAreaId());
    event->accept();
}

} // namespace syncdesk
