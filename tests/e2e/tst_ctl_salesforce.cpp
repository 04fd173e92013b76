// End-to-end: the real syncdeskctl binary, `salesforce verify`, against its in-process Salesforce
// sandbox (--sandbox) and against a Salesforce sandbox run by this test (--sf-* flags, secrets in
// environment variables named by flags), over real sockets; and `verify --profile` against the
// Salesforce org of `syncdeskctl sandbox`, secrets in a real Secret Service (private bus, unlocked
// gnome-keyring, throwaway HOME). Secrets never appear in the output.
#include "profile/ProfileStore.h"
#include "sandbox/SalesforceSandbox.h"
#include "secrets/SecretStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <signal.h>

using namespace syncdesk;

class TestCtlSalesforce : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // Waits with the event loop running, so a sandbox in this process can answer.
    Run ctl(const QStringList& args, const QHash<QString, QString>& env = {})
    {
        return ctlProgram(QStringLiteral(SYNCDESKCTL_PATH), args, env);
    }
    Run ctlProgram(const QString& program, const QStringList& args, const QHash<QString, QString>& env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(program, args);
        if (!p.waitForStarted(5000))
            return {};
        p.closeWriteChannel();
        if (!finished.wait(60000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QStringList flags(const SalesforceSandbox& sb)
    {
        const auto c = sb.credentials();
        return {QStringLiteral("salesforce"),
                QStringLiteral("verify"),
                QStringLiteral("--sf-login-url"),
                sb.baseUrl().toString(),
                QStringLiteral("--sf-client-id"),
                c.clientId,
                QStringLiteral("--sf-client-secret-env"),
                QStringLiteral("SD_SF_CLIENT_SECRET"),
                QStringLiteral("--sf-username"),
                c.username,
                QStringLiteral("--sf-password-env"),
                QStringLiteral("SD_SF_PASSWORD")};
    }
    static QHash<QString, QString> env(const SalesforceSandbox& sb)
    {
        const auto c = sb.credentials();
        return {{QStringLiteral("SD_SF_CLIENT_SECRET"), c.clientSecret},
                {QStringLiteral("SD_SF_PASSWORD"), c.passwordWithToken()}};
    }
    static void verifyNoSecret(const Run& r, const SalesforceSandbox& sb)
    {
        const auto c = sb.credentials();
        for (const QString& secret : {c.clientSecret, c.password, c.securityToken}) {
            QVERIFY(!r.out.contains(secret.toUtf8()));
            QVERIFY(!r.err.contains(secret.toUtf8()));
        }
    }

    QProcess m_sandbox;             // `syncdeskctl sandbox`, for the --profile tests
    QHash<QString, QString> m_vars; // its SF_* lines

    static bool haveSecretService()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty() &&
               !QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty() &&
               !QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty();
    }

    // A profile that names the standalone sandbox's org as a real one (not a sandbox profile).
    QString writeProfile(const QTemporaryDir& dir, Profile* out)
    {
        Profile p = Profile::create(QStringLiteral("SF e2e"));
        p.salesforce.loginUrl = m_vars.value(QStringLiteral("SF_LOGIN_URL"));
        p.salesforce.clientId = m_vars.value(QStringLiteral("SF_CLIENT_ID"));
        p.salesforce.username = m_vars.value(QStringLiteral("SF_USERNAME"));
        p.salesforce.hasPassword = true;
        p.salesforce.hasClientSecret = true;
        const QString path = dir.filePath(QStringLiteral("sf.json"));
        if (!ProfileStore::save(path, p).ok())
            return {};
        *out = p;
        return path;
    }

    // Runs `script` (sh -c) in a fresh keyring session: $0 is syncdeskctl, then `args`. Secrets go
    // in through the environment and secret-tool's stdin, never on a command line.
    Run inKeyring(const QString& script, const QStringList& args, const QHash<QString, QString>& env = {})
    {
        return ctlProgram(QStringLiteral(SYNCDESK_SOURCE_DIR "/tests/keychain/with-secret-service.sh"),
                          QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script,
                                      QStringLiteral(SYNCDESKCTL_PATH)} +
                              args,
                          env);
    }

private slots:
    void initTestCase()
    {
        m_sandbox.start(QStringLiteral(SYNCDESKCTL_PATH),
                        {QStringLiteral("sandbox"), QStringLiteral("--rate"), QStringLiteral("0")});
        QVERIFY(m_sandbox.waitForStarted(5000));
        QElapsedTimer waited;
        waited.start();
        while (!m_vars.contains(QStringLiteral("SF_PASSWORD")) && waited.elapsed() < 15000) {
            m_sandbox.waitForReadyRead(500);
            while (m_sandbox.canReadLine()) {
                const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
                const int eq = line.indexOf(QLatin1Char('='));
                if (line.startsWith(QLatin1String("SF_")) && eq > 0)
                    m_vars.insert(line.left(eq), line.mid(eq + 1));
            }
        }
        QVERIFY(m_vars.value(QStringLiteral("SF_LOGIN_URL")).startsWith(QLatin1String("http://127.0.0.1:")));
    }

    void cleanupTestCase()
    {
        ::kill(pid_t(m_sandbox.processId()), SIGTERM);
        QVERIFY(m_sandbox.waitForFinished(10000));
    }

    void verifyWithProfileAndKeychain()
    {
        if (!haveSecretService())
            QSKIP("dbus-run-session, gnome-keyring-daemon and secret-tool (libsecret-tools) are needed");
        QTemporaryDir dir;
        Profile profile;
        const QString path = writeProfile(dir, &profile);
        QVERIFY(!path.isEmpty());
        // QtKeychain's libsecret attributes: user = the key, server = the service ("syncdesk").
        const QString script = QStringLiteral(
            "printf %s \"$SD_SF_PW\" | secret-tool store --label=pw user \"$2\" server syncdesk type "
            "plaintext "
            "&& printf %s \"$SD_SF_CS\" | secret-tool store --label=cs user \"$3\" server syncdesk type "
            "plaintext && exec \"$0\" salesforce verify --profile \"$1\" --format json");
        const Run r =
            inKeyring(script,
                      {path, secretKey(profile.id, SecretPurpose::SalesforcePassword),
                       secretKey(profile.id, SecretPurpose::SalesforceClientSecret)},
                      {{QStringLiteral("SD_SF_PW"), m_vars.value(QStringLiteral("SF_PASSWORD"))},
                       {QStringLiteral("SD_SF_CS"), m_vars.value(QStringLiteral("SF_CLIENT_SECRET"))}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("username")).toString(), m_vars.value(QStringLiteral("SF_USERNAME")));
        QCOMPARE(o.value(QStringLiteral("orgId")).toString().size(), 18);
        QCOMPARE(o.value(QStringLiteral("loginUrl")).toString(),
                 m_vars.value(QStringLiteral("SF_LOGIN_URL")));
        QCOMPARE(o.value(QStringLiteral("presenceStatuses")).toArray().size(), 5);
        for (const char* var : {"SF_PASSWORD", "SF_CLIENT_SECRET"}) {
            const QByteArray secret = m_vars.value(QString::fromLatin1(var)).toUtf8();
            QVERIFY(!r.out.contains(secret));
            QVERIFY(!r.err.contains(secret));
        }
    }

    void profileFlagsOverrideAndProfileWithoutSecretsIsUsage()
    {
        if (!haveSecretService())
            QSKIP("dbus-run-session, gnome-keyring-daemon and secret-tool (libsecret-tools) are needed");
        QTemporaryDir dir;
        Profile profile;
        const QString path = writeProfile(dir, &profile);
        QVERIFY(!path.isEmpty());
        // An empty keyring: the profile alone cannot sign in; the message says how to fix it.
        Run r = inKeyring(QStringLiteral("exec \"$0\" salesforce verify --profile \"$1\""), {path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("Account mapping"), r.err.constData());
        QVERIFY(r.err.contains("salesforce login --profile"));
        // The same profile with the secrets from flags (they override the keychain's).
        r = inKeyring(
            QStringLiteral("exec \"$0\" salesforce verify --profile \"$1\" --sf-password-env SD_SF_PW "
                           "--sf-client-secret-env SD_SF_CS"),
            {path},
            {{QStringLiteral("SD_SF_PW"), m_vars.value(QStringLiteral("SF_PASSWORD"))},
             {QStringLiteral("SD_SF_CS"), m_vars.value(QStringLiteral("SF_CLIENT_SECRET"))}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("User: " + m_vars.value(QStringLiteral("SF_USERNAME")).toUtf8()));
        // --profile and --sandbox together is a usage error.
        r = ctl({QStringLiteral("salesforce"), QStringLiteral("verify"), QStringLiteral("--profile"), path,
                 QStringLiteral("--sandbox")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--sandbox"));
    }

    void verifyAgainstBuiltInSandbox()
    {
        const Run r =
            ctl({QStringLiteral("salesforce"), QStringLiteral("verify"), QStringLiteral("--sandbox")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        SalesforceSandbox same; // same seed: same org
        QVERIFY(out.contains(QLatin1String("Org ID: ") + same.credentials().orgId));
        QVERIFY(out.contains(QLatin1String("User: ") + same.credentials().username));
        QVERIFY(out.contains(QLatin1String("Instance URL: http://127.0.0.1:")));
        QVERIFY(out.contains(QLatin1String("API usage: ")));
        QVERIFY(out.contains(QLatin1String("of 15000")));
        QVERIFY(out.contains(QLatin1String("Presence statuses: 5")));
        QVERIFY(out.contains(QLatin1String("Available_for_Chats")));
        QVERIFY(out.contains(QLatin1String("Service channels: 2")));
        verifyNoSecret(r, same);
    }

    void verifyAsJson()
    {
        const Run r = ctl({QStringLiteral("salesforce"), QStringLiteral("verify"),
                           QStringLiteral("--sandbox"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        const QString orgId = o.value(QStringLiteral("orgId")).toString();
        QCOMPARE(orgId.size(), 18);
        QVERIFY(orgId.startsWith(QLatin1String("00D")));
        QVERIFY(
            o.value(QStringLiteral("instanceUrl")).toString().startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(o.value(QStringLiteral("apiUsage")).toObject().value(QStringLiteral("used")).toInt() > 0);
        QCOMPARE(o.value(QStringLiteral("apiUsage")).toObject().value(QStringLiteral("limit")).toInt(),
                 15000);
        QCOMPARE(o.value(QStringLiteral("presenceStatuses")).toArray().size(), 5);
        QCOMPARE(o.value(QStringLiteral("serviceChannels")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("presenceStatuses"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("developerName"))
                     .toString(),
                 QStringLiteral("Available_for_Chats"));
    }

    void verifyWithFlagsAndSecretsFromEnvironment()
    {
        SalesforceSandbox sb(7, 10);
        QVERIFY(sb.start().ok());
        const Run r = ctl(flags(sb), env(sb));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(QLatin1String("Org ID: ") + sb.credentials().orgId));
        QVERIFY(out.contains(QLatin1String("Instance URL: ") + sb.baseUrl().toString()));
        QCOMPARE(sb.tokenRequestCount(), 1);
        verifyNoSecret(r, sb);
    }

    void blockedPasswordFlowFailsWithWhereToAllowIt()
    {
        SalesforceSandbox sb;
        QVERIFY(sb.start().ok());
        sb.setPasswordFlowBlocked(true);
        const Run r = ctl(flags(sb), env(sb));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("Allow OAuth Username-Password Flows"), r.err.constData());
        verifyNoSecret(r, sb);
    }

    void missingSecretOrFlagsIsUsage()
    {
        SalesforceSandbox sb;
        QVERIFY(sb.start().ok());
        Run r = ctl(flags(sb), {{QStringLiteral("SD_SF_PASSWORD"), sb.credentials().passwordWithToken()}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("SD_SF_CLIENT_SECRET"));
        r = ctl({QStringLiteral("salesforce"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--sf-client-id"));
        r = ctl({QStringLiteral("salesforce"), QStringLiteral("verify"), QStringLiteral("--sandbox"),
                 QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(sb.tokenRequestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCtlSalesforce)
#include "tst_ctl_salesforce.moc"
