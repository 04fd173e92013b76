// End-to-end: the real syncdeskctl binary, `salesforce login --sandbox`. This test is the browser:
// it reads the authorize URL the command prints on stderr, drives the sandbox's consent page and
// follows the redirect to the command's loopback port, over real sockets. No test-only switch in
// the command approves anything by itself.
#include "profile/ProfileStore.h"
#include "sandbox/SalesforceSandbox.h"
#include "secrets/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCtlSalesforceLogin : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    struct Http
    {
        int status = 0;
        QByteArray body;
        QUrl location;
    };
    Http http(const QUrl& url, const QByteArray& postBody = {}, bool post = false)
    {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* reply = post ? m_nam.post(req, postBody) : m_nam.get(req);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000); }();
        Http h{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
               url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")))};
        reply->deleteLater();
        return h;
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
        int callbackStatus = 0;
    };

    // Starts `syncdeskctl salesforce login --sandbox`, answers the consent page with `decision`.
    Run login(const QString& decision, const QString& program = QStringLiteral(SYNCDESKCTL_PATH),
              QStringList args = {})
    {
        if (args.isEmpty())
            args = {QStringLiteral("salesforce"), QStringLiteral("login"), QStringLiteral("--sandbox"),
                    QStringLiteral("--timeout"), QStringLiteral("30")};
        Run r;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // never start a real browser from a test
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        static const QRegularExpression urlRe(
            QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/services/oauth2/authorize\\S+)"));
        QRegularExpressionMatch m;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                (r.err += p.readAllStandardError(), m = urlRe.match(QString::fromUtf8(r.err)), m.hasMatch()),
                10000);
        }();
        if (!m.hasMatch())
            return r;
        const QUrl authorize(m.captured(1));
        const Http page = http(authorize);
        static const QRegularExpression requestRe(QStringLiteral("name=\"request\" value=\"([^\"]+)\""));
        const QString request = requestRe.match(QString::fromUtf8(page.body)).captured(1);
        const Http consent =
            http(authorize.resolved(QUrl(QStringLiteral("/services/oauth2/authorize/consent"))),
                 "request=" + request.toUtf8() + "&decision=" + decision.toUtf8(), true);
        if (consent.status == 302)
            r.callbackStatus = http(consent.location).status;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 15000); }();
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err += p.readAllStandardError();
        return r;
    }

private slots:
    void allowSignsIn()
    {
        const Run r = login(QStringLiteral("allow"));
        QCOMPARE(r.callbackStatus, 200);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Signed in to Salesforce: org 00D"), r.out.constData());
        QVERIFY(r.out.contains("not stored")); // no --profile: says where the sign-in would go
        // Tokens never appear: access tokens are "<org15>!…", refresh tokens start with 5Aep.
        QVERIFY(!r.out.contains('!') && !r.err.contains('!'));
        QVERIFY(!r.out.contains("5Aep") && !r.err.contains("5Aep"));
    }

    void denyFailsWithWhatToDo()
    {
        const Run r = login(QStringLiteral("deny"));
        QCOMPARE(r.callbackStatus, 200); // the browser still gets a page
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Access was denied"), r.err.constData());
        QVERIFY(r.err.contains("choose Allow"));
        QVERIFY(!r.out.contains("Signed in"));
    }

    void profileKeepsRefreshTokenInKeychain()
    {
        // A real Secret Service (private bus, unlocked gnome-keyring, throwaway HOME) and a
        // Salesforce sandbox run by this test, named as login URL in the profile.
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QSKIP("dbus-run-session and secret-tool (libsecret-tools) are needed");
        syncdesk::SalesforceSandbox sb;
        QVERIFY(sb.start().ok());
        QTemporaryDir dir;
        syncdesk::Profile profile = syncdesk::Profile::create(QStringLiteral("SF"));
        profile.salesforce.loginUrl = sb.baseUrl().toString();
        profile.salesforce.clientId = sb.credentials().clientId;
        const QString path = dir.filePath(QStringLiteral("sf.json"));
        QVERIFY(syncdesk::ProfileStore::save(path, profile).ok());
        const QString key = syncdesk::secretKey(profile.id, syncdesk::SecretPurpose::SalesforceRefreshToken);
        // The token is looked up in the same keyring session, and only its presence is printed.
        const QString script = QStringLiteral(
            "\"$0\" salesforce login --profile \"$1\" --timeout 30 || exit $?; "
            "secret-tool lookup user \"$2\" >/dev/null && echo KEYRING-HAS-TOKEN || exit 9; "
            "echo VERIFY-FOLLOWS; exec \"$0\" salesforce verify --profile \"$1\" --format json");
        // The profile has no user name or password and the org refuses the password flow: verify
        // can only sign in with the refresh token login stored (the refresh grant).
        sb.setPasswordFlowBlocked(true);
        const Run r = login(QStringLiteral("allow"),
                            QStringLiteral(SYNCDESK_SOURCE_DIR "/tests/keychain/with-secret-service.sh"),
                            {QStringLiteral("sh"), QStringLiteral("-c"), script,
                             QStringLiteral(SYNCDESKCTL_PATH), path, key});
        QCOMPARE(r.callbackStatus, 200);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("The refresh token is stored in"), r.out.constData());
        QVERIFY2(r.out.contains("KEYRING-HAS-TOKEN"), r.out.constData());
        QVERIFY(!r.out.contains("5Aep") && !r.err.contains("5Aep"));
        const auto saved = syncdesk::ProfileStore::load(path);
        QVERIFY(saved.ok());
        QVERIFY(saved.value().salesforce.hasRefreshToken);
        const QByteArray json = r.out.mid(r.out.indexOf("VERIFY-FOLLOWS") + 14);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QVERIFY2(o.value(QStringLiteral("orgId")).toString().startsWith(QLatin1String("00D")),
                 json.constData());
        QCOMPARE(o.value(QStringLiteral("username")).toString(), sb.credentials().username);
        QCOMPARE(sb.tokenRequestCount(), 2); // the code at login, the refresh grant at verify
    }

    void missingConsumerKeyIsUsageError()
    {
        QProcess p;
        p.start(QStringLiteral(SYNCDESKCTL_PATH), {QStringLiteral("salesforce"), QStringLiteral("login")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--sf-client-id"));
    }
};

QTEST_GUILESS_MAIN(TestCtlSalesforceLogin)
#include "tst_ctl_salesforce_login.moc"
