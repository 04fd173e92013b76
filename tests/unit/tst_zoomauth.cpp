#include "net/RestClient.h"
#include "sandbox/ZoomSandbox.h"
#include "zoom/ZoomApi.h"
#include "zoom/ZoomAuth.h"
#include "zoom/ZoomConnectionCheck.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTest>

using namespace syncdesk;

class TestZoomAuth : public QObject
{
    Q_OBJECT
    std::unique_ptr<ZoomSandbox> m_sandbox;
    std::unique_ptr<RestClient> m_client;

    ZoomEndpoints endpoints() const
    {
        ZoomEndpoints e;
        e.oauthBase = m_sandbox->oauthUrl();
        e.apiBase = m_sandbox->apiUrl();
        return e;
    }
    ZoomCredentials creds() const
    {
        const auto c = m_sandbox->credentials();
        return {c.accountId, c.clientId, c.clientSecret};
    }

    struct TokenResult
    {
        bool called = false;
        ZoomToken token;
        Error error;
    };
    static TokenResult waitToken(ZoomAuth& auth)
    {
        TokenResult r;
        auth.token(nullptr, [&](const ZoomToken& t, const Error& e) {
            r.called = true;
            r.token = t;
            r.error = e;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(r.called, 10000); }();
        return r;
    }

private slots:
    void init()
    {
        SandboxConfig cfg;
        cfg.users = 40;
        cfg.ratePerSecond = 0;
        m_sandbox = std::make_unique<ZoomSandbox>(cfg);
        QVERIFY(m_sandbox->start().ok());
        m_client = std::make_unique<RestClient>();
        RestClient::Policy fast;
        fast.baseBackoffMs = 20;
        fast.maxBackoffMs = 100;
        fast.timeoutMs = 3000;
        m_client->setPolicy(fast);
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void tokenIsFetchedWithScopesAndApiUrl()
    {
        ZoomAuth auth(m_client.get(), endpoints(), creds());
        const auto r = waitToken(auth);
        QVERIFY2(r.error.ok(), qPrintable(r.error.describe()));
        QVERIFY(!r.token.accessToken.isEmpty());
        QCOMPARE(r.token.expiresIn, 3600);
        QVERIFY(r.token.scopes.contains(QStringLiteral("user:read:admin")));
        QCOMPARE(r.token.apiUrl.port(), m_sandbox->apiUrl().port());
        QCOMPARE(auth.apiBase().port(), m_sandbox->apiUrl().port());
    }

    void tokenIsCachedUntilSixtySecondsBeforeExpiry()
    {
        ZoomAuth auth(m_client.get(), endpoints(), creds());
        QDateTime now = QDateTime::currentDateTimeUtc();
        auth.setClock([&] { return now; });
        const auto first = waitToken(auth);
        QVERIFY(first.error.ok());
        QCOMPARE(m_sandbox->tokenRequestCount(), 1);
        now = now.addSecs(3600 - 61);
        const auto second = waitToken(auth);
        QCOMPARE(second.token.accessToken, first.token.accessToken);
        QCOMPARE(m_sandbox->tokenRequestCount(), 1);
        now = now.addSecs(2); // 59 s left: inside the refresh margin
        const auto third = waitToken(auth);
        QVERIFY(third.error.ok());
        QCOMPARE(m_sandbox->tokenRequestCount(), 2);
        QVERIFY(third.token.accessToken != first.token.accessToken);
    }

    void concurrentCallersShareOneRequest()
    {
        ZoomAuth auth(m_client.get(), endpoints(), creds());
        int answered = 0;
        QSet<QByteArray> tokens;
        for (int i = 0; i < 10; ++i) {
            auth.token(nullptr, [&](const ZoomToken& t, const Error& e) {
                QVERIFY(e.ok());
                tokens.insert(t.accessToken);
                ++answered;
            });
        }
        QTRY_COMPARE(answered, 10);
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(m_sandbox->tokenRequestCount(), 1);
        QCOMPARE(auth.tokenRequestsSent(), 1);
    }

    void invalidTokenIsRenewedOnceAndTheCallRetried()
    {
        ZoomAuth auth(m_client.get(), endpoints(), creds());
        ZoomApi api(m_client.get(), &auth);
        bool done = false;
        api.user(m_sandbox->users().first().email, nullptr, [&](const QJsonObject& u, const Error& e) {
            QVERIFY2(e.ok(), qPrintable(e.describe()));
            QVERIFY(!u.value(QStringLiteral("id")).toString().isEmpty());
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(m_sandbox->tokenRequestCount(), 1);

        m_sandbox->invalidateTokens(); // e.g. another instance took a new token
        done = false;
        api.presence(m_sandbox->users().first().id, nullptr, [&](const QString& status, const Error& e) {
            QVERIFY2(e.ok(), qPrintable(e.describe()));
            QVERIFY(!status.isEmpty());
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(m_sandbox->tokenRequestCount(), 2);
    }

    void persistentlyInvalidTokenFailsAfterOneRetry()
    {
        m_sandbox->setTokenTtl(0); // every token is born expired
        ZoomAuth auth(m_client.get(), endpoints(), creds());
        ZoomApi api(m_client.get(), &auth);
        bool done = false;
        api.user(m_sandbox->users().first().id, nullptr, [&](const QJsonObject&, const Error& e) {
            QCOMPARE(e.code, ErrorCode::InvalidToken);
            QCOMPARE(e.serviceCode, 124);
            QCOMPARE(e.service, Service::Zoom);
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(m_sandbox->tokenRequestCount(), 2); // first token + exactly one renewal
    }

    void wrongSecretIsInvalidClient()
    {
        ZoomCredentials c = creds();
        c.clientSecret = QStringLiteral("wrong");
        ZoomAuth auth(m_client.get(), endpoints(), c);
        const auto r = waitToken(auth);
        QCOMPARE(r.error.code, ErrorCode::InvalidClient);
        QCOMPARE(r.error.service, Service::Zoom);
        QCOMPARE(r.error.httpStatus, 400);
        QVERIFY(r.error.message.contains(QLatin1String("client secret")));
        QVERIFY(!r.error.detail.contains(QLatin1String("wrong"))); // the secret never reaches the detail
    }

    void generalAppIsUnsupportedGrantType()
    {
        const auto g = m_sandbox->generalAppCredentials();
        ZoomAuth auth(m_client.get(), endpoints(), {g.accountId, g.clientId, g.clientSecret});
        const auto r = waitToken(auth);
        QCOMPARE(r.error.code, ErrorCode::UnsupportedGrantType);
        QVERIFY(r.error.message.contains(QLatin1String("Server-to-Server")));
    }

    void unreachableHostIsConnectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        ZoomEndpoints e;
        e.oauthBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        ZoomAuth auth(m_client.get(), e, creds());
        const auto r = waitToken(auth);
        QCOMPARE(r.error.code, ErrorCode::ConnectionRefused);
        // A transport failure on the way to Zoom is still Zoom's row in the health view.
        QCOMPARE(r.error.service, Service::Zoom);
        QVERIFY2(r.error.describe().contains(QLatin1String("(zoom: ")), qPrintable(r.error.describe()));
    }

    void unknownHostIsHostNotFound()
    {
        ZoomEndpoints e;
        e.oauthBase = QUrl(QStringLiteral("http://no-such-host.invalid"));
        ZoomAuth auth(m_client.get(), e, creds());
        const auto r = waitToken(auth);
        QCOMPARE(r.error.code, ErrorCode::HostNotFound);
        QVERIFY(r.error.message.contains(QLatin1String("no-such-host.invalid")));
    }

    void tlsFailureHasItsOwnMessage()
    {
        // A TLS server whose self-signed certificate the client must refuse, as it would refuse an
        // intercepting proxy's certificate.
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("k")),
                       QStringLiteral("-out"), dir.filePath(QStringLiteral("c"))});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            QSKIP("openssl is not available to make a test certificate");
        QFile cf(dir.filePath(QStringLiteral("c"))), kf(dir.filePath(QStringLiteral("k")));
        QVERIFY(cf.open(QIODevice::ReadOnly) && kf.open(QIODevice::ReadOnly));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(QSslCertificate(cf.readAll()));
        conf.setPrivateKey(QSslKey(kf.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(conf);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ZoomEndpoints e;
        e.oauthBase = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        ZoomAuth auth(m_client.get(), e, creds());
        const auto r = waitToken(auth);
        QCOMPARE(r.error.code, ErrorCode::Tls);
        QVERIFY(r.error.message.contains(QLatin1String("TLS")));
    }

    void slowServerTimesOut()
    {
        RestClient::Policy p = m_client->policy();
        p.timeoutMs = 300;
        p.maxRetries = 0;
        m_client->setPolicy(p);
        m_sandbox->injectFault(SandboxFault::Delay, 1, 2000);
        ZoomAuth auth(m_client.get(), endpoints(), creds());
        const auto r = waitToken(auth);
        QCOMPARE(r.error.code, ErrorCode::Timeout);
    }

    void connectionTestReportsScopesAndUsers()
    {
        QStringList scopes = SandboxConfig::defaultGrantedScopes();
        scopes.removeAll(QStringLiteral("phone:read:admin"));
        m_sandbox->setGrantedScopes(scopes);
        ZoomConnectionCheck test(m_client.get());
        QSignalSpy finished(&test, &ZoomConnectionCheck::finished);
        test.start(endpoints(), creds());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto report = finished.first().at(0).value<ZoomConnectionReport>();
        const auto error = finished.first().at(1).value<Error>();
        QVERIFY2(error.ok(), qPrintable(error.describe()));
        int active = 0;
        for (const auto& u : m_sandbox->users())
            active += u.status == QLatin1String("active") ? 1 : 0;
        QCOMPARE(report.userCount, active);
        QCOMPARE(report.missingScopes.size(), 1);
        QCOMPARE(report.missingScopes.first().classic, QStringLiteral("phone:read:admin"));
        QCOMPARE(report.phoneUserCount, -1);
        QVERIFY(report.apiHost.startsWith(QLatin1String("127.0.0.1:")));
    }
};

QTEST_GUILESS_MAIN(TestZoomAuth)
#include "tst_zoomauth.moc"
