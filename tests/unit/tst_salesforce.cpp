// Salesforce sign-in (username-password flow) and REST calls against the Salesforce sandbox over
// real loopback sockets: the token, the instance URL, paging with nextRecordsUrl, one re-token on
// 401 INVALID_SESSION_ID, Sforce-Limit-Info, and the sandbox's own OAuth pages (consent, PKCE).
#include "net/RestClient.h"
#include "salesforce/SalesforceApi.h"
#include "salesforce/SalesforceAuth.h"
#include "sandbox/SalesforceSandbox.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace syncdesk;

class TestSalesforce : public QObject
{
    Q_OBJECT

    struct TokenResult
    {
        bool called = false;
        SalesforceToken token;
        Error error;
    };

    static TokenResult waitToken(SalesforceAuth& auth)
    {
        TokenResult r;
        auth.token(nullptr, [&](const SalesforceToken& t, const Error& e) {
            r.called = true;
            r.token = t;
            r.error = e;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(r.called, 10000); }();
        return r;
    }

    template <typename T> static Result<T> wait(const std::function<void(SalesforceApi::Callback<T>)>& start)
    {
        std::optional<Result<T>> out;
        start([&](const Result<T>& r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000); }();
        return out.value_or(Result<T>(Error::make(ErrorCode::Timeout, QStringLiteral("no answer"))));
    }

    static SalesforceCredentials creds(const SalesforceSandbox& sb)
    {
        const auto c = sb.credentials();
        return {c.clientId, c.clientSecret, c.username, c.passwordWithToken()};
    }

    static RestClient::Policy fastPolicy()
    {
        RestClient::Policy p;
        p.baseBackoffMs = 10;
        p.maxBackoffMs = 50;
        return p;
    }

    // A plain HTTP exchange with the sandbox, as a browser would make it (no redirects followed).
    struct Http
    {
        int status = 0;
        QByteArray body;
        QByteArray location;
    };
    Http http(const QUrl& url, const QByteArray& postBody = {}, bool post = false)
    {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* reply = nullptr;
        if (post) {
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
            reply = m_nam.post(req, postBody);
        } else {
            reply = m_nam.get(req);
        }
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000); }();
        Http h{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
               reply->rawHeader("Location")};
        reply->deleteLater();
        return h;
    }

    QNetworkAccessManager m_nam;

