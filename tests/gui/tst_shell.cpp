// The console's workspace driven like a user would: the sidebar and its shortcuts, the Overview's
// health rows against the in-process sandbox over real sockets, the detachable monitor, the
// remembered layout, and the executable's command line (--help without a display, --area).
#include "MainWindow.h"
#include "areas/MonitorArea.h"
#include "areas/OverviewArea.h"
#include "areas/ZoomArea.h"
#include "catalog/ZoomCatalog.h"
#include "editors/ZoomAppChecklistEditor.h"
#include "editors/ZoomCredentialsEditor.h"
#include "health/IntegrationHealth.h"
#include "monitor/MonitorController.h"
#include "monitor/MonitorPane.h"
#include "sandbox/ZoomSandbox.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"
#include "wizard/SetupWizard.h"
#include "wizard/ZoomAppChecklistPage.h"
#include "wizard/ZoomCredentialsPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace syncdesk;

class TestShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sidebarClickAndShortcuts();
    void areaNames();
    void guideAndAreaShareEditors();
    void overviewFollowsTestConnection();
    void overviewShowsMissingScope();
    void overviewFollowsEvents();
    void monitorDetachesAndReattaches();
    void geometryAndLastAreaRestored();
    void helpAndVersionWithoutDisplay();
    void unknownAreaIsUsageError();

private:
    void createWindow();
    HealthItem::State stateOf(const char* id) const;
    QProcessEnvironment headlessEnvironment() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SetupController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("SyncdeskShellTest"));
}

void TestShell::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    createWindow();
}

void TestShell::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_secrets.reset();
    m_dir.reset();
    QSettings().clear();
}

void TestShell::createWindow()
{
    m_window.reset();
    m_controller = std::make_unique<SetupController>(m_secrets.get(), m_dir->path());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->setCloseQuestion([](const QString&) { return QMessageBox::Discard; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

HealthItem::State TestShell::stateOf(const char* id) const
{
    auto* badge = m_window->findChild<QLabel*>(QStringLiteral("healthState_") + QLatin1String(id));
    return badge ? HealthItem::State(badge->property("healthState").toInt()) : HealthItem::State::NotSetUp;
}

QProcessEnvironment TestShell::headlessEnvironment() const
{
    // No display of any kind, and settings in a throwaway place.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    return env;
}

void TestShell::sidebarClickAndShortcuts()
{
    auto* list = m_window->findChild<QListWidget*>(QStringLiteral("areaList"));
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("areaStack"));
    QVERIFY(list && stack);
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("overview"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("overviewArea"));

    // A click on "Event monitor" shows the monitor.
    const int monitorRow = int(m_window->areaIds().indexOf(QStringLiteral("monitor")));
    QVERIFY(monitorRow >= 0);
    const QRect rect = list->visualItemRect(list->item(monitorRow));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("monitorArea"));
    QVERIFY(m_window->monitorPane()->isVisible());

    // Ctrl+1…Ctrl+6 and Ctrl+0 (the setup guide), wherever the focus is; the tooltips name them.
    const struct
    {
        Qt::Key key;
        const char* area;
    } keys[] = {{Qt::Key_2, "zoomArea"},
                {Qt::Key_1, "overviewArea"},
                {Qt::Key_3, "acdArea"},
                {Qt::Key_4, "salesforceArea"},
                {Qt::Key_5, "contactCenterArea"},
                {Qt::Key_6, "monitorArea"},
                {Qt::Key_0, "setupGuideArea"}};
    for (const auto& k : keys) {
        QTest::keyClick(m_window.get(), k.key, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget()->objectName(), QLatin1String(k.area));
        QCOMPARE(stack->currentWidget(), m_window->area(m_window->currentAreaId())->widget());
        const QString shortcut = QKeySequence(Qt::CTRL | k.key).toString(QKeySequence::NativeText);
        QVERIFY2(list->currentItem()->toolTip().contains(shortcut),
                 qPrintable(list->currentItem()->toolTip()));
    }
    // The Go menu lists every area with its shortcut.
    for (const QString& id : m_window->areaIds()) {
        auto* go = m_window->findChild<QAction*>(QStringLiteral("goAction_") + id);
        QVERIFY2(go, qPrintable(id));
        QVERIFY(!go->shortcut().isEmpty());
    }
}

void TestShell::areaNames()
{
    // --area takes exactly these names; showArea() is what it calls.
    QCOMPARE(m_window->areaIds(), (QStringList{QStringLiteral("overview"), QStringLiteral("zoom"),
                                               QStringLiteral("acd"), QStringLiteral("salesforce"), QStringLiteral("contactcenter"),
                                               QStringLiteral("monitor"),
                                               QStringLiteral("setup")}));
    for (const QString& id : m_window->areaIds()) {
        QVERIFY(m_window->showArea(id));
        QCOMPARE(m_window->currentAreaId(), id);
    }
    QVERIFY(!m_window->showArea(QStringLiteral("nope")));
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("setup"));
}

