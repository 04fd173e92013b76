#include "common/Redact.h"
#include "net/RestClient.h"
#include "sandbox/ZoomSandbox.h"
#include "zoom/ZoomApi.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace syncdesk;

class TestRestClient : public QObject
{
    Q_OBJECT
    std::unique_ptr<ZoomSandbox> m_sandbox;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<ZoomAuth> m_auth;
    std::unique_ptr<ZoomApi> m_api;

    RestResponse call(const QString& path)
    {
        RestResponse out;
        bool done = false;
        RestRequest req;
        req.url = m_sandbox->apiUrl().resolved(QUrl(path));
        m_client->send(req, nullptr, [&](const RestResponse& r) {
            out = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return out;
    }

private slots:
    void init()
    {
        SandboxConfig cfg;
        cfg.users = 1234;
        cfg.ratePerSecond = 0;
        m_sandbox = std::make_unique<ZoomSandbox>(cfg);
        QVERIFY(m_sandbox->start().ok());
        m_client = std::make_unique<RestClient>();
        RestClient::Policy p;
        p.baseBackoffMs = 20;
        p.maxBackoffMs = 200;
        p.maxRetries = 3;
        m_client->setPolicy(p);
        const auto c = m_sandbox->credentials();
        ZoomEndpoints e;
        e.oauthBase = m_sandbox->oauthUrl();
        e.apiBase = m_sandbox->apiUrl();
        m_auth = std::make_unique<ZoomAuth>(m_client.get(), e, ZoomCredentials{c.accountId, c.clientId, c.clientSecret});
        m_api = std::make_unique<ZoomApi>(m_client.get(), m_auth.get());
    }
    void cleanup()
    {
        m_api.reset();
        m_auth.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void serverErrorIsRetriedThenSucceeds()
    {
        m_sandbox->injectFault(SandboxFault::ServerError, 2);
        const auto r = call(QStringLiteral("/_sandbox/stats")); // control endpoints are never faulted
        QVERIFY(r.ok());
        QCOMPARE(r.attempts, 1);
        bool done = false;
        m_api->user(m_sandbox->users().first().id, nullptr, [&](const QJsonObject& u, const Error& e) {
            QVERIFY2(e.ok(), qPrintable(e.describe()));
            QVERIFY(!u.isEmpty());
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }

    void retriesAreBoundedAndTheLastErrorIsReported()
    {
        m_sandbox->injectFault(SandboxFault::ServerError, 100);
        bool done = false;
        Error error;
        m_auth->token(nullptr, [&](const ZoomToken&, const Error& e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(error.code, ErrorCode::ServerError);
        QCOMPARE(error.httpStatus, 500);
        QCOMPARE(m_sandbox->tokenRequestCount(), 4); // 1 + maxRetries
    }

    void rateLimitHonoursRetryAfter()
    {
        m_sandbox->injectFault(SandboxFault::RateLimited, 1, 0, 1);
        QElapsedTimer t;
        t.start();
        bool done = false;
        m_auth->token(nullptr, [&](const ZoomToken& tok, const Error& e) {
            QVERIFY2(e.ok(), qPrintable(e.describe()));
            QVERIFY(!tok.accessToken.isEmpty());
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(t.elapsed() >= 950, "the client must wait the Retry-After seconds");
        QCOMPARE(m_sandbox->tokenRequestCount(), 2);
    }

    void longRetryAfterIsNotWaitedFor()
    {
        RestClient::Policy p = m_client->policy();
        p.maxRetryAfterSec = 5;
        m_client->setPolicy(p);
        m_sandbox->injectFault(SandboxFault::RateLimited, 1, 0, 120);
        bool done = false;
        Error error;
        m_auth->token(nullptr, [&](const ZoomToken&, const Error& e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(error.code, ErrorCode::RateLimited);
        QVERIFY(error.message.contains(QLatin1String("120")));
    }

    void droppedConnectionIsRetried()
    {
        m_sandbox->injectFault(SandboxFault::Drop, 1);
        bool done = false;
        m_auth->token(nullptr, [&](const ZoomToken& tok, const Error& e) {
            QVERIFY2(e.ok(), qPrintable(e.describe()));
            QVERIFY(!tok.accessToken.isEmpty());
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(m_sandbox->tokenRequestCount(), 2);
    }

    void sandboxRateLimitIsAbsorbed()
    {
        m_sandbox->setRateLimit(5);
        int ok = 0, finished = 0;
        for (int i = 0; i < 12; ++i) {
            m_api->user(m_sandbox->users().at(i).email, nullptr, [&](const QJsonObject&, const Error& e) {
                ++finished;
                ok += e.ok() ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 12, 15000);
        QCOMPARE(ok, 12);
    }

    void pagingDeliversEveryUserOnce()
    {
        QSet<QString> ids;
        int pages = 0;
        bool done = false;
        int delivered = 0, total = 0;
        m_api->allUsers(QStringLiteral("active"), 300, nullptr,
                        [&](const QList<QJsonObject>& items) {
                            ++pages;
                            for (const auto& u : items)
                                ids.insert(u.value(QStringLiteral("id")).toString());
                            return true;
                        },
                        [&](int d, int t, const Error& e) {
                            QVERIFY2(e.ok(), qPrintable(e.describe()));
                            delivered = d;
                            total = t;
                            done = true;
                        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        int active = 0;
        for (const auto& u : m_sandbox->users())
            active += u.status == QLatin1String("active") ? 1 : 0;
        QCOMPARE(total, active);
        QCOMPARE(delivered, active);
        QCOMPARE(ids.size(), active);
        QCOMPARE(pages, (active + 299) / 300);
    }

    void pagingStopsWhenAsked()
    {
        bool done = false;
        Error error;
        int delivered = 0;
        m_api->allUsers(QStringLiteral("active"), 100, nullptr, [&](const QList<QJsonObject>&) { return false; },
                        [&](int d, int, const Error& e) {
                            delivered = d;
                            error = e;
                            done = true;
                        });
        QTRY_VERIFY(done);
        QCOMPARE(error.code, ErrorCode::Cancelled);
        QCOMPARE(delivered, 100);
    }

    void notFoundUserIsCode1001()
    {
        bool done = false;
        m_api->user(QStringLiteral("nobody@nowhere.example"), nullptr, [&](const QJsonObject&, const Error& e) {
            QCOMPARE(e.code, ErrorCode::NotFound);
            QCOMPARE(e.serviceCode, 1001);
            done = true;
        });
        QTRY_VERIFY(done);
    }

    void redactionHidesSecretsInUrlsAndHeaders()
    {
        const QUrl u(QStringLiteral("wss://ws.zoom.us/ws?subscriptionId=abc&access_token=eyJSECRET"));
        const QString r = redact::url(u);
        QVERIFY(!r.contains(QLatin1String("eyJSECRET")));
        QVERIFY(r.contains(QLatin1String("subscriptionId=abc")));
        QCOMPARE(redact::header("Authorization", "Bearer abc"), QByteArray("***"));
        QCOMPARE(redact::header("Accept", "application/json"), QByteArray("application/json"));
        QVERIFY(!redact::hint(QStringLiteral("supersecretvalue1234")).contains(QLatin1String("supersecret")));
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