private slots:
    // A refused sign-in (nothing to sign in with) answers from the event loop, never inside
    // token(): syncdeskctl waits in a QEventLoop after asking and hung when the answer came first.
    void incompleteCredentialsAnswerLater()
    {
        RestClient client;
        SalesforceAuth auth(&client, SalesforceLogin::production(), SalesforceCredentials{});
        bool answered = false;
        Error error;
        auth.token(&auth, [&](const SalesforceToken&, const Error& e) {
            answered = true;
            error = e;
        });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
        QCOMPARE(error.code, ErrorCode::InvalidInput);
        QVERIFY(error.message.contains(QLatin1String("consumer key")));
    }

    void passwordFlowSignsInAndCallsGoToTheInstance()
    {
        SalesforceSandbox sb;
        QVERIFY(sb.start().ok());
        RestClient client;
        SalesforceAuth auth(&client, sb.baseUrl(), creds(sb));
        const TokenResult t = waitToken(auth);
        QVERIFY2(t.error.ok(), qPrintable(t.error.describe()));
        QCOMPARE(t.token.instanceUrl, sb.baseUrl());
        QCOMPARE(t.token.orgId, sb.credentials().orgId);
        QCOMPARE(t.token.orgId.size(), 18);
        QVERIFY(t.token.orgId.startsWith(QLatin1String("00D")));
        QCOMPARE(t.token.userId, sb.credentials().userId);
        QVERIFY(t.token.issuedAt.isValid());
        QVERIFY(t.token.refreshToken.isEmpty()); // the password flow issues none

        // A second caller gets the cached token; two callers at once share one request.
        SalesforceAuth auth2(&client, sb.baseUrl(), creds(sb));
        int answers = 0;
        auth2.token(nullptr, [&](const SalesforceToken&, const Error& e) { answers += e.ok(); });
        auth2.token(nullptr, [&](const SalesforceToken&, const Error& e) { answers += e.ok(); });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 2, 10000);
        QCOMPARE(auth2.tokenRequestsSent(), 1);

        SalesforceApi api(&client, &auth);
        const auto info = wait<SalesforceUserInfo>([&](auto done) { api.userInfo(nullptr, done); });
        QVERIFY2(info.ok(), qPrintable(info.error().describe()));
        QCOMPARE(info.value().orgId, sb.credentials().orgId);
        QCOMPARE(info.value().userId, sb.credentials().userId);
        QCOMPARE(info.value().username, sb.credentials().username);
        QCOMPARE(sb.tokenRequestCount(), 2);
    }

    void blockedPasswordFlowSaysWhereToAllowIt()
    {
        SalesforceSandbox sb;
        QVERIFY(sb.start().ok());
        sb.setPasswordFlowBlocked(true);
        RestClient client;
        SalesforceAuth auth(&client, sb.baseUrl(), creds(sb));
        const TokenResult t = waitToken(auth);
        QVERIFY(!t.error.ok());
        QCOMPARE(t.error.service, Service::Salesforce);
        QCOMPARE(t.error.httpStatus, 400);
        QVERIFY(t.error.detail.contains(QLatin1String("invalid_grant")));
        QVERIFY2(t.error.message.contains(QLatin1String("Allow OAuth Username-Password Flows")),
                 qPrintable(t.error.message));
        QVERIFY(t.error.message.contains(QLatin1String("OAuth and OpenID Connect Settings")));
        QVERIFY(t.error.message.contains(QLatin1String("browser sign-in")));
        QVERIFY(!t.error.describe().contains(sb.credentials().password));
        QVERIFY(!t.error.describe().contains(sb.credentials().clientSecret));
    }

    void wrongPasswordOrMissingTokenIsRefused()
    {
        SalesforceSandbox sb;
        QVERIFY(sb.start().ok());
        RestClient client;
        SalesforceCredentials c = creds(sb);
        c.password = sb.credentials().password; // the security token forgotten
        SalesforceAuth auth(&client, sb.baseUrl(), c);
        const TokenResult t = waitToken(auth);
        QVERIFY(!t.error.ok());
        QVERIFY(t.error.message.contains(QLatin1String("security token")));
        QVERIFY(!t.error.describe().contains(sb.credentials().password));

        SalesforceCredentials bad = creds(sb);
        bad.clientSecret = QStringLiteral("WRONG");
        SalesforceAuth auth2(&client, sb.baseUrl(), bad);
        const TokenResult t2 = waitToken(auth2);
        QCOMPARE(t2.error.code, ErrorCode::InvalidClient);
        QVERIFY(t2.error.message.contains(QLatin1String("consumer secret")));

        SalesforceCredentials none;
        SalesforceAuth auth3(&client, sb.baseUrl(), none);
        QCOMPARE(waitToken(auth3).error.code, ErrorCode::InvalidInput);
    }

    void queryFollowsNextRecordsUrl()
    {
        SalesforceSandbox sb(1, 25);
        QVERIFY(sb.start().ok());
        sb.setPageSize(7);
        RestClient client;
        SalesforceAuth auth(&client, sb.baseUrl(), creds(sb));
        SalesforceApi api(&client, &auth);
        int pages = 0;
        sb.connect(&sb, &SalesforceSandbox::requestServed, &sb,
                   [&](const QString&, const QString& path, int) {
                       if (path.contains(QLatin1String("/query")))
                           ++pages;
                   });
        const auto users = wait<QList<QJsonObject>>(
            [&](auto done) { api.query(QStringLiteral("SELECT Id, Email, Name FROM User"), nullptr, done); });
        QVERIFY2(users.ok(), qPrintable(users.error().describe()));
        QCOMPARE(users.value().size(), sb.userCount());
        QCOMPARE(sb.userCount(), 26); // the admin and 25 people
        QCOMPARE(pages, 4);           // 7 + 7 + 7 + 5
        QSet<QString> ids;
        for (const QJsonObject& u : users.value()) {
            ids.insert(u.value(QStringLiteral("Id")).toString());
            QVERIFY(u.value(QStringLiteral("Email")).toString().contains(QLatin1Char('@')));
        }
        QCOMPARE(ids.size(), 26); // every record once, none repeated across pages

        const auto statuses =
            wait<QList<SalesforcePresenceStatus>>([&](auto done) { api.presenceStatuses(nullptr, done); });
        QVERIFY(statuses.ok());
        QStringList names;
        for (const auto& s : statuses.value())
            names.append(s.developerName);
        QVERIFY(names.contains(QLatin1String("Available_for_Chats")));
        QVERIFY(names.contains(QLatin1String("Busy_On_Case")));
        const auto channels =
            wait<QList<SalesforceServiceChannel>>([&](auto done) { api.serviceChannels(nullptr, done); });
        QVERIFY(channels.ok());
        QCOMPARE(channels.value().size(), 2);

        const auto bad = wait<QList<QJsonObject>>(
            [&](auto done) { api.query(QStringLiteral("SELECT Id FROM PresenceThing"), nullptr, done); });
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().detail.contains(QLatin1String("INVALID_TYPE")));
    }

    void expiredSessionGetsOneNewTokenAndRetry()
    {
        SalesforceSandbox sb(1, 10);
        QVERIFY(sb.start().ok());
        sb.setPageSize(4);
        RestClient client;
        SalesforceAuth auth(&client, sb.baseUrl(), creds(sb));
        SalesforceApi api(&client, &auth);
        QVERIFY(waitToken(auth).error.ok());
        QCOMPARE(sb.tokenRequestCount(), 1);
        // The session ends mid-run: between the first and the second page.
        bool invalidated = false;
        connect(&sb, &SalesforceSandbox::requestServed, this,
                [&](const QString&, const QString& path, int status) {
                    if (!invalidated && path.endsWith(QLatin1String("/query")) && status == 200) {
                        invalidated = true;
                        sb.invalidateTokens();
                    }
                });
        int unauthorized = 0;
        connect(&sb, &SalesforceSandbox::requestServed, this,
                [&](const QString&, const QString&, int status) { unauthorized += status == 401; });
        const auto users = wait<QList<QJsonObject>>(
            [&](auto done) { api.query(QStringLiteral("SELECT Id, Email FROM User"), nullptr, done); });
        QVERIFY2(users.ok(), qPrintable(users.error().describe()));
        QCOMPARE(users.value().size(), 11);
        QCOMPARE(unauthorized, 1);
        QCOMPARE(sb.tokenRequestCount(), 2); // one re-token, not one per page

        // A token that keeps failing is retried once, then reported.
        sb.setTokenTtl(0);
        sb.invalidateTokens();
        const auto info = wait<SalesforceUserInfo>([&](auto done) { api.userInfo(nullptr, done); });
        QVERIFY(!info.ok());
        QCOMPARE(info.error().httpStatus, 401);
        QVERIFY(info.error().detail.contains(QLatin1String("INVALID_SESSION_ID")));
        QCOMPARE(sb.tokenRequestCount(), 3);
    }

    void limitInfoIsParsed()
    {
        QCOMPARE(SalesforceApi::parseLimitInfo("api-usage=18/15000")->used, 18);
        QCOMPARE(SalesforceApi::parseLimitInfo("api-usage=18/15000")->limit, 15000);
        QCOMPARE(SalesforceApi::parseLimitInfo("per-app-api-usage=2/250(appName=x), api-usage=7/5000")->used,
                 7);
        QVERIFY(!SalesforceApi::parseLimitInfo("per-app-api-usage=2/250").has_value());
        QVERIFY(!SalesforceApi::parseLimitInfo("").has_value());

        SalesforceSandbox sb;
        QVERIFY(sb.start().ok());
        RestClient client;
        SalesforceAuth auth(&client, sb.baseUrl(), creds(sb));
        SalesforceApi api(&client, &auth);
        QVERIFY(!api.apiUsage().has_value());
        QVERIFY(wait<QList<SalesforceServiceChannel>>([&](auto done) {
                    api.serviceChannels(nullptr, done);
                }).ok());
        QVERIFY(wait<QList<SalesforceServiceChannel>>([&](auto done) {
                    api.serviceChannels(nullptr, done);
                }).ok());
        QVERIFY(api.apiUsage().has_value());
        QCOMPARE(api.apiUsage()->used, sb.apiRequestCount());
        QCOMPARE(api.apiUsage()->used, 2);
        QCOMPARE(api.apiUsage()->limit, 15000);
    }

    void rateLimitAndBusyAreRetriedByRestClient()
    {
        SalesforceSandbox sb;
        QVERIFY(sb.start().ok());
        RestClient client;
        client.setPolicy(fastPolicy());
        SalesforceAuth auth(&client, sb.baseUrl(), creds(sb));
        SalesforceApi api(&client, &auth);
        QVERIFY(waitToken(auth).error.ok());
        sb.injectFault(SalesforceSandboxFault::RateLimited, 1, 1);
        sb.injectFault(SalesforceSandboxFault::ServerBusy, 1);
        QElapsedTimer timer;
        timer.start();
        const auto statuses =
            wait<QList<SalesforcePresenceStatus>>([&](auto done) { api.presenceStatuses(nullptr, done); });
        QVERIFY2(statuses.ok(), qPrintable(statuses.error().describe()));
        QCOMPARE(statuses.value().size(), sb.presenceStatusCount());
        QCOMPARE(sb.apiRequestCount(), 3);
        QVERIFY(timer.elapsed() >= 900); // Retry-After: 1 was honoured

        // More faults than retries: the error says rate limited, and whose.
        sb.injectFault(SalesforceSandboxFault::RateLimited, 10, 0);
        const auto failed =
            wait<QList<SalesforcePresenceStatus>>([&](auto done) { api.presenceStatuses(nullptr, done); });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::RateLimited);
        QCOMPARE(failed.error().service, Service::Salesforce);
    }

    void loginUrlsAreNormalized()
    {
        QCOMPARE(SalesforceLogin::normalize(QStringLiteral("acme.my.salesforce.com")),
                 QUrl(QStringLiteral("https://acme.my.salesforce.com")));
        QCOMPARE(
            SalesforceLogin::normalize(QStringLiteral(" https://test.salesforce.com/services/oauth2/token ")),
            SalesforceLogin::sandbox());
        QVERIFY(SalesforceLogin::normalize(QStringLiteral("ftp://x")).isEmpty());
        QVERIFY(SalesforceLogin::normalize(QString()).isEmpty());
        QCOMPARE(SalesforceApi::toId18(QStringLiteral("00D50000000IZ3Z")),
                 QStringLiteral("00D50000000IZ3ZEAW"));
        QCOMPARE(SalesforceSandbox::id18(QStringLiteral("00550000001fg5O")),
                 QStringLiteral("00550000001fg5OAAQ"));
    }

    // The sandbox's side of the browser flow: consent page, code, PKCE check, refresh.
    void sandboxAuthorizationCodeWithPkce()
    {
        SalesforceSandbox sb;
        QVERIFY(sb.start().ok());
        const auto c = sb.credentials();
        const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        const QByteArray challenge =
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QString redirect = QStringLiteral("http://127.0.0.1:45678/");
        QUrl authorize = sb.baseUrl();
        authorize.setPath(QStringLiteral("/services/oauth2/authorize"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), c.clientId);
        q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("st8"));
        q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        authorize.setQuery(q);

        auto consent = [&](const QByteArray& decision) {
            const Http page = http(authorize);
            [&] { QCOMPARE(page.status, 200); }();
            const auto m = QRegularExpression(QStringLiteral("name=\"request\" value=\"([^\"]+)\""))
                               .match(QString::fromUtf8(page.body));
            [&] { QVERIFY(m.hasMatch()); }();
            QUrl post = sb.baseUrl();
            post.setPath(QStringLiteral("/services/oauth2/authorize/consent"));
            return http(post, "request=" + m.captured(1).toLatin1() + "&decision=" + decision, true);
        };
        const Http denied = consent("deny");
        QCOMPARE(denied.status, 302);
        QVERIFY(denied.location.startsWith(redirect.toLatin1()));
        QVERIFY(denied.location.contains("error=access_denied"));
        QVERIFY(denied.location.contains("state=st8"));

        const Http allowed = consent("allow");
        QCOMPARE(allowed.status, 302);
        const QUrlQuery back(QUrl::fromEncoded(allowed.location));
        QCOMPARE(back.queryItemValue(QStringLiteral("state")), QStringLiteral("st8"));
        const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());

        QUrl tokenUrl = sb.baseUrl();
        tokenUrl.setPath(QStringLiteral("/services/oauth2/token"));
        auto exchange = [&](const QByteArray& v) {
            return http(tokenUrl,
                        "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code) +
                            "&client_id=" + c.clientId.toLatin1() +
                            "&redirect_uri=" + QUrl::toPercentEncoding(redirect) + "&code_verifier=" + v,
                        true);
        };
        const Http wrongVerifier = exchange("not-the-verifier-not-the-verifier-not-the-ver");
        QCOMPARE(wrongVerifier.status, 400);
        QCOMPARE(
            QJsonDocument::fromJson(wrongVerifier.body).object().value(QStringLiteral("error")).toString(),
            QStringLiteral("invalid_grant"));
        // A code is single use: after the failed try, even the right verifier is refused.
        QCOMPARE(exchange(verifier).status, 400);

        const Http again = consent("allow");
        const QString code2 = QUrlQuery(QUrl::fromEncoded(again.location))
                                  .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        const Http ok = http(tokenUrl,
                             "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code2) +
                                 "&client_id=" + c.clientId.toLatin1() + "&redirect_uri=" +
                                 QUrl::toPercentEncoding(redirect) + "&code_verifier=" + verifier,
                             true);
        QCOMPARE(ok.status, 200);
        const QJsonObject tok = QJsonDocument::fromJson(ok.body).object();
        const auto parsed = SalesforceAuth::parseToken(tok);
        QVERIFY(parsed.has_value());
        QVERIFY(!parsed->refreshToken.isEmpty());

        // The refresh token renews the session after a 401, through SalesforceAuth.
        RestClient client;
        SalesforceAuth auth(&client, sb.baseUrl(), {c.clientId, {}, {}, {}});
        auth.setToken(*parsed);
        SalesforceApi api(&client, &auth);
        sb.invalidateTokens();
        const auto info = wait<SalesforceUserInfo>([&](auto done) { api.userInfo(nullptr, done); });
        QVERIFY2(info.ok(), qPrintable(info.error().describe()));
        QCOMPARE(auth.tokenRequestsSent(), 1);

        // Without PKCE the authorize endpoint sends the browser back with an error.
        QUrlQuery noPkce = q;
        noPkce.removeAllQueryItems(QStringLiteral("code_challenge"));
        QUrl u = authorize;
        u.setQuery(noPkce);
        const Http refused = http(u);
        QCOMPARE(refused.status, 302);
        QVERIFY(refused.location.contains("error=invalid_request"));
    }
};

QTEST_GUILESS_MAIN(TestSalesforce)
#include "tst_salesforce.moc"