void TestShell::guideAndAreaShareEditors()
{
    SetupWizard* wizard = m_window->wizard();
    ZoomArea* zoom = m_window->zoomArea();
    QCOMPARE(wizard->checklistPage()->editor()->metaObject(), zoom->checklistEditor()->metaObject());
    QCOMPARE(wizard->credentialsPage()->editor()->metaObject(), zoom->credentialsEditor()->metaObject());
    QVERIFY(wizard->checklistPage()->editor() != zoom->checklistEditor()); // two instances, one class

    // What is typed in one place shows in the other.
    QVERIFY(m_window->openSandbox());
    QVERIFY(m_window->showArea(QStringLiteral("zoom")));
    zoom->showSection(ZoomArea::Section::Credentials);
    auto* clientId = zoom->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"));
    QVERIFY(clientId && clientId->isVisible());
    clientId->clear();
    QTest::keyClicks(clientId, QStringLiteral("typed-in-the-area"));
    m_window->showSetupGuide(SetupWizard::Page_Credentials);
    auto* guideClientId = wizard->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"));
    QVERIFY(guideClientId->isVisible());
    QCOMPARE(guideClientId->text(), QStringLiteral("typed-in-the-area"));
}

void TestShell::overviewFollowsTestConnection()
{
    QCOMPARE(stateOf("account"), HealthItem::State::NotSetUp);
    QCOMPARE(stateOf("zoom-connection"), HealthItem::State::NotSetUp);
    QVERIFY(m_window->openSandbox());
    m_window->showArea(QStringLiteral("overview"));
    QTRY_COMPARE(stateOf("account"), HealthItem::State::Ok);
    QCOMPARE(stateOf("zoom-connection"), HealthItem::State::Pending);  // not tested yet
    QTRY_COMPARE(stateOf("zoom-secret-token"), HealthItem::State::Ok); // the demo token is stored

    // "Check now" runs Test connection; the row turns OK, says what was checked and when.
    auto* check = m_window->findChild<QPushButton*>(QStringLiteral("healthFix_zoom-connection"));
    QVERIFY(check && check->isVisible());
    QTest::mouseClick(check, Qt::LeftButton);
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("overview")); // stays on the Overview
    QTRY_COMPARE_WITH_TIMEOUT(stateOf("zoom-connection"), HealthItem::State::Ok, 15000);
    auto* badge = m_window->findChild<QLabel*>(QStringLiteral("healthState_zoom-connection"));
    QVERIFY(badge->text().contains(QLatin1String("OK"))); // a word, not colour alone
    auto* detail = m_window->findChild<QLabel*>(QStringLiteral("healthDetail_zoom-connection"));
    QVERIFY2(detail->text().contains(
                 QStringLiteral("all %1 required scopes").arg(int(ZoomCatalog::scopes().size()))),
             qPrintable(detail->text()));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("healthChecked_zoom-connection"))
                ->text()
                .startsWith(QLatin1String("Checked at")));
}

void TestShell::overviewShowsMissingScope()
{
    QVERIFY(m_window->openSandbox());
    QStringList scopes = SandboxConfig::defaultGrantedScopes();
    QVERIFY(scopes.removeAll(QStringLiteral("phone:read:admin")) == 1);
    m_controller->sandbox()->setGrantedScopes(scopes);
    m_window->startConnectionTest();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf("zoom-connection"), HealthItem::State::Problem, 15000);
    auto* detail = m_window->findChild<QLabel*>(QStringLiteral("healthDetail_zoom-connection"));
    QVERIFY2(detail->text().contains(QLatin1String("View all users' phone information")),
             qPrintable(detail->text()));

    // Its button opens the editor that fixes it: the Zoom app area's credentials and scopes.
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("healthFix_zoom-connection")),
                      Qt::LeftButton);
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("zoom"));
    QVERIFY(m_window->zoomArea()->credentialsEditor()->isVisible());
}

