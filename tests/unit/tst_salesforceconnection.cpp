// SalesforceConnectionResolver (profile / sandbox / flags -> login URL and credentials, secrets
// through SecretAccess) and SessionClients::salesforceApi (one client per open profile, renewed
// with the browser sign-in's refresh token), against a SalesforceSandbox over real sockets.
#include "connect/ProfileSession.h"
#include "connect/SalesforceConnectionResolver.h"
#include "connect/SecretAccess.h"
#include "connect/SessionClients.h"
#include "net/RestClient.h"
#include "profile/Profile.h"
#include "salesforce/SalesforceApi.h"
#include "salesforce/SalesforceAuth.h"
#include "salesforce/SalesforceBrowserLogin.h"
#include "sandbox/SalesforceSandbox.h"
#include "secrets/MemorySecretStore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>
#include <optional>

using namespace syncdesk;

namespace {

Result<SalesforceConnection> resolveNow(const SalesforceConnectionResolver& resolver, SecretAccess* secrets)
{
    std::optional<Result<SalesforceConnection>> out;
    QObject ctx;
    resolver.resolve(secrets, &ctx, [&](const Result<SalesforceConnection>& c) { out = c; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
        return Error::make(ErrorCode::Timeout, QStringLiteral("no answer"));
    return *out;
}

struct ApiAnswer
{
    SalesforceApi* api = nullptr;
    Error error;
};

ApiAnswer apiNow(SessionClients& clients)
{
    std::optional<ApiAnswer> out;
    QObject ctx;
    clients.salesforceApi(&ctx, [&](SalesforceApi* api, const Error& e) { out = ApiAnswer{api, e}; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
        return {nullptr, Error::make(ErrorCode::Timeout, QStringLiteral("no answer"))};
    return *out;
}

Result<SalesforceUserInfo> userInfoNow(SalesforceApi* api)
{
    std::optional<Result<SalesforceUserInfo>> out;
    api->userInfo(nullptr, [&](const Result<SalesforceUserInfo>& r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
        return Error::make(ErrorCode::Timeout, QStringLiteral("no answer"));
    return *out;
}

// Marks the resolver's strings as "translated", so the test sees the message goes through tr().
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (QByteArrayView(context) == "SalesforceConnectionResolver")
            return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestSalesforceConnection : public QObject
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
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            qWarning("no answer from %s within 10 s", qPrintable(url.toString()));
        Http h{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
               url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")))};
        reply->deleteLater();
        return h;
    }

    // A real refresh token from the sandbox: the browser sign-in, with this test as the browser
    // (authorize page -> consent form -> allow -> redirect to the loopback handler).
    QByteArray signInWithBrowser(SalesforceSandbox& sb)
    {
        RestClient client;
        const auto c = sb.credentials();
        SalesforceAuth auth(&client, sb.baseUrl(), {c.clientId, {}, {}, {}});
        SalesforceBrowserLogin::Options o;
        o.loginUrl = sb.baseUrl();
        o.clientId = c.clientId;
        o.timeoutMs = 30000;
        SalesforceBrowserLogin login(o, &auth);
        QSignalSpy urls(&login, &SalesforceBrowserLogin::authorizeUrl);
        QSignalSpy done(&login, &SalesforceBrowserLogin::finished);
        login.start();
        if (!QTest::qWaitFor([&] { return urls.size() == 1; }, 5000))
            return {};
        const QUrl authorize = urls.at(0).at(0).toUrl();
        const Http page = http(authorize);
        static const QRegularExpression action(QStringLiteral("<form[^>]*action=\"([^\"]+)\""));
        static const QRegularExpression request(QStringLiteral("name=\"request\" value=\"([^\"]+)\""));
        const auto a = action.match(QString::fromUtf8(page.body));
        const auto r = request.match(QString::fromUtf8(page.body));
        if (page.status != 200 || !a.hasMatch() || !r.hasMatch())
            return {};
        const QByteArray form = "request=" + QUrl::toPercentEncoding(r.captured(1)) + "&decision=allow";
        const Http consent = http(authorize.resolved(QUrl(a.captured(1))), form, true);
        if (consent.status != 302)
            return {};
        http(consent.location);
        if (!QTest::qWaitFor([&] { return done.size() == 1; }, 10000))
            return {};
        return done.at(0).at(0).value<SalesforceToken>().refreshToken;
    }

private slots:
    void sandboxProfileFallsBackToDemoSecrets()
    {
        SalesforceSandbox sb;
        QVERIFY(sb.start().ok());
        Profile p = Profile::create(QStringLiteral("Sandbox"));
        p.sandbox = true;
        MemorySecretStore store; // empty: nothing typed, nothing stored
        SecretAccess access(&store);
        access.setProfileId(p.id);
        const auto r = resolveNow(SalesforceConnectionResolver::forProfile(p, &sb), &access);
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        const auto demo = sb.credentials();
        QVERIFY(r.value().sandbox);
        // The sandbox is login host whatever login URL the profile names (the default here).
        QCOMPARE(r.value().loginUrl, sb.baseUrl());
        QCOMPARE(r.value().credentials.clientId, demo.clientId);
        QCOMPARE(r.value().credentials.clientSecret, demo.clientSecret);
        QCOMPARE(r.value().credentials.username, demo.username);
        QCOMPARE(r.value().credentials.password, demo.passwordWithToken());
        QVERIFY(r.value().refreshToken.isEmpty());

        // A sandbox profile while the sandbox is down: told what to do, not signed in elsewhere.
        sb.stop();
        const auto down = resolveNow(SalesforceConnectionResolver::forProfile(p, &sb), &access);
        QVERIFY(!down.ok());
        QCOMPARE(down.error().code, ErrorCode::InvalidInput);
        QVERIFY2(down.error().message.contains(QLatin1String("sandbox")), qPrintable(down.error().message));
    }

    void realProfileWithEmptyKeychainNamesTheAccountMappingTab()
    {
        Profile p = Profile::create(QStringLiteral("Prod"));
        p.salesforce.clientId = QStringLiteral("3MVG9-consumer-key");
        p.salesforce.username = QStringLiteral("admin@example.com");
        p.salesforce.hasRefreshToken = true; // the flag says so, but the keychain lost the entry
        MemorySecretStore store;
        SecretAccess access(&store);
        access.setProfileId(p.id);
        const auto endpoints = SalesforceConnectionResolver::forProfile(p, nullptr).endpoints();
        QVERIFY(endpoints.ok());
        QCOMPARE(endpoints.value().loginUrl, QUrl(QStringLiteral("https://login.salesforce.com")));
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        const auto r = resolveNow(SalesforceConnectionResolver::forProfile(p, nullptr), &access);
        QCoreApplication::removeTranslator(&marking);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("«")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("Account mapping")), qPrintable(r.error().message));
        // The console's message, not the command line's.
        QVERIFY(!r.error().message.contains(QLatin1String("--sf-")));
        // The same profile from the command line names the flags instead.
        const auto cli = resolveNow(
            SalesforceConnectionResolver::forProfile(p, nullptr, QStringLiteral("prod.json")).withFlags({}),
            &access);
        QVERIFY(!cli.ok());
        QVERIFY2(cli.error().message.contains(QLatin1String("--sf-password-env")),
                 qPrintable(cli.error().message));
        QVERIFY(cli.error().message.contains(QLatin1String("salesforce login --profile prod.json")));

        // Once the keychain has the password and secret, the same profile is complete.
        QVERIFY(store.writeSync(secretKey(p.id, SecretPurpose::SalesforcePassword), QStringLiteral("pw+tok"))
                    .ok());
        QVERIFY(store.writeSync(secretKey(p.id, SecretPurpose::SalesforceClientSecret), QStringLiteral("cs"))
                    .ok());
        const auto ok = resolveNow(SalesforceConnectionResolver::forProfile(p, nullptr), &access);
        QVERIFY2(ok.ok(), qPrintable(ok.error().describe()));
        QCOMPARE(ok.value().credentials.password, QStringLiteral("pw+tok"));
        QCOMPARE(ok.value().credentials.clientSecret, QStringLiteral("cs"));
        QVERIFY(!ok.value().sandbox);
    }

    void flagsOverrideProfileAndKeychain()
    {
        Profile p = Profile::create(QStringLiteral("Prod"));
        p.salesforce.loginUrl = QStringLiteral("https://test.salesforce.com");
        p.salesforce.clientId = QStringLiteral("profile-key");
        p.salesforce.username = QStringLiteral("profile@example.com");
        MemorySecretStore store;
        QVERIFY(
            store.writeSync(secretKey(p.id, SecretPurpose::SalesforcePassword), QStringLiteral("stored-pw"))
                .ok());
        QVERIFY(store
                    .writeSync(secretKey(p.id, SecretPurpose::SalesforceClientSecret),
                               QStringLiteral("stored-cs"))
                    .ok());
        SecretAccess access(&store);
        access.setProfileId(p.id);

        // Only the user name given: the rest stays the profile's and the keychain's.
        SalesforceConnectionFlags some;
        some.username = QStringLiteral("flag@example.com");
        auto r = resolveNow(
            SalesforceConnectionResolver::forProfile(p, nullptr, QStringLiteral("p.json")).withFlags(some),
            &access);
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        QCOMPARE(r.value().loginUrl, QUrl(QStringLiteral("https://test.salesforce.com")));
        QCOMPARE(r.value().credentials.clientId, QStringLiteral("profile-key"));
        QCOMPARE(r.value().credentials.username, QStringLiteral("flag@example.com"));
        QCOMPARE(r.value().credentials.password, QStringLiteral("stored-pw"));
        QCOMPARE(r.value().credentials.clientSecret, QStringLiteral("stored-cs"));

        SalesforceConnectionFlags all;
        all.loginUrl = QStringLiteral("acme.my.salesforce.com");
        all.clientId = QStringLiteral(" flag-key ");
        all.username = QStringLiteral("flag@example.com");
        all.clientSecret = QStringLiteral("flag-cs");
        all.password = QStringLiteral("flag-pw");
        r = resolveNow(
            SalesforceConnectionResolver::forProfile(p, nullptr, QStringLiteral("p.json")).withFlags(all),
            &access);
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        QCOMPARE(r.value().loginUrl, QUrl(QStringLiteral("https://acme.my.salesforce.com")));
        QCOMPARE(r.value().credentials.clientId, QStringLiteral("flag-key"));
        QCOMPARE(r.value().credentials.password, QStringLiteral("flag-pw"));
        QCOMPARE(r.value().credentials.clientSecret, QStringLiteral("flag-cs"));

        // Flags alone: production by default, and no keychain is read.
        r = resolveNow(SalesforceConnectionResolver::forFlags(
                           {{}, all.clientId, all.username, all.clientSecret, all.password}),
                       nullptr);
        QVERIFY2(r.ok(), qPrintable(r.error().describe()));
        QCOMPARE(r.value().loginUrl, QUrl(QStringLiteral("https://login.salesforce.com")));
    }

    void badLoginUrlIsRefusedWithWhatToType()
    {
        Profile p = Profile::create(QStringLiteral("Prod"));
        p.salesforce.loginUrl = QStringLiteral("ftp://login.salesforce.com");
        auto e = SalesforceConnectionResolver::forProfile(p, nullptr).endpoints();
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, ErrorCode::InvalidInput);
        QVERIFY(e.error().message.contains(QLatin1String("ftp://login.salesforce.com")));
        QVERIFY(e.error().message.contains(QLatin1String("https://test.salesforce.com")));

        SalesforceConnectionFlags f;
        f.loginUrl = QStringLiteral("https://");
        e = SalesforceConnectionResolver::forFlags(f).endpoints();
        QVERIFY(!e.ok());
        QVERIFY2(e.error().message.contains(QLatin1String("--sf-login-url")), qPrintable(e.error().message));
        // resolve() says the same, from the event loop.
        MemorySecretStore store;
        SecretAccess access(&store);
        const auto r = resolveNow(SalesforceConnectionResolver::forFlags(f), &access);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("--sf-login-url")));
    }

    void storedRefreshTokenRenewsAndClientIsReusedUntilProfileChanges()
    {
        SalesforceSandbox sb;
        QVERIFY(sb.start().ok());
        const QByteArray refreshToken = signInWithBrowser(sb);
        QVERIFY(!refreshToken.isEmpty());
        // Only the refresh grant can sign in now: the org refuses the password flow and the
        // keychain has no password anyway.
        sb.setPasswordFlowBlocked(true);

        QTemporaryDir dir;
        MemorySecretStore store;
        ProfileSession session(&store, dir.path());
        QVERIFY(session.createProfile(QStringLiteral("SF")).ok());
        SalesforceSettings s = session.profile().salesforce;
        s.loginUrl = sb.baseUrl().toString();
        s.clientId = sb.credentials().clientId;
        s.username = sb.credentials().username;
        s.hasRefreshToken = true;
        session.setSalesforceSettings(s);
        QVERIFY(store
                    .writeSync(secretKey(session.profile().id, SecretPurpose::SalesforceRefreshToken),
                               QString::fromUtf8(refreshToken))
                    .ok());

        SessionClients clients(&session);
        const int before = sb.tokenRequestCount();
        const ApiAnswer first = apiNow(clients);
        QVERIFY2(first.error.ok(), qPrintable(first.error.describe()));
        QVERIFY(first.api);
        auto info = userInfoNow(first.api);
        QVERIFY2(info.ok(), qPrintable(info.error().describe()));
        QCOMPARE(info.value().orgId, sb.credentials().orgId);
        QCOMPARE(sb.tokenRequestCount(), before + 1);

        // Unchanged profile: the same client, its session kept (no new token request).
        const ApiAnswer again = apiNow(clients);
        QVERIFY(again.error.ok());
        QCOMPARE(again.api, first.api);
        info = userInfoNow(again.api);
        QVERIFY(info.ok());
        QCOMPARE(sb.tokenRequestCount(), before + 1);

        // A changed value (another user name): a new client, which signs in again with the
        // refresh token.
        s.username = QStringLiteral("other.admin@example.com");
        session.setSalesforceSettings(s);
        const ApiAnswer changed = apiNow(clients);
        QVERIFY2(changed.error.ok(), qPrintable(changed.error.describe()));
        QVERIFY(changed.api != first.api);
        info = userInfoNow(changed.api);
        QVERIFY2(info.ok(), qPrintable(info.error().describe()));
        QCOMPARE(sb.tokenRequestCount(), before + 2);
    }
};

QTEST_GUILESS_MAIN(TestSalesforceConnection)
#include "tst_salesforceconnection.moc"
