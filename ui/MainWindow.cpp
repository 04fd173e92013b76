#include "MainWindow.h"

#include "monitor/MonitorController.h"
#include "monitor/MonitorPane.h"
#include "setup/SetupController.h"
#include "wizard/ProfilePage.h"
#include "wizard/SetupWizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>

namespace syncdesk {

namespace {
// Window layout only; never anything from a profile, and never a secret.
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(SetupController* controller, QWidget* parent)
    : QMainWindow(parent), m_controller(controller), m_wizard(new SetupWizard(controller, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_wizard->setObjectName(QStringLiteral("setupWizard"));
    setCentralWidget(m_wizard);
    createMenus();
    createMonitorDock(); // before restoreState(), which finds docks by objectName

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
    connect(m_wizard, &SetupWizard::finishRequested, this, &MainWindow::save);

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: comfortable for the checklist, and never larger than the screen.
        QSize size(1100, 780);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.95);
        resize(size);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    updateTitleAndStatus();
    updateKeychainStatus();
}

MainWindow::~MainWindow()
{
    // The pane's models watch the controller's store: they go first.
    delete m_monitorDock;
    m_monitorDock = nullptr;
}

void MainWindow::createMonitorDock()
{
    m_monitor = new MonitorController(m_controller->session(), this);
    m_monitor->setObjectName(QStringLiteral("monitorController"));
    m_monitorDock = new QDockWidget(tr("Event Monitor"), this);
    m_monitorDock->setObjectName(QStringLiteral("monitorDock"));
    m_monitorPane = new MonitorPane(m_monitor, m_monitorDock);
    m_monitorPane->setAutoStartSandbox(true);
    m_monitorDock->setWidget(m_monitorPane);
    addDockWidget(Qt::BottomDockWidgetArea, m_monitorDock);
    m_monitorDock->hide();
    QAction* toggle = m_monitorDock->toggleViewAction();
    toggle->setText(tr("&Event Monitor"));
    toggle->setObjectName(QStringLiteral("monitorAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_viewMenu->insertAction(m_viewMenu->actions().value(0), toggle);
}

void MainWindow::showMonitor()
{
    m_monitorDock->show();
    m_monitorDock->raise();
    if (!m_monitorDock->isFloating() && dockWidgetArea(m_monitorDock) != Qt::NoDockWidgetArea) {
        const Qt::DockWidgetArea area = dockWidgetArea(m_monitorDock);
        if (area == Qt::BottomDockWidgetArea || area == Qt::TopDockWidgetArea)
            resizeDocks({m_monitorDock}, {height() * 3 / 4}, Qt::Vertical);
        else
            resizeDocks({m_monitorDock}, {width() * 2 / 3}, Qt::Horizontal);
    }
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
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction* statusBarAction = m_viewMenu->addAction(tr("&Status Bar"));
    statusBarAction->setCheckable(true);
    statusBarAction->setChecked(true);
    connect(statusBarAction, &QAction::toggled, statusBar(), &QWidget::setVisible);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Syncdesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::openSandbox()
{
    m_wizard->goToPage(SetupWizard::Page_Profile);
    const Error e = m_controller->openSandbox();
    if (!e.ok()) {
        m_wizard->profilePage()->showError(e);
        return false;
    }
    m_wizard->profilePage()->refresh();
    return true;
}

bool MainWindow::openProfileFile(const QString& path)
{
    m_wizard->goToPage(SetupWizard::Page_Profile);
    const Error e = m_controller->openProfile(path);
    m_wizard->profilePage()->showError(e);
    m_wizard->profilePage()->refresh();
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
    m_wizard->goToPage(SetupWizard::Page_Profile);
    m_wizard->profilePage()->focusNewProfileName();
}

void MainWindow::openProfileDialog()
{
    m_wizard->goToPage(SetupWizard::Page_Profile);
    m_wizard->profilePage()->openFileDialog();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Syncdesk"),
                       tr("<h3>Syncdesk %1</h3><p>A desktop console for setting up and checking the "
                          "integrations between Zoom, NICE CXone and Salesforce.</p>"
                          "<p>Secrets are kept in the system keychain, never in profile files.</p>")
                           .arg(QStringLiteral(SYNCDESK_VERSION)));
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
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

} // namespace syncdesk
