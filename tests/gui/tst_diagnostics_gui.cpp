// Help → Save diagnostics… and Help → Open log folder in the console: the entries are in the Help
// menu, and saving with the sandbox open writes a zip with the checks' results and tells the user
// where it is and that no secret is inside.
#include "MainWindow.h"
#include "common/LogFile.h"
#include "health/IntegrationHealth.h"
#include "salesforce/MetadataZip.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"
#include "support/DiagnosticsDialog.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace syncdesk;

class TestDiagnosticsGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SyncdeskDiagnosticsTest"));
    }

    void helpMenuSavesDiagnostics()
    {
        QTemporaryDir dir;
        installLogFile(dir.filePath(QStringLiteral("logs")));
        MemorySecretStore secrets;
        SetupController controller(&secrets, dir.filePath(QStringLiteral("profiles")));
        MainWindow window(&controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("saveDiagnosticsAction")));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("openLogFolderAction")));
        QVERIFY(window.openSandbox());

        QCOMPARE(DiagnosticsDialog::defaultFileName(QDateTime(QDate(2026, 3, 4), QTime(9, 5))),
                 QStringLiteral("syncdesk-diagnostics-20260304-0905.zip"));

        const QString path = dir.filePath(QStringLiteral("bundle.zip"));
        DiagnosticsDialog::saveTo(&window, path, controller.session(), window.health());
        QMessageBox* saved = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (saved = window.findChild<QMessageBox*>(QStringLiteral("diagnosticsSavedMessage"))) != nullptr,
            30000);
        QVERIFY(saved->text().contains(QDir::toNativeSeparators(path)));
        QVERIFY(saved->informativeText().contains(QStringLiteral("No password, secret or token")));
        saved->close();

        const auto zip = MetadataZip::read(path);
        QVERIFY(zip.ok());
        QJsonObject connectivity;
        for (const auto& e : zip.value()) {
            if (e.path == QLatin1String("connectivity.json"))
                connectivity = QJsonDocument::fromJson(e.data).object();
        }
        QVERIFY(connectivity.value(QStringLiteral("checks")).toArray().size() >= 4);
        QVERIFY(!connectivity.value(QStringLiteral("health")).toArray().isEmpty()); // the Overview's rows
    }
};

QTEST_MAIN(TestDiagnosticsGui)
#include "tst_diagnostics_gui.moc"
