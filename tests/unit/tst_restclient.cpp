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

    // --- redirects (issue 6, 5e) ------------------------------------------------------------

    // A second sandbox on another port is another origin: what it receives is what leaked.
    std::unique_ptr<ZoomSandbox> otherOrigin()
    {
        SandboxConfig cfg;
        cfg.users = 5;
        cfg.ratePerSecond = 0;
        auto other = std::make_unique<ZoomSandbox>(cfg);
        if (!other->start().ok())
            return {};
        return other;
    }

    Error tokenError()
    {
        bool done = false;
        Error error;
        m_auth->token(nullptr, [&](const ZoomToken&, const Error& e) {
            error = e;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return error;
    }

    Error userError(QJsonObject* out = nullptr)
    {
        bool done = false;
        Error error;
        m_api->user(m_sandbox->users().first().id, nullptr, [&](const QJsonObject& u, const Error& e) {
            error = e;
            if (out)
                *out = u;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return error;
    }

    void crossOriginRedirectOfTheTokenRequestSendsNoSecret()
    {
        auto other = otherOrigin();
        QVERIFY(other);
        m_sandbox->injectRedirect(other->baseUrl(), 307);
        const Error e = tokenError();
        QCOMPARE(e.code, ErrorCode::CrossOriginRedirect);
        QCOMPARE(e.service, Service::Zoom);
        const QString target = QStringLiteral("127.0.0.1:%1").arg(other->port());
        QVERIFY2(e.message.contains(target), qPrintable(e.message));
        QVERIFY2(!e.describe().contains(m_sandbox->credentials().clientSecret), "no secret in the error");
        QCOMPARE(m_auth->cachedToken().has_value(), false);
        // The other origin heard nothing, so the Basic credentials cannot have reached it.
        for (const auto& seen : other->seenRequests())
            QVERIFY2(!seen.hasHeader("authorization"), qPrintable(seen.path));
        QCOMPARE(other->tokenRequestCount(), 0);
        QCOMPARE(m_sandbox->tokenRequestCount(), 1); // an error, not retried
    }

    void crossOriginRedirectOfAnApiCallSendsNoBearer()
    {
        QVERIFY(tokenError().ok());
        auto other = otherOrigin();
        QVERIFY(other);
        m_sandbox->injectRedirect(other->baseUrl(), 302);
        const Error e = userError();
        QCOMPARE(e.code, ErrorCode::CrossOriginRedirect);
        QCOMPARE(e.service, Service::Zoom);
        QCOMPARE(e.httpStatus, 302);
        QVERIFY2(e.message.contains(QStringLiteral("127.0.0.1:%1").arg(other->port())), qPrintable(e.message));
        QCOMPARE(other->apiRequestCount(), 0);
        for (const auto& seen : other->seenRequests())
            QVERIFY(!seen.hasHeader("authorization"));
    }

    void crossOriginRedirectWithoutCredentialsIsFollowed()
    {
        auto other = otherOrigin();
        QVERIFY(other);
        m_sandbox->injectRedirect(other->baseUrl(), 302);
        // No Authorization: nothing to leak, so the redirect is followed to the other origin,
        // which then answers 401 as Zoom does for a call without a token.
        const RestResponse r = call(QStringLiteral("/v2/users"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error.code, ErrorCode::HttpError);
        QCOMPARE(other->apiRequestCount(), 1);
        QVERIFY(!other->seenRequests().constLast().hasHeader("authorization"));
    }

    void markedCredentialHeaderMakesARequestAuthenticated()
    {
        auto other = otherOrigin();
        QVERIFY(other);
        m_sandbox->injectRedirect(other->baseUrl(), 302);
        RestRequest req;
        req.url = m_sandbox->apiUrl().resolved(QUrl(QStringLiteral("/v2/users")));
        req.headers.append({QByteArrayLiteral("X-Api-Key"), QByteArrayLiteral("k3y")});
        req.credentialHeaders.append(QByteArrayLiteral("x-api-key"));
        RestResponse out;
        bool done = false;
        m_client->send(req, nullptr, [&](const RestResponse& r) {
            out = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(out.error.code, ErrorCode::CrossOriginRedirect);
        QCOMPARE(out.error.service, Service::Network);
        QCOMPARE(other->apiRequestCount(), 0);
    }

    void sameOriginRedirectKeepsCredentials()
    {
        // 307 on the token POST: method, body and Basic credentials go along.
        m_sandbox->injectRedirect(m_sandbox->baseUrl(), 307);
        QVERIFY(tokenError().ok());
        QCOMPARE(m_sandbox->tokenRequestCount(), 2);
        // 302 on a GET with the bearer token: the sandbox answers the second hop only with it.
        m_sandbox->clearSeenRequests();
        m_sandbox->injectRedirect(m_sandbox->baseUrl(), 302);
        QJsonObject user;
        const Error e = userError(&user);
        QVERIFY2(e.ok(), qPrintable(e.describe()));
        QCOMPARE(user.value(QStringLiteral("id")).toString(), m_sandbox->users().first().id);
        const auto seen = m_sandbox->seenRequests();
        QCOMPARE(seen.size(), 2);
        QVERIFY(seen.at(0).hasHeader("authorization"));
        QVERIFY(seen.at(1).hasHeader("authorization"));
    }

    void redirectLoopsEnd()
    {
        QVERIFY(tokenError().ok());
        m_sandbox->injectRedirect(m_sandbox->baseUrl(), 302, 100);
        const Error e = userError();
        QCOMPARE(e.code, ErrorCode::TooManyRedirects);
        QCOMPARE(e.service, Service::Zoom);
        m_sandbox->clearFaults();
    }

    void redirectToAnotherSchemeIsRefused()
    {
        m_sandbox->injectRedirect(QUrl(QStringLiteral("ftp://127.0.0.1:21/x")), 302);
        const RestResponse r = call(QStringLiteral("/v2/users"));
        QCOMPARE(r.error.code, ErrorCode::InsecureRedirect);
        QVERIFY2(r.error.message.contains(QLatin1String("ftp://127.0.0.1:21/x")), qPrintable(r.error.message));
    }

    void originComparison()
    {
        const auto same = [](const char* a, const char* b) {
            return RestClient::sameOrigin(QUrl(QString::fromLatin1(a)), QUrl(QString::fromLatin1(b)));
        };
        QVERIFY(same("https://api.zoom.us/v2/users", "https://API.zoom.us:443/v2/x"));
        QVERIFY(same("http://127.0.0.1:8080/a", "http://127.0.0.1:8080/b?c=d"));
        QVERIFY(!same("https://api.zoom.us/", "http://api.zoom.us/"));
        QVERIFY(!same("https://api.zoom.us/", "https://api.zoom.us:8443/"));
        QVERIFY(!same("https://api.zoom.us/", "https://evil.example/"));
        QVERIFY(!same("https://zoom.us/", "https://api.zoom.us/"));
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
