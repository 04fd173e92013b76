#include "sandbox/SandboxDirectory.h"
#include "sandbox/ZoomSandbox.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <algorithm>
#include <climits>
#include <functional>
#include <memory>

using namespace syncdesk;

namespace {

struct Http
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
};

const QStringList kPresenceEnum = {QStringLiteral("Away"),       QStringLiteral("Do_Not_Disturb"),
                                   QStringLiteral("Available"),  QStringLiteral("In_Calendar_Event"),
                                   QStringLiteral("Presenting"), QStringLiteral("In_A_Zoom_Meeting"),
                                   QStringLiteral("On_A_Call"),  QStringLiteral("Out_of_Office"),
                                   QStringLiteral("Busy"),       QStringLiteral("Offline")};

QUrl urlFor(const ZoomSandbox& sb, const QString& path, const QUrlQuery& query = {})
{
    QUrl url = sb.baseUrl();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto& [k, v] : items)
        q.addQueryItem(k, v);
    return q;
}

qsizetype countWhere(const QList<SandboxUser>& users, const std::function<bool(const SandboxUser&)>& pred)
{
    return std::count_if(users.cbegin(), users.cend(), pred);
}

bool isActive(const SandboxUser& u)
{
    return u.status == QLatin1String("active");
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;

    Http send(const QByteArray& verb, const QUrl& url,
              const QList<QPair<QByteArray, QByteArray>>& headers = {}, const QByteArray& body = {})
    {
        QNetworkRequest req(url);
        req.setTransferTimeout(15000);
        for (const auto& [k, v] : headers)
            req.setRawHeader(k, v);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply* reply = m_nam.sendCustomRequest(req, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Http r;
        r.elapsedMs = timer.elapsed();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        for (const auto& [k, v] : reply->rawHeaderPairs())
            r.headers.insert(k.toLower(), v);
        reply->deleteLater();
        return r;
    }

    Http get(const ZoomSandbox& sb, const QString& path, const QString& token, const QUrlQuery& q = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isNull())
            headers.emplaceBack("Authorization", "Bearer " + token.toLatin1());
        return send("GET", urlFor(sb, path, q), headers);
    }

    static QByteArray basic(const QString& id, const QString& secret)
    {
        return "Basic " + (id + QLatin1Char(':') + secret).toUtf8().toBase64();
    }

    // The S2S token request as Zoom documents it; form body by default, query string on request.
    Http tokenRequest(const ZoomSandbox& sb, const QString& clientId, const QString& secret,
                      const QString& grantType, const QString& accountId, bool inQuery = false)
    {
        const QUrlQuery params =
            query({{QStringLiteral("grant_type"), grantType}, {QStringLiteral("account_id"), accountId}});
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", basic(clientId, secret)}};
        if (inQuery)
            return send("POST", urlFor(sb, QStringLiteral("/oauth/token"), params), headers);
        headers.emplaceBack("Content-Type", "application/x-www-form-urlencoded");
        return send("POST", urlFor(sb, QStringLiteral("/oauth/token")), headers,
                    params.toString(QUrl::FullyEncoded).toUtf8());
    }

    QString token(const ZoomSandbox& sb)
    {
        const auto c = sb.credentials();
        const Http r =
            tokenRequest(sb, c.clientId, c.clientSecret, QStringLiteral("account_credentials"), c.accountId);
        return r.json.value(QStringLiteral("access_token")).toString();
    }

    static std::unique_ptr<ZoomSandbox> makeSandbox(int users, int ratePerSecond = 0,
                                                    int pageTokenTtlSec = 900)
    {
        SandboxConfig cfg;
        cfg.users = users;
        cfg.ratePerSecond = ratePerSecond;
        cfg.pageTokenTtlSec = pageTokenTtlSec;
        auto sb = std::make_unique<ZoomSandbox>(cfg);
        const Error e = sb->start();
        if (!e.ok())
            qWarning() << "sandbox start failed:" << e.describe();
        return sb;
    }

private slots:
    // --- OAuth -----------------------------------------------------------------------------

    void tokenSuccess()
    {
        auto sb = makeSandbox(20);
        QVERIFY(sb->isRunning());
        QCOMPARE_NE(sb->port(), quint16(0));
        QCOMPARE(sb->baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(sb->port()));
        const auto c = sb->credentials();
        const Http r =
            tokenRequest(*sb, c.clientId, c.clientSecret, QStringLiteral("account_credentials"), c.accountId);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.header("content-type").startsWith("application/json"), r.header("content-type"));
        const QString access = r.json.value(QStringLiteral("access_token")).toString();
        QCOMPARE(access.split(QLatin1Char('.')).size(), 3); // JWT-shaped
        QCOMPARE(r.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(r.json.value(QStringLiteral("expires_in")).toInt(), 3600);
        QCOMPARE(r.json.value(QStringLiteral("scope")).toString(),
                 SandboxConfig::defaultGrantedScopes().join(QLatin1Char(' ')));
        QCOMPARE(r.json.value(QStringLiteral("api_url")).toString(), sb->apiUrl().toString());
        QCOMPARE(sb->tokenRequestCount(), 1);

        // A second token is a different one, and both work (Zoom allows several at once).
        const QString second = token(*sb);
        QVERIFY(!second.isEmpty());
        QVERIFY(second != access);
        QCOMPARE(get(*sb, QStringLiteral("/v2/users"), access).status, 200);
        QCOMPARE(get(*sb, QStringLiteral("/v2/users"), second).status, 200);
    }

    void tokenQueryVariant()
    {
        auto sb = makeSandbox(20);
        const auto c = sb->credentials();
        const Http r = tokenRequest(*sb, c.clientId, c.clientSecret, QStringLiteral("account_credentials"),
                                    c.accountId, /*inQuery=*/true);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.value(QStringLiteral("access_token")).toString().isEmpty());
    }

    void tokenInvalidClient()
    {
        auto sb = makeSandbox(20);
        const auto c = sb->credentials();
        Http r = tokenRequest(*sb, c.clientId, c.clientSecret + QLatin1Char('x'),
                              QStringLiteral("account_credentials"), c.accountId);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        QCOMPARE(r.json.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Invalid client_id or client_secret"));

        // No Authorization header at all.
        r = send("POST", urlFor(*sb, QStringLiteral("/oauth/token"),
                                query({{QStringLiteral("grant_type"), QStringLiteral("account_credentials")},
                                       {QStringLiteral("account_id"), c.accountId}})));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        QCOMPARE(sb->tokenRequestCount(), 2);
    }

    void tokenUnsupportedGrant()
    {
        auto sb = makeSandbox(20);
        const auto c = sb->credentials();
        Http r =
            tokenRequest(*sb, c.clientId, c.clientSecret, QStringLiteral("client_credentials"), c.accountId);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
        QCOMPARE(r.json.value(QStringLiteral("reason")).toString(), QStringLiteral("unsupported grant type"));

        // A general app's (correct) credentials with the S2S grant.
        const auto g = sb->generalAppCredentials();
        QVERIFY(g.clientId != c.clientId);
        r = tokenRequest(*sb, g.clientId, g.clientSecret, QStringLiteral("account_credentials"), c.accountId);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
    }

    void tokenInvalidAccount()
    {
        auto sb = makeSandbox(20);
        const auto c = sb->credentials();
        Http r = tokenRequest(*sb, c.clientId, c.clientSecret, QStringLiteral("account_credentials"),
                              QStringLiteral("not-the-account"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
        r = tokenRequest(*sb, c.clientId, c.clientSecret, QStringLiteral("account_credentials"), QString());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
    }

    void tokenWrongMethod()
    {
        auto sb = makeSandbox(5);
        const Http r = send("GET", urlFor(*sb, QStringLiteral("/oauth/token")));
        QCOMPARE(r.status, 405);
        QCOMPARE(sb->tokenRequestCount(), 0); // only POSTs count
    }

    // --- Bearer tokens and scopes -----------------------------------------------------------

    void unauthorized()
    {
        auto sb = makeSandbox(20);
        Http r = get(*sb, QStringLiteral("/v2/users"), QString());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(QStringLiteral("code")).toInt(), 124);
        QCOMPARE(r.json.value(QStringLiteral("message")).toString(), QStringLiteral("Invalid access token."));

        r = get(*sb, QStringLiteral("/v2/users"), QStringLiteral("eyJnot.a.token"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(QStringLiteral("code")).toInt(), 124);

        const QString t = token(*sb);
        QCOMPARE(get(*sb, QStringLiteral("/v2/users"), t).status, 200);
        sb->invalidateTokens();
        r = get(*sb, QStringLiteral("/v2/users"), t);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(QStringLiteral("code")).toInt(), 124);
        // A fresh token works again.
        QCOMPARE(get(*sb, QStringLiteral("/v2/users"), token(*sb)).status, 200);
        QCOMPARE(sb->apiRequestCount(), 5);
    }

    void expiredToken()
    {
        auto sb = makeSandbox(20);
        sb->setTokenTtl(0);
        const auto c = sb->credentials();
        const Http t =
            tokenRequest(*sb, c.clientId, c.clientSecret, QStringLiteral("account_credentials"), c.accountId);
        QCOMPARE(t.json.value(QStringLiteral("expires_in")).toInt(), 0);
        const Http r =
            get(*sb, QStringLiteral("/v2/users"), t.json.value(QStringLiteral("access_token")).toString());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(QStringLiteral("code")).toInt(), 124);
    }

    void missingScopes()
    {
        auto sb = makeSandbox(50);
        sb->setGrantedScopes(
            {QStringLiteral("phone:read:admin"), QStringLiteral("user:read:list_users:admin")});
        const auto c = sb->credentials();
        const Http t =
            tokenRequest(*sb, c.clientId, c.clientSecret, QStringLiteral("account_credentials"), c.accountId);
        QCOMPARE(t.json.value(QStringLiteral("scope")).toString(),
                 QStringLiteral("phone:read:admin user:read:list_users:admin"));
        const QString tok = t.json.value(QStringLiteral("access_token")).toString();
        // The granular list scope is enough for the list, not for one user's profile.
        QCOMPARE(get(*sb, QStringLiteral("/v2/users"), tok).status, 200);
        QCOMPARE(get(*sb, QStringLiteral("/v2/phone/users"), tok).status, 200);
        const Http r = get(*sb, QStringLiteral("/v2/users/") + sb->users().first().id, tok);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("code")).toInt(), 4711);
        QVERIFY2(
            r.json.value(QStringLiteral("message")).toString().contains(QLatin1String("user:read:admin")),
            r.body);
    }

    // --- Users ------------------------------------------------------------------------------

    void pagingThroughUsers()
    {
        auto sb = makeSandbox(1234);
        const QString t = token(*sb);
        const qsizetype active = countWhere(sb->users(), isActive);
        QVERIFY(active > 1000 && active < 1234); // some users are inactive or pending

        QSet<QString> ids;
        qsizetype received = 0;
        int pages = 0;
        QString next;
        do {
            QUrlQuery q = query({{QStringLiteral("page_size"), QStringLiteral("300")}});
            if (!next.isEmpty())
                q.addQueryItem(QStringLiteral("next_page_token"), next);
            const Http r = get(*sb, QStringLiteral("/v2/users"), t, q);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(QStringLiteral("total_records")).toInteger(), qint64(active));
            QCOMPARE(r.json.value(QStringLiteral("page_size")).toInt(), 300);
            QCOMPARE(r.json.value(QStringLiteral("page_count")).toInt(), int((active + 299) / 300));
            QCOMPARE(r.json.value(QStringLiteral("page_number")).toInt(), 1);
            QVERIFY(r.json.value(QStringLiteral("next_page_token")).isString());
            const QJsonArray users = r.json.value(QStringLiteral("users")).toArray();
            QVERIFY(users.size() <= 300);
            for (const QJsonValue v : users) {
                const QJsonObject u = v.toObject();
                QCOMPARE(u.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
                QVERIFY(!u.value(QStringLiteral("email")).toString().isEmpty());
                QVERIFY(u.value(QStringLiteral("type")).isDouble());
                ids.insert(u.value(QStringLiteral("id")).toString());
                ++received;
            }
            next = r.json.value(QStringLiteral("next_page_token")).toString();
            ++pages;
            QVERIFY(pages <= 10);
        } while (!next.isEmpty());
        QCOMPARE(received, active);
        QCOMPARE(qsizetype(ids.size()), active);
        QVERIFY(!ids.contains(QString()));
        QCOMPARE(pages, int((active + 299) / 300));
    }

    void listFieldsAndDefaults()
    {
        auto sb = makeSandbox(100);
        const Http r = get(*sb, QStringLiteral("/v2/users"), token(*sb));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("page_size")).toInt(), 30);
        const QJsonArray users = r.json.value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 30);
        const QJsonObject u = users.first().toObject();
        const SandboxUser& first = sb->users().first(); // the owner, always active
        QCOMPARE(u.value(QStringLiteral("id")).toString(), first.id);
        QCOMPARE(u.value(QStringLiteral("email")).toString(), first.email);
        QCOMPARE(u.value(QStringLiteral("first_name")).toString(), first.firstName);
        QCOMPARE(u.value(QStringLiteral("last_name")).toString(), first.lastName);
        QCOMPARE(u.value(QStringLiteral("display_name")).toString(), first.displayName);
        QCOMPARE(u.value(QStringLiteral("dept")).toString(), first.dept);
        QCOMPARE(u.value(QStringLiteral("timezone")).toString(), first.timezone);
        QCOMPARE(u.value(QStringLiteral("language")).toString(), first.language);
        QCOMPARE(u.value(QStringLiteral("role_id")).toString(), QStringLiteral("0"));
        QCOMPARE(u.value(QStringLiteral("verified")).toInt(), 1);
        QVERIFY(u.value(QStringLiteral("pmi")).toInteger() >= 1000000000);
        QCOMPARE(u.value(QStringLiteral("created_at")).toString(), first.createdAt.toString(Qt::ISODate));
        QVERIFY(QDateTime::fromString(u.value(QStringLiteral("last_login_time")).toString(), Qt::ISODate)
                    .isValid());
    }

    void pendingAndInactiveUsers()
    {
        auto sb = makeSandbox(600);
        const QString t = token(*sb);
        const auto& all = sb->users();
        const qsizetype pending =
            countWhere(all, [](const SandboxUser& u) { return u.status == QLatin1String("pending"); });
        const qsizetype inactive =
            countWhere(all, [](const SandboxUser& u) { return u.status == QLatin1String("inactive"); });
        QVERIFY(pending > 0);
        QVERIFY(inactive > 0);

        Http r = get(*sb, QStringLiteral("/v2/users"), t,
                     query({{QStringLiteral("status"), QStringLiteral("pending")},
                            {QStringLiteral("page_size"), QStringLiteral("300")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("total_records")).toInteger(), qint64(pending));
        const QJsonArray users = r.json.value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), pending);
        for (const QJsonValue v : users) {
            QVERIFY(!v.toObject().contains(QStringLiteral("id"))); // Zoom gives pending users no id
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        }

        r = get(*sb, QStringLiteral("/v2/users"), t,
                query({{QStringLiteral("status"), QStringLiteral("inactive")}}));
        QCOMPARE(r.json.value(QStringLiteral("total_records")).toInteger(), qint64(inactive));

        r = get(*sb, QStringLiteral("/v2/users"), t,
                query({{QStringLiteral("status"), QStringLiteral("bogus")}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("code")).toInt(), 300);
    }

    void pageSizeClamp()
    {
        auto sb = makeSandbox(2600);
        const qsizetype active = countWhere(sb->users(), isActive);
        QVERIFY(active > 2000);
        const Http r = get(*sb, QStringLiteral("/v2/users"), token(*sb),
                           query({{QStringLiteral("page_size"), QStringLiteral("5000")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("page_size")).toInt(), 2000);
        QCOMPARE(r.json.value(QStringLiteral("users")).toArray().size(), 2000);
        QVERIFY(!r.json.value(QStringLiteral("next_page_token")).toString().isEmpty());
    }

    void invalidAndExpiredPageToken()
    {
        auto sb = makeSandbox(100, 0, /*pageTokenTtlSec=*/1);
        const QString t = token(*sb);
        const QUrlQuery small = query({{QStringLiteral("page_size"), QStringLiteral("10")}});

        Http r = get(*sb, QStringLiteral("/v2/users"), t,
                     query({{QStringLiteral("next_page_token"), QStringLiteral("NoSuchTokenAtAll")}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("code")).toInt(), 300);

        r = get(*sb, QStringLiteral("/v2/users"), t, small);
        const QString next = r.json.value(QStringLiteral("next_page_token")).toString();
        QVERIFY(!next.isEmpty());
        QUrlQuery withToken = small;
        withToken.addQueryItem(QStringLiteral("next_page_token"), next);
        // Fresh: works, and again (a client may retry a page).
        QCOMPARE(get(*sb, QStringLiteral("/v2/users"), t, withToken).status, 200);
        QCOMPARE(get(*sb, QStringLiteral("/v2/users"), t, withToken).status, 200);
        // After its lifetime: 400 code 300.
        QTRY_COMPARE_WITH_TIMEOUT(get(*sb, QStringLiteral("/v2/users"), t, withToken).status, 400, 5000);
        r = get(*sb, QStringLiteral("/v2/users"), t, withToken);
        QCOMPARE(r.json.value(QStringLiteral("code")).toInt(), 300);
        QCOMPARE(r.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Invalid next_page_token."));
    }

    void userNotFound()
    {
        auto sb = makeSandbox(20);
        const Http r = get(*sb, QStringLiteral("/v2/users/nobody@acme-example.com"), token(*sb));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json.value(QStringLiteral("code")).toInt(), 1001);
        QCOMPARE(r.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("User does not exist: nobody@acme-example.com."));
    }

    void userLookup()
    {
        auto sb = makeSandbox(200);
        const QString t = token(*sb);
        const auto& all = sb->users();
        const auto it = std::find_if(all.cbegin(), all.cend(), [](const SandboxUser& u) {
            return isActive(u) && u.extensionNumber > 0 && u.roleId == QLatin1String("2");
        });
        QVERIFY(it != all.cend());
        const SandboxUser& u = *it;

        // By e-mail, case-insensitively.
        Http r = get(*sb, QStringLiteral("/v2/users/") + u.email.toUpper(), t);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("id")).toString(), u.id);
        QCOMPARE(r.json.value(QStringLiteral("email")).toString(), u.email);
        QCOMPARE(r.json.value(QStringLiteral("job_title")).toString(), u.jobTitle);
        QCOMPARE(r.json.value(QStringLiteral("location")).toString(), u.location);
        QCOMPARE(r.json.value(QStringLiteral("account_id")).toString(), sb->credentials().accountId);
        QCOMPARE(r.json.value(QStringLiteral("role_name")).toString(), QStringLiteral("Member"));
        const QJsonArray numbers = r.json.value(QStringLiteral("phone_numbers")).toArray();
        QCOMPARE(numbers.size(), 1);
        const QJsonObject n = numbers.first().toObject();
        QCOMPARE(n.value(QStringLiteral("code")).toString() + n.value(QStringLiteral("number")).toString(),
                 u.phoneNumber);
        QVERIFY(!n.value(QStringLiteral("country")).toString().isEmpty());
        QCOMPARE(r.json.value(QStringLiteral("phone_country")).toString(),
                 n.value(QStringLiteral("country")).toString());

        // By id.
        r = get(*sb, QStringLiteral("/v2/users/") + u.id, t);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("email")).toString(), u.email);

        // "me" is the account owner.
        r = get(*sb, QStringLiteral("/v2/users/me"), t);
        QCOMPARE(r.json.value(QStringLiteral("id")).toString(), all.first().id);
        QCOMPARE(r.json.value(QStringLiteral("role_name")).toString(), QStringLiteral("Owner"));
    }

    void presence()
    {
        auto sb = makeSandbox(300);
        const QString t = token(*sb);
        QSet<QString> seen;
        int checked = 0;
        for (const SandboxUser& u : sb->users()) {
            if (!isActive(u))
                continue;
            const Http r = get(*sb, QStringLiteral("/v2/users/%1/presence_status").arg(u.id), t);
            QCOMPARE(r.status, 200);
            const QString status = r.json.value(QStringLiteral("status")).toString();
            QVERIFY2(kPresenceEnum.contains(status), qPrintable(status));
            QCOMPARE(status, u.presence);
            seen.insert(status);
            if (++checked == 40)
                break;
        }
        QVERIFY(seen.size() >= 3); // a mix, not one constant
        const Http r = get(*sb, QStringLiteral("/v2/users/NoSuchUserId123/presence_status"), t);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json.value(QStringLiteral("code")).toInt(), 1001);
    }

    void phoneUsers()
    {
        auto sb = makeSandbox(500);
        const QString t = token(*sb);
        QHash<QString, const SandboxUser*> expected;
        for (const SandboxUser& u : sb->users()) {
            if (isActive(u) && u.extensionNumber > 0)
                expected.insert(u.id, &u);
        }
        QVERIFY(expected.size() > 300);

        QSet<int> extensions;
        QString next;
        int pages = 0;
        do {
            QUrlQuery q = query({{QStringLiteral("page_size"), QStringLiteral("300")}});
            if (!next.isEmpty())
                q.addQueryItem(QStringLiteral("next_page_token"), next);
            const Http r = get(*sb, QStringLiteral("/v2/phone/users"), t, q);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(QStringLiteral("total_records")).toInt(), int(expected.size()));
            QCOMPARE(r.json.value(QStringLiteral("page_size")).toInt(), 100); // the phone API's maximum
            for (const QJsonValue v : r.json.value(QStringLiteral("users")).toArray()) {
                const QJsonObject p = v.toObject();
                const SandboxUser* u = expected.value(p.value(QStringLiteral("id")).toString());
                QVERIFY(u);
                QVERIFY(p.value(QStringLiteral("extension_number")).isDouble());
                QCOMPARE(p.value(QStringLiteral("extension_number")).toInt(), u->extensionNumber);
                QVERIFY(u->extensionNumber >= 1001);
                QCOMPARE(p.value(QStringLiteral("phone_user_id")).toString(), u->phoneUserId);
                QCOMPARE(p.value(QStringLiteral("extension_id")).toString(), u->extensionId);
                QCOMPARE(p.value(QStringLiteral("email")).toString(), u->email);
                QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("activate"));
                const QJsonObject site = p.value(QStringLiteral("site")).toObject();
                QCOMPARE(site.value(QStringLiteral("name")).toString(), u->siteName);
                QVERIFY(!site.value(QStringLiteral("id")).toString().isEmpty());
                const QJsonArray numbers = p.value(QStringLiteral("phone_numbers")).toArray();
                QCOMPARE(numbers.size(), 1);
                QCOMPARE(numbers.first().toObject().value(QStringLiteral("number")).toString(),
                         u->phoneNumber);
                QVERIFY(!p.value(QStringLiteral("calling_plans")).toArray().isEmpty());
                extensions.insert(u->extensionNumber);
            }
            next = r.json.value(QStringLiteral("next_page_token")).toString();
            QVERIFY(++pages <= 10);
        } while (!next.isEmpty());
        QCOMPARE(qsizetype(extensions.size()), expected.size());
    }

    void unknownPathAndMethod()
    {
        auto sb = makeSandbox(10);
        const QString t = token(*sb);
        Http r = get(*sb, QStringLiteral("/v2/no/such/thing"), t);
        QCOMPARE(r.status, 404);
        QVERIFY(r.json.contains(QStringLiteral("code")));
        QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
        r = get(*sb, QStringLiteral("/elsewhere"), t);
        QCOMPARE(r.status, 404);
        r = send("DELETE", urlFor(*sb, QStringLiteral("/v2/users")),
                 {{"Authorization", "Bearer " + t.toLatin1()}});
        QCOMPARE(r.status, 405);
    }

    // --- Faults and limits ------------------------------------------------------------------

    void faultServerErrorOnce()
    {
        auto sb = makeSandbox(10);
        const QString t = token(*sb);
        sb->injectFault(SandboxFault::ServerError, 1);
        Http r = get(*sb, QStringLiteral("/v2/users"), t);
        QCOMPARE(r.status, 500);
        QVERIFY(r.json.value(QStringLiteral("code")).isDouble());
        QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(get(*sb, QStringLiteral("/v2/users"), t).status, 200);
    }

    void faultRateLimited()
    {
        auto sb = makeSandbox(10);
        const QString t = token(*sb);
        sb->injectFault(SandboxFault::RateLimited, 1, 0, 7);
        const Http r = get(*sb, QStringLiteral("/v2/users"), t);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QCOMPARE(r.json.value(QStringLiteral("code")).toInt(), 429);
        QCOMPARE(get(*sb, QStringLiteral("/v2/users"), t).status, 200);
    }

    void faultDelay()
    {
        auto sb = makeSandbox(10);
        const QString t = token(*sb);
        sb->injectFault(SandboxFault::Delay, 1, 400);
        const Http r = get(*sb, QStringLiteral("/v2/users"), t);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 380, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(r.json.value(QStringLiteral("users")).toArray().size(), 10);
    }

    void faultDrop()
    {
        auto sb = makeSandbox(10);
        QSignalSpy served(sb.get(), &ZoomSandbox::requestServed);
        const auto c = sb->credentials();

        // Qt 6.4 resends a request (POST included) whose fresh connection closed before any
        // answer, so one drop is absorbed: the sandbox drops exactly once, then answers.
        sb->injectFault(SandboxFault::Drop, 1);
        Http r =
            tokenRequest(*sb, c.clientId, c.clientSecret, QStringLiteral("account_credentials"), c.accountId);
        QCOMPARE(r.status, 200);
        QCOMPARE(served.size(), 2);
        QCOMPARE(served.at(0).at(2).toInt(), 0);
        QCOMPARE(served.at(1).at(2).toInt(), 200);
        QCOMPARE(sb->tokenRequestCount(), 2); // both attempts were seen
        const QString t = r.json.value(QStringLiteral("access_token")).toString();

        // Dropping every attempt reaches the caller as a network error, for POST and GET.
        served.clear();
        sb->injectFault(SandboxFault::Drop, 20);
        r = tokenRequest(*sb, c.clientId, c.clientSecret, QStringLiteral("account_credentials"), c.accountId);
        QVERIFY2(r.error != QNetworkReply::NoError, r.body);
        QCOMPARE(r.status, 0);
        QVERIFY(!served.isEmpty());
        for (const auto& args : std::as_const(served))
            QCOMPARE(args.at(2).toInt(), 0);
        const int postAttempts = int(served.size());
        served.clear();
        r = get(*sb, QStringLiteral("/v2/users"), t);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);
        QVERIFY(!served.isEmpty());
        qInfo("Qt sent the POST %d and the GET %d time(s) before reporting %d", postAttempts,
              int(served.size()), int(r.error));
        sb->clearFaults();
        QCOMPARE(get(*sb, QStringLiteral("/v2/users"), t).status, 200);
    }

    void faultRedirect()
    {
        auto sb = makeSandbox(10);
        auto other = makeSandbox(5);
        const QString t = token(*sb);
        const auto manual = [&](const QUrl& url) {
            QNetworkRequest req(url);
            req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            req.setRawHeader("Authorization", "Bearer " + t.toLatin1());
            QNetworkReply* reply = m_nam.get(req);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                finished.wait(10000);
            reply->deleteLater();
            return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                  reply->rawHeader("Location"));
        };
        // Without a path the target keeps the request's own path and query.
        sb->injectRedirect(other->baseUrl(), 307);
        const QUrl users = urlFor(*sb, QStringLiteral("/v2/users"), query({{QStringLiteral("page_size"), QStringLiteral("5")}}));
        auto [status, location] = manual(users);
        QCOMPARE(status, 307);
        QCOMPARE(location, other->baseUrl().toEncoded() + "/v2/users?page_size=5");
        // With a path it is used as it is; then the fault is spent.
        sb->injectRedirect(QUrl(QStringLiteral("http://example.invalid/elsewhere")), 301);
        std::tie(status, location) = manual(users);
        QCOMPARE(status, 301);
        QCOMPARE(location, QByteArray("http://example.invalid/elsewhere"));
        QCOMPARE(manual(users).first, 200);

        // What each request carried is recorded by name only.
        const auto seen = sb->seenRequests();
        QVERIFY(seen.size() >= 4); // the token request and three GETs
        QCOMPARE(seen.constLast().path, QStringLiteral("/v2/users"));
        QVERIFY(seen.constLast().hasHeader("Authorization"));
        QVERIFY(!seen.constFirst().hasHeader("Cookie"));

        // Over the control API too, for tests that run the sandbox in another process.
        const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
        Http r = send("POST", urlFor(*sb, QStringLiteral("/_sandbox/faults")), json,
                      QJsonDocument(QJsonObject{{QStringLiteral("fault"), QStringLiteral("redirect")},
                                                {QStringLiteral("status"), 308},
                                                {QStringLiteral("location"), other->baseUrl().toString()}})
                          .toJson());
        QCOMPARE(r.status, 204);
        QCOMPARE(manual(users).first, 308);
        r = send("POST", urlFor(*sb, QStringLiteral("/_sandbox/faults")), json, R"({"fault":"redirect"})");
        QCOMPARE(r.status, 400);
        r = send("GET", urlFor(*sb, QStringLiteral("/_sandbox/requests")));
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json.value(QStringLiteral("requests")).toArray();
        QCOMPARE(list.size(), sb->seenRequests().size());
        const QJsonObject last = list.last().toObject();
        QCOMPARE(last.value(QStringLiteral("path")).toString(), QStringLiteral("/v2/users"));
        QVERIFY(last.value(QStringLiteral("headers")).toArray().contains(QStringLiteral("authorization")));
        QVERIFY2(!r.body.contains(t.toLatin1()), "header values are never recorded");
        r = send("DELETE", urlFor(*sb, QStringLiteral("/_sandbox/requests")));
        QCOMPARE(r.status, 204);
        QVERIFY(sb->seenRequests().isEmpty());
    }

    void rateLimit()
    {
        auto sb = makeSandbox(10, /*ratePerSecond=*/5);
        const QString t = token(*sb);
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 10; ++i) {
            QNetworkRequest req(urlFor(*sb, QStringLiteral("/v2/users")));
            req.setRawHeader("Authorization", "Bearer " + t.toLatin1());
            replies.append(m_nam.get(req));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* r) { return r->isFinished(); }),
            10000);
        int ok = 0, limited = 0;
        for (QNetworkReply* reply : std::as_const(replies)) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200) {
                ++ok;
            } else if (status == 429) {
                ++limited;
                QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("1"));
                const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
                QCOMPARE(o.value(QStringLiteral("code")).toInt(), 429);
                QCOMPARE(
                    o.value(QStringLiteral("message")).toString(),
                    QStringLiteral(
                        "You have reached the maximum per-second rate limit for this API. Try again later."));
            }
            reply->deleteLater();
        }
        QCOMPARE(ok, 5);
        QCOMPARE(limited, 5);
        // The window slides: within a couple of seconds calls pass again.
        // (10 s bound: a loaded CI machine needed 3.05 s; a window that never slides still fails.)
        QTRY_COMPARE_WITH_TIMEOUT(get(*sb, QStringLiteral("/v2/users"), t).status, 200, 10000);
        // The token endpoint is not limited.
        QVERIFY(!token(*sb).isEmpty());
    }

    // --- Control API, keep-alive, lifecycle ---------------------------------------------------

    void controlApi()
    {
        auto sb = makeSandbox(10, /*ratePerSecond=*/1);
        const QString t = token(*sb);
        const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};

        Http r = send("POST", urlFor(*sb, QStringLiteral("/_sandbox/faults")), json,
                      R"({"fault":"500","count":1})");
        QCOMPARE(r.status, 204);
        QCOMPARE(get(*sb, QStringLiteral("/v2/users"), t).status, 500);

        r = send("POST", urlFor(*sb, QStringLiteral("/_sandbox/faults")), json,
                 R"({"fault":"429","count":1,"retry_after":3})");
        QCOMPARE(r.status, 204);
        r = get(*sb, QStringLiteral("/v2/users"), t);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("3"));

        r = send("POST", urlFor(*sb, QStringLiteral("/_sandbox/faults")), json, R"({"fault":"teapot"})");
        QCOMPARE(r.status, 400);

        // Stats: not rate limited (limit is 1/s here), not faulted, not counted.
        sb->injectFault(SandboxFault::ServerError, 5);
        for (int i = 0; i < 3; ++i) {
            r = send("GET", urlFor(*sb, QStringLiteral("/_sandbox/stats")));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(QStringLiteral("token_requests")).toInt(), sb->tokenRequestCount());
            QCOMPARE(r.json.value(QStringLiteral("api_requests")).toInt(), sb->apiRequestCount());
        }
        QCOMPARE(sb->apiRequestCount(), 2);
        QCOMPARE(sb->tokenRequestCount(), 1);
        r = send("DELETE", urlFor(*sb, QStringLiteral("/_sandbox/faults")));
        QCOMPARE(r.status, 204);

        r = send("POST", urlFor(*sb, QStringLiteral("/_sandbox/invalidate_tokens")));
        QCOMPARE(r.status, 204);
        r = get(*sb, QStringLiteral("/v2/users"), t);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(QStringLiteral("code")).toInt(), 124);

        r = send("POST", urlFor(*sb, QStringLiteral("/_sandbox/config")), json,
                 R"({"token_ttl":120,"scopes":["user:read:admin"],"rate_per_second":0})");
        QCOMPARE(r.status, 204);
        const auto c = sb->credentials();
        r = tokenRequest(*sb, c.clientId, c.clientSecret, QStringLiteral("account_credentials"), c.accountId);
        QCOMPARE(r.json.value(QStringLiteral("expires_in")).toInt(), 120);
        QCOMPARE(r.json.value(QStringLiteral("scope")).toString(), QStringLiteral("user:read:admin"));
    }

    void keepAlive()
    {
        auto sb = makeSandbox(5);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sb->port());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
        QByteArray buffer;
        const auto complete = [&]() {
            buffer += socket.readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            static const QRegularExpression lengthRe(QStringLiteral("(?i)content-length:\\s*(\\d+)"));
            const auto m = lengthRe.match(QString::fromLatin1(buffer.left(end)));
            return m.hasMatch() && buffer.size() >= end + 4 + m.captured(1).toInt();
        };
        for (int i = 0; i < 3; ++i) {
            buffer.clear();
            socket.write("GET /v2/users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer nope\r\n\r\n");
            QTRY_VERIFY_WITH_TIMEOUT(complete(), 5000);
            QVERIFY2(buffer.startsWith("HTTP/1.1 401"), buffer.constData());
            QVERIFY(buffer.contains(R"("code":124)"));
            QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // same connection, three requests
        }
    }

    void requestServedSignal()
    {
        auto sb = makeSandbox(5);
        QSignalSpy served(sb.get(), &ZoomSandbox::requestServed);
        get(*sb, QStringLiteral("/v2/users"), QString());
        QCOMPARE(served.size(), 1);
        QCOMPARE(served.first().at(0).toString(), QStringLiteral("GET"));
        QCOMPARE(served.first().at(1).toString(), QStringLiteral("/v2/users"));
        QCOMPARE(served.first().at(2).toInt(), 401);
    }

    void listenFailureAndStop()
    {
        auto a = makeSandbox(5);
        QVERIFY(a->isRunning());
        ZoomSandbox b;
        const Error e = b.start(QHostAddress::LocalHost, a->port());
        QCOMPARE(e.code, ErrorCode::ListenFailed);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!b.isRunning());

        const QUrl old = urlFor(*a, QStringLiteral("/_sandbox/stats"));
        QCOMPARE(send("GET", old).status, 200);
        a->stop();
        QVERIFY(!a->isRunning());
        const Http r = send("GET", old);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);
        // And it can start again.
        QVERIFY(a->start().ok());
        QCOMPARE(send("GET", urlFor(*a, QStringLiteral("/_sandbox/stats"))).status, 200);
    }

    void stopDuringDelay()
    {
        auto sb = makeSandbox(5);
        const QString t = token(*sb);
        QSignalSpy served(sb.get(), &ZoomSandbox::requestServed);
        sb->injectFault(SandboxFault::Delay, 1, 300);
        QNetworkRequest req(urlFor(*sb, QStringLiteral("/v2/users")));
        req.setRawHeader("Authorization", "Bearer " + t.toLatin1());
        QNetworkReply* reply = m_nam.get(req);
        QTRY_COMPARE_WITH_TIMEOUT(sb->apiRequestCount(), 1, 5000); // the request is being delayed
        sb->stop();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QTest::qWait(400); // past the delay: the pending answer must notice the socket is gone
        QCOMPARE(served.size(), 0);
        reply->deleteLater();
    }

    // --- WebSocket event subscription -----------------------------------------------------------

    void webSocket()
    {
        auto sb = makeSandbox(10);
        QCOMPARE(sb->webSocketUrl().toString(), QStringLiteral("ws://127.0.0.1:%1/ws").arg(sb->port()));
        QCOMPARE(sb->webSocketSubscriptionId().size(), 22);
        QSignalSpy clients(sb.get(), &ZoomSandbox::webSocketClientsChanged);
        QWebSocket ws;
        QList<QJsonObject> received;
        connect(&ws, &QWebSocket::textMessageReceived, this,
                [&](const QString& m) { received.append(QJsonDocument::fromJson(m.toUtf8()).object()); });
        QUrl url = sb->webSocketUrl();
        url.setQuery(query({{QStringLiteral("subscriptionId"), sb->webSocketSubscriptionId()},
                            {QStringLiteral("access_token"), token(*sb)}}));
        ws.open(url);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        QCOMPARE(received.at(0).value(QStringLiteral("module")).toString(),
                 QStringLiteral("build_connection"));
        QCOMPARE(received.at(0).value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(sb->webSocketClientCount(), 1);
        QCOMPARE(clients.size(), 1);
        QCOMPARE(clients.first().at(0).toInt(), 1);

        ws.sendTextMessage(QStringLiteral(R"({"module":"heartbeat"})"));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 5000);
        QCOMPARE(received.at(1).value(QStringLiteral("module")).toString(), QStringLiteral("heartbeat"));
        QCOMPARE(received.at(1).value(QStringLiteral("success")).toBool(), true);

        const QJsonObject event{
            {QStringLiteral("event"), QStringLiteral("user.presence_status_updated")},
            {QStringLiteral("event_ts"), 1626230691572LL},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("account_id"), sb->credentials().accountId},
                         {QStringLiteral("object"),
                          QJsonObject{{QStringLiteral("id"), sb->users().first().id},
                                      {QStringLiteral("presence_status"), QStringLiteral("Away")}}}}}};
        QCOMPARE(sb->broadcastWebSocketEvent(event), 1);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, 5000);
        QCOMPARE(received.at(2).value(QStringLiteral("module")).toString(), QStringLiteral("message"));
        const QJsonValue content = received.at(2).value(QStringLiteral("content"));
        QVERIFY(content.isString()); // JSON inside a string: parsed a second time
        QCOMPARE(QJsonDocument::fromJson(content.toString().toUtf8()).object(), event);

        // Once the token is gone, events stop and the next heartbeat is refused with a close.
        sb->invalidateTokens();
        QCOMPARE(sb->broadcastWebSocketEvent(event), 0);
        ws.sendTextMessage(QStringLiteral(R"({"module":"heartbeat"})"));
        QTRY_COMPARE_WITH_TIMEOUT(ws.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(received.size(), 4);
        QCOMPARE(received.at(3).value(QStringLiteral("success")).toBool(), false);
        QCOMPARE(received.at(3).value(QStringLiteral("content")).toString(),
                 QStringLiteral("Token is invalid"));
        QCOMPARE(ws.closeReason(), QStringLiteral("invalid_token"));
        QTRY_COMPARE_WITH_TIMEOUT(sb->webSocketClientCount(), 0, 5000);
    }

    void webSocketRefusals()
    {
        auto sb = makeSandbox(10);
        const QString t = token(*sb);
        const auto attempt = [&](const QString& subscription, const QString& accessToken, QString* content,
                                 QString* reason) {
            QWebSocket ws;
            QList<QJsonObject> received;
            connect(&ws, &QWebSocket::textMessageReceived, this,
                    [&](const QString& m) { received.append(QJsonDocument::fromJson(m.toUtf8()).object()); });
            QUrl url = sb->webSocketUrl();
            url.setQuery(query({{QStringLiteral("subscriptionId"), subscription},
                                {QStringLiteral("access_token"), accessToken}}));
            ws.open(url);
            QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty() && ws.state() == QAbstractSocket::UnconnectedState,
                                     5000);
            QCOMPARE(received.first().value(QStringLiteral("module")).toString(),
                     QStringLiteral("build_connection"));
            QCOMPARE(received.first().value(QStringLiteral("success")).toBool(), false);
            *content = received.first().value(QStringLiteral("content")).toString();
            *reason = ws.closeReason();
        };
        QString content, reason;
        attempt(sb->webSocketSubscriptionId(), QStringLiteral("not-a-token"), &content, &reason);
        QCOMPARE(content, QStringLiteral("Token is invalid"));
        QCOMPARE(reason, QStringLiteral("invalid_token"));
        attempt(QStringLiteral("someoneElsesSubscription"), t, &content, &reason);
        QCOMPARE(reason, QStringLiteral("invalid_subscription"));
        QCOMPARE(sb->webSocketClientCount(), 0);

        // A plain GET on the WebSocket path.
        const Http r = send("GET", urlFor(*sb, QStringLiteral("/ws")));
        QCOMPARE(r.status, 426);
    }

    void webSocketServerSideClose()
    {
        auto sb = makeSandbox(10);
        QWebSocket ws;
        QUrl url = sb->webSocketUrl();
        url.setQuery(query({{QStringLiteral("subscriptionId"), sb->webSocketSubscriptionId()},
                            {QStringLiteral("access_token"), token(*sb)}}));
        ws.open(url);
        QTRY_COMPARE_WITH_TIMEOUT(sb->webSocketClientCount(), 1, 5000);
        const Http stats = send("GET", urlFor(*sb, QStringLiteral("/_sandbox/stats")));
        QCOMPARE(stats.json.value(QStringLiteral("websocket_clients")).toInt(), 1);
        QCOMPARE(send("POST", urlFor(*sb, QStringLiteral("/_sandbox/websocket/disconnect"))).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(ws.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(ws.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QTRY_COMPARE_WITH_TIMEOUT(sb->webSocketClientCount(), 0, 5000);
    }

    // --- Directory --------------------------------------------------------------------------

    void determinism()
    {
        const QList<SandboxUser> a = SandboxDirectory::generate(300, 7);
        const QList<SandboxUser> b = SandboxDirectory::generate(300, 7);
        const QList<SandboxUser> c = SandboxDirectory::generate(300, 8);
        QCOMPARE(a.size(), 300);
        int differences = 0;
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].id, b[i].id);
            QCOMPARE(a[i].email, b[i].email);
            QCOMPARE(a[i].displayName, b[i].displayName);
            QCOMPARE(a[i].status, b[i].status);
            QCOMPARE(a[i].presence, b[i].presence);
            QCOMPARE(a[i].phoneNumber, b[i].phoneNumber);
            QCOMPARE(a[i].extensionNumber, b[i].extensionNumber);
            QCOMPARE(a[i].createdAt, b[i].createdAt);
            if (a[i].email != c[i].email)
                ++differences;
        }
        QVERIFY(differences > 250);
        QVERIFY(a.first().id != c.first().id);

        // A smaller organisation is a prefix of a larger one with the same seed.
        const QList<SandboxUser> small = SandboxDirectory::generate(50, 7);
        for (int i = 0; i < small.size(); ++i)
            QCOMPARE(small[i].email, a[i].email);

        // Credentials follow the seed too.
        SandboxConfig c7, c7b, c8;
        c7.seed = c7b.seed = 7;
        c8.seed = 8;
        const ZoomSandbox s7(c7), s7b(c7b), s8(c8);
        QCOMPARE(s7.credentials().clientSecret, s7b.credentials().clientSecret);
        QCOMPARE(s7.credentials().accountId, s7b.credentials().accountId);
        QVERIFY(s7.credentials().clientSecret != s8.credentials().clientSecret);
        QCOMPARE(s7.users().first().id, a.first().id);
    }

    void largeDirectory()
    {
        QElapsedTimer timer;
        timer.start();
        const QList<SandboxUser> users = SandboxDirectory::generate(100000, 1);
        qInfo("generated 100,000 users in %lld ms", timer.elapsed()); // informative only, not asserted
        QCOMPARE(users.size(), 100000);
        QSet<QString> emails, ids, numbers;
        int pending = 0, inactive = 0, japanese = 0, phones = 0;
        int minExt = INT_MAX;
        const QRegularExpression e164(QStringLiteral("^\\+(49|81|1|44)\\d{8,11}$"));
        const QRegularExpression asciiEmail(QStringLiteral("^[a-z0-9.-]+@[a-z0-9.-]+$"));
        for (const SandboxUser& u : users) {
            emails.insert(u.email);
            QVERIFY2(asciiEmail.match(u.email).hasMatch(), qPrintable(u.email)); // romaji, folded umlauts
            if (u.status == QLatin1String("pending")) {
                ++pending;
                QVERIFY(u.id.isEmpty());
            } else {
                QCOMPARE(u.id.size(), 22);
                ids.insert(u.id);
            }
            if (u.status == QLatin1String("inactive"))
                ++inactive;
            if (u.language == QLatin1String("ja-JP")) {
                ++japanese;
                QCOMPARE(u.timezone, QStringLiteral("Asia/Tokyo"));
                QVERIFY(u.lastName.front().unicode() >= 0x3000); // kanji
            }
            if (u.extensionNumber > 0) {
                ++phones;
                minExt = qMin(minExt, u.extensionNumber);
                QVERIFY2(e164.match(u.phoneNumber).hasMatch(), qPrintable(u.phoneNumber));
                numbers.insert(u.phoneNumber);
            }
        }
        QCOMPARE(emails.size(), users.size());
        QCOMPARE(ids.size(), users.size() - pending);
        QCOMPARE(numbers.size(), qsizetype(phones));
        QCOMPARE(minExt, 1001);
        QVERIFY2(inactive > 3000 && inactive < 7000, qPrintable(QString::number(inactive)));
        QVERIFY2(pending > 1000 && pending < 3000, qPrintable(QString::number(pending)));
        QVERIFY(japanese > 10000);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
