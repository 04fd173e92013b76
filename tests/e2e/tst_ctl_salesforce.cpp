// End-to-end: the real syncdeskctl binary, `salesforce verify`, against its in-process Salesforce
// sandbox (--sandbox) and against a Salesforce sandbox run by this test (--sf-* flags, secrets in
// environment variables named by flags), over real sockets. Secrets never appear in the output.
#include "sandbox/SalesforceSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

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
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(SYNCDESKCTL_PATH), args);
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

private slots:
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