void TestShell::overviewFollowsEvents()
{
    QVERIFY(m_window->openSandbox());
    QCOMPARE(stateOf("event-source"), HealthItem::State::NotSetUp);
    // Its button opens the monitor, which starts the sandbox's simulated team.
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("healthFix_event-source")),
                      Qt::LeftButton);
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("monitor"));
    m_window->showArea(QStringLiteral("overview"));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf("event-source"), HealthItem::State::Ok, 20000);
    auto* detail = m_window->findChild<QLabel*>(QStringLiteral("healthDetail_event-source"));
    QVERIFY2(detail->text().contains(QLatin1String("Last event at")), qPrintable(detail->text()));

    m_window->monitor()->stopWebhooks();
    QTRY_COMPARE(stateOf("event-source"), HealthItem::State::NotSetUp);
}

void TestShell::monitorDetachesAndReattaches()
{
    m_window->showMonitor();
    MonitorArea* area = m_window->monitorArea();
    MonitorPane* pane = m_window->monitorPane();
    QCOMPARE(pane->window(), m_window.get());

    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("detachMonitorButton")),
                      Qt::LeftButton);
    QVERIFY(area->isDetached());
    QWidget* own = area->detachedWindow();
    QVERIFY(own && own->isVisible());
    QCOMPARE(pane->window(), own);
    QVERIFY(pane->isVisible());
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("monitorDetachedPlaceholder"))->isVisible());
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("detachMonitorAction"))->isChecked());

    // Closing the separate window puts the monitor back into its area.
    QVERIFY(own->close());
    QVERIFY(!area->isDetached());
    QCOMPARE(pane->window(), m_window.get());
    QVERIFY(pane->isVisible());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("detachMonitorAction"))->isChecked());

    // And the View menu does both.
    m_window->findChild<QAction*>(QStringLiteral("detachMonitorAction"))->trigger();
    QVERIFY(area->isDetached());
    m_window->findChild<QAction*>(QStringLiteral("detachMonitorAction"))->trigger();
    QVERIFY(!area->isDetached());
    QCOMPARE(pane->window(), m_window.get());
}

void TestShell::geometryAndLastAreaRestored()
{
    m_window->resize(900, 640);
    QVERIFY(m_window->showArea(QStringLiteral("zoom")));
    const QSize size = m_window->size();
    QVERIFY(m_window->close());

    createWindow();
    QCOMPARE(m_window->size(), size);
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("overview"));
    m_window->restoreLastArea();
    QCOMPARE(m_window->currentAreaId(), QStringLiteral("zoom"));

    // Nothing from a profile and never a secret in the settings.
    QVERIFY(m_window->openSandbox());
    QVERIFY(m_window->close());
    QSettings settings;
    for (const QString& key : settings.allKeys()) {
        const QString value = settings.value(key).toString();
        QVERIFY2(!value.contains(m_controller->sandbox()->credentials().clientSecret) || value.isEmpty(),
                 qPrintable(key));
    }
    QVERIFY(settings.allKeys().contains(QStringLiteral("mainWindow/area")));
}

void TestShell::helpAndVersionWithoutDisplay()
{
    for (const char* option : {"--help", "--version"}) {
        QProcess p;
        p.setProcessEnvironment(headlessEnvironment());
        p.start(QStringLiteral(SYNCDESK_PATH), {QLatin1String(option)});
        QVERIFY(p.waitForFinished(20000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QLatin1String(option) + QStringLiteral(": ") +
                            QString::fromUtf8(p.readAllStandardError())));
        if (QLatin1String(option) == QLatin1String("--help")) {
            QVERIFY2(out.contains(QLatin1String("--area <name>")), qPrintable(out));
            QVERIFY(out.contains(QLatin1String("--sandbox")));
        } else {
            QVERIFY2(out.contains(QLatin1String(SYNCDESK_VERSION)), qPrintable(out));
        }
    }
    // The help is translated, still without a display.
    QProcess p;
    p.setProcessEnvironment(headlessEnvironment());
    p.start(QStringLiteral(SYNCDESK_PATH),
            {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1String("--sandbox")) && !out.contains(QLatin1String("Displays help on")),
             qPrintable(out));
}

void TestShell::unknownAreaIsUsageError()
{
    QProcess p;
    QProcessEnvironment env = headlessEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SYNCDESK_PATH), {QStringLiteral("--profile-dir"), m_dir->path(),
                                            QStringLiteral("--area"), QStringLiteral("nope")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("nope")) && err.contains(QLatin1String("overview, zoom, acd, salesforce, contactcenter, monitor")),
             qPrintable(err));
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
