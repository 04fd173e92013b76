// Runs inside tests/keychain/with-secret-service.sh: a real Secret Service (gnome-keyring) on a
// private D-Bus session with a throwaway HOME.
#include "connect/ProfileSession.h"
#include "connect/SecretAccess.h"
#include "monitor/MonitorController.h"
#include "monitor/MonitorPipeline.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/SetupController.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace syncdesk;

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through with-secret-service.sh (a private session bus is needed)");
    }

    void writeReadDeleteRoundTrip()
    {
        KeychainSecretStore store(QStringLiteral("syncdesk-test"));
        const QString key = QStringLiteral("profile-1/zoom.client_secret");
        const QString value = QStringLiteral("s3cr3t-äö-日本-%1").arg(QDateTime::currentMSecsSinceEpoch());
        Error e = store.writeSync(key, value);
        QVERIFY2(e.ok(), qPrintable(e.describe()));
        auto read = store.readSync(key);
        QVERIFY2(read.ok(), qPrintable(read.error().describe()));
        QCOMPARE(read.value(), value);

        // Overwrite replaces, never duplicates.
        QVERIFY(store.writeSync(key, QStringLiteral("second")).ok());
        QCOMPARE(store.readSync(key).value(), QStringLiteral("second"));

        QVERIFY(store.removeSync(key).ok());
        auto gone = store.readSync(key);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, ErrorCode::KeychainEntryNotFound);
        QVERIFY(store.removeSync(key).ok()); // removing twice is fine
    }

    void keysAreSeparatedPerProfileAndPurpose()
    {
        KeychainSecretStore store(QStringLiteral("syncdesk-test"));
        const QString a = secretKey(QStringLiteral("A"), SecretPurpose::ZoomClientSecret);
        const QString b = secretKey(QStringLiteral("B"), SecretPurpose::ZoomClientSecret);
        const QString t = secretKey(QStringLiteral("A"), SecretPurpose::ZoomSecretToken);
        QVERIFY(store.writeSync(a, QStringLiteral("a")).ok());
        QVERIFY(store.writeSync(b, QStringLiteral("b")).ok());
        QVERIFY(store.writeSync(t, QStringLiteral("t")).ok());
        QCOMPARE(store.readSync(a).value(), QStringLiteral("a"));
        QCOMPARE(store.readSync(b).value(), QStringLiteral("b"));
        QCOMPARE(store.readSync(t).value(), QStringLiteral("t"));
        for (const auto& k : {a, b, t})
            store.removeSync(k);
    }

    void secretsLandInTheKeyringNotInFiles()
    {
        QTemporaryDir dir;
        KeychainSecretStore store;
        SetupController controller(&store, dir.path());
        QVERIFY(controller.createProfile(QStringLiteral("Keyring")).ok());
        const QString secret = QStringLiteral("kc-only-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QSignalSpy stored(&controller, &SetupController::secretStored);
        controller.storeSecret(SecretPurpose::ZoomClientSecret, secret);
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10000);
        QVERIFY(stored.first().at(1).value<Error>().ok());
        QVERIFY(controller.save().ok());
        QVERIFY(controller.keychainError().ok());

        // The Secret Service has it, under our schema and service name.
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("syncdesk"),
                    QStringLiteral("user"), secretKey(controller.profile().id, SecretPurpose::ZoomClientSecret)});
        if (tool.waitForStarted(3000)) {
            QVERIFY(tool.waitForFinished(5000));
            QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()).trimmed(), secret);
        }
        // And no file under HOME (profiles, QSettings, drafts) contains it, keyrings aside.
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (f.contains(QLatin1String("/keyrings/")))
                continue;
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(f));
        }
        store.removeSync(secretKey(controller.profile().id, SecretPurpose::ZoomClientSecret));
    }

    void missingSecretServiceIsAClearError()
    {
        // Point QtKeychain at a bus address nobody listens on: it must fail loudly, not silently
        // fall back to a plaintext file.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.insert(QStringLiteral("SYNCDESK_KEYCHAIN_PROBE"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("probeUnavailable")});
        QVERIFY(child.waitForFinished(30000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0, qPrintable(out + QString::fromUtf8(child.readAllStandardError())));
    }

    void probeUnavailable()
    {
        if (qEnvironmentVariableIsEmpty("SYNCDESK_KEYCHAIN_PROBE"))
            QSKIP("only runs in the child process of missingSecretServiceIsAClearError");
        KeychainSecretStore store(QStringLiteral("syncdesk-test"));
        const Error e = store.writeSync(QStringLiteral("x/zoom.client_secret"), QStringLiteral("never-on-disk"));
        QVERIFY(!e.ok());
        QVERIFY2(e.code == ErrorCode::KeychainUnavailable || e.code == ErrorCode::KeychainFailed,
                 qPrintable(errorCodeName(e.code) + QLatin1Char(' ') + e.detail));
        QVERIFY(!e.message.isEmpty());
    }

    // 5j: the sandbox demo without a Secret Service. The status bar promises session-only
    // secrets, so the monitor must get the demo secret token and receive the simulated team's
    // signed webhooks, however the keychain's failure and the monitor's start interleave.
    void sandboxMonitorWithoutSecretService()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.insert(QStringLiteral("SYNCDESK_KEYCHAIN_PROBE"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("probeSandboxMonitor")});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0, qPrintable(out + QString::fromUtf8(child.readAllStandardError())));
        QVERIFY2(out.contains(QLatin1String("PASS   : TestKeychain::probeSandboxMonitor")), qPrintable(out));
    }

    void probeSandboxMonitor()
    {
        if (qEnvironmentVariableIsEmpty("SYNCDESK_KEYCHAIN_PROBE"))
            QSKIP("only runs in the child process of sandboxMonitorWithoutSecretService");
        QTemporaryDir dir;
        KeychainSecretStore store(QStringLiteral("syncdesk-test"));
        ProfileSession session(&store, dir.path());
        MonitorController monitor(&session);
        QVERIFY(session.openSandbox().ok());
        // At once, as the monitor area does when a sandbox profile opens.
        monitor.startWebhooks();
        QTRY_COMPARE_WITH_TIMEOUT(session.secrets()->keychainError().code, ErrorCode::KeychainUnavailable, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.webhookState(), MonitorController::SourceState::Running, 10000);
        QVERIFY2(monitor.webhookStatus().contains(QLatin1String("Sandbox")), qPrintable(monitor.webhookStatus()));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.pipeline()->counters().accepted >= 5, 10000);
        QCOMPARE(monitor.pipeline()->counters().rejectedTotal, 0);
        // The session-only demo secrets are what the monitor used; nothing reached a file.
        QVERIFY(session.secrets()->isSessionOnly(SecretPurpose::ZoomSecretToken));
        monitor.stopAll();
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
