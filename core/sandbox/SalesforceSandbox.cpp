#include "SalesforceSandbox.h"

#include "common/Log.h"
#include "sandbox/SandboxDirectory.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <deque>

namespace syncdesk {

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 200;
    QByteArray body;
    Headers headers;
};

Reply jsonReply(int status, const QJsonDocument& doc, Headers headers = {})
{
    Reply r{status, doc.toJson(QJsonDocument::Compact), std::move(headers)};
    r.headers.prepend(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=UTF-8")});
    return r;
}

// OAuth endpoints answer with one object...
Reply oauthError(int status, const QString& code, const QString& description)
{
    return jsonReply(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), code},
                                                       {QStringLiteral("error_description"), description}}));
}

// ...the REST API with an array of them.
Reply restError(int status, const QString& errorCode, const QString& message, Headers headers = {})
{
    return jsonReply(status,
                     QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("message"), message},
                                                          {QStringLiteral("errorCode"), errorCode}}}),
                     std::move(headers));
}

Reply html(int status, const QString& body)
{
    return {status,
            body.toUtf8(),
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html;charset=UTF-8")}}};
}

Reply redirect(const QUrl& to)
{
    return {302, {}, {{QByteArrayLiteral("Location"), to.toEncoded()}}};
}

QString seeded(quint32 seed, const char* salt, int length, QLatin1String alphabet)
{
    QRandomGenerator rng(seed ^ quint32(qHash(QByteArray(salt))));
    QString s;
    for (int i = 0; i < length; ++i)
        s.append(QLatin1Char(alphabet.at(int(rng.bounded(quint32(alphabet.size()))))));
    return s;
}

const QLatin1String kAlnum("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(raw.data()), raw.size() / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Forms as browsers and curl send them: '+' is a space.
QHash<QString, QString> parseForm(const QByteArray& body)
{
    QHash<QString, QString> out;
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray k = eq < 0 ? pair : pair.left(eq), v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out.insert(QUrl::fromPercentEncoding(k), QUrl::fromPercentEncoding(v));
    }
    return out;
}

QString htmlEscape(const QString& s)
{
    return s.toHtmlEscaped();
}

struct PendingAuthorization
{
    QString clientId, redirectUri, state, challenge;
};

struct IssuedCode
{
    QString clientId, redirectUri, challenge;
    qint64 expiresAt = 0;
};

struct Cursor
{
    QJsonArray records;
    int total = 0;
};

const QString kApiVersion = QStringLiteral("v59.0");

} // namespace

struct SalesforceSandbox::Private
{
    SalesforceSandbox* q = nullptr;
    QHttpServer* server = nullptr;
    QHostAddress address;
    quint16 port = 0;
    quint32 seed = 1;
    SalesforceSandboxCredentials creds;
    bool passwordBlocked = false;
    int tokenTtl = 7200;
    int pageSize = 2000;
    int tokenRequests = 0, apiRequests = 0;
    struct Fault
    {
        SalesforceSandboxFault fault;
        int remaining;
        int retryAfter;
    };
    std::deque<Fault> faults;
    QHash<QString, qint64> accessTokens; // token -> expiry (ms since epoch)
    QSet<QString> refreshTokens;
    QHash<QString, PendingAuthorization> pending; // consent page request id -> what was asked
    QHash<QString, IssuedCode> codes;             // authorization code -> what it was issued for
    QHash<QString, Cursor> cursors;               // query locator -> the rest of its records
    int nextLocator = 1;
    QHash<QString, int> queries; // object (lower case) -> SOQL queries answered

    QJsonArray statuses, channels, users;

    void seedData(int userCount);
    QString identityUrl() const;
    void onRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    Reply dispatch(const QString& method, const QUrl& url, const QStringList& seg, const QByteArray& body,
                   const QByteArray& auth);
    Reply authorize(const QUrlQuery& query);
    Reply consent(const QByteArray& body);
    Reply token(const QByteArray& body, const QByteArray& auth);
    QJsonObject issue(bool withRefresh);
    Reply api(const QStringList& seg, const QUrl& url);
    Reply query(const QString& soql);
    Reply page(const QString& locatorId, int offset);
    Headers limitInfo() const
    {
        return {{QByteArrayLiteral("Sforce-Limit-Info"), QByteArrayLiteral("api-usage=") +
                                                             QByteArray::number(apiRequests) + '/' +
                                                             QByteArray::number(kDailyApiLimit)}};
    }
    bool validBearer(const QByteArray& auth) const
    {
        if (auth.size() <= 7 || auth.first(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
            return false;
        const auto it = accessTokens.constFind(QString::fromLatin1(auth.mid(7).trimmed()));
        return it != accessTokens.cend() && QDateTime::currentMSecsSinceEpoch() < it.value();
    }
};

QString SalesforceSandbox::id18(const QString& id15)
{
    if (id15.size() != 15)
        return id15;
    static const char kMap[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    QString out = id15;
    for (int chunk = 0; chunk < 3; ++chunk) {
        int n = 0;
        for (int i = 0; i < 5; ++i) {
            const QChar c = id15.at(chunk * 5 + i);
            if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                n |= 1 << i;
        }
        out.append(QLatin1Char(kMap[n]));
    }
    return out;
}

void SalesforceSandbox::Private::seedData(int userCount)
{
    auto record = [](const QString& type, const QString& id, QJsonObject fields) {
        fields.insert(
            QStringLiteral("attributes"),
            QJsonObject{{QStringLiteral("type"), type},
                        {QStringLiteral("url"),
                         QStringLiteral("/services/data/%1/sobjects/%2/%3").arg(kApiVersion, type, id)}});
        fields.insert(QStringLiteral("Id"), id);
        return fields;
    };
    static const char* const statusNames[][2] = {{"Available_for_Chats", "Available for Chats"},
                                                 {"Busy_On_Case", "Busy On Case"},
                                                 {"Away", "Away"},
                                                 {"Lunch", "Lunch"},
                                                 {"Zoom_Call", "Zoom Call"}};
    int n = 0;
    for (const auto& s : statusNames) {
        const QString id =
            SalesforceSandbox::id18(QStringLiteral("0N5Dp00000%1").arg(++n, 5, 10, QLatin1Char('0')));
        statuses.append(record(QStringLiteral("ServicePresenceStatus"), id,
                               {{QStringLiteral("DeveloperName"), QLatin1String(s[0])},
                                {QStringLiteral("MasterLabel"), QLatin1String(s[1])},
                                {QStringLiteral("Language"), QStringLiteral("en_US")}}));
    }
    static const char* const channelNames[][3] = {{"sfdc_case", "Case", "Case"},
                                                  {"sfdc_livechat", "Chat", "LiveChatTranscript"}};
    n = 0;
    for (const auto& c : channelNames) {
        const QString id =
            SalesforceSandbox::id18(QStringLiteral("0N9Dp00000%1").arg(++n, 5, 10, QLatin1Char('0')));
        channels.append(record(QStringLiteral("ServiceChannel"), id,
                               {{QStringLiteral("DeveloperName"), QLatin1String(c[0])},
                                {QStringLiteral("MasterLabel"), QLatin1String(c[1])},
                                {QStringLiteral("RelatedEntity"), QLatin1String(c[2])}}));
    }
    users.append(record(QStringLiteral("User"), creds.userId,
                        {{QStringLiteral("Username"), creds.username},
                         {QStringLiteral("Email"), QStringLiteral("sandbox.admin@example.com")},
                         {QStringLiteral("Name"), QStringLiteral("Sandbox Admin")},
                         {QStringLiteral("FirstName"), QStringLiteral("Sandbox")},
                         {QStringLiteral("LastName"), QStringLiteral("Admin")},
                         {QStringLiteral("IsActive"), true}}));
    const QList<SandboxUser> people = SandboxDirectory::generate(userCount, seed);
    for (int i = 0; i < people.size(); ++i) {
        const SandboxUser& u = people.at(i);
        const QString id =
            SalesforceSandbox::id18(QStringLiteral("005Dp00001%1").arg(i + 1, 5, 10, QLatin1Char('0')));
        users.append(record(QStringLiteral("User"), id,
                            {{QStringLiteral("Username"), u.email + QStringLiteral(".sandbox")},
                             {QStringLiteral("Email"), u.email},
                             {QStringLiteral("Name"), u.displayName},
                             {QStringLiteral("FirstName"), u.firstName},
                             {QStringLiteral("LastName"), u.lastName},
                             {QStringLiteral("IsActive"), u.status != QLatin1String("inactive")}}));
    }
}

SalesforceSandbox::SalesforceSandbox(quint32 seed, int users, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->seed = seed;
    // A consumer key looks like 3MVG9…; the secret is 64 hex digits, upper case.
    d->creds.clientId = QStringLiteral("3MVG9") + seeded(seed, "sf-client", 80, kAlnum);
    d->creds.clientSecret = seeded(seed, "sf-secret", 64, QLatin1String("0123456789ABCDEF"));
    d->creds.username = QStringLiteral("admin@syncdesk-sandbox.example.com");
    d->creds.password = QStringLiteral("Sandbox-") + seeded(seed, "sf-password", 10, kAlnum);
    d->creds.securityToken = seeded(seed, "sf-token", 24, kAlnum);
    d->creds.orgId = id18(QStringLiteral("00D") + seeded(seed, "sf-org", 12, kAlnum));
    d->creds.userId = id18(QStringLiteral("005") + seeded(seed, "sf-user", 12, kAlnum));
    d->seedData(qMax(0, users));
}

SalesforceSandbox::~SalesforceSandbox()
{
    stop();
}

Error SalesforceSandbox::start(const QHostAddress& address, quint16 port)
{
    if (isRunning())
        return {};
    auto* server = new QHttpServer(this);
    server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        d->onRequest(request, std::move(responder));
    });
    const quint16 bound = server->listen(address, port);
    if (bound == 0) {
        delete server;
        return Error::make(
            Service::Sandbox, ErrorCode::ListenFailed,
            tr("The Salesforce sandbox could not listen on %1 port %2. The port may already be in use.")
                .arg(address.toString())
                .arg(port));
    }
    d->server = server;
    d->address = address;
    d->port = bound;
    qCInfo(lcSandbox).noquote() << "Salesforce sandbox listening on" << baseUrl().toString();
    return {};
}

void SalesforceSandbox::stop()
{
    if (!d->server)
        return;
    QHttpServer* server = d->server;
    d->server = nullptr;
    d->port = 0;
    for (QTcpServer* l : server->servers())
        l->close();
    for (QTcpSocket* s : server->findChildren<QTcpSocket*>())
        s->abort();
    server->deleteLater();
}

bool SalesforceSandbox::isRunning() const
{
    return d->server != nullptr;
}

QUrl SalesforceSandbox::baseUrl() const
{
    if (!isRunning())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->address.toString());
    url.setPort(d->port);
    return url;
}

SalesforceSandboxCredentials SalesforceSandbox::credentials() const
{
    return d->creds;
}

void SalesforceSandbox::setPasswordFlowBlocked(bool blocked)
{
    d->passwordBlocked = blocked;
}

void SalesforceSandbox::injectFault(SalesforceSandboxFault fault, int count, int retryAfterSec)
{
    if (count > 0)
        d->faults.push_back({fault, count, retryAfterSec});
}

void SalesforceSandbox::clearFaults()
{
    d->faults.clear();
}

void SalesforceSandbox::invalidateTokens()
{
    d->accessTokens.clear();
}

void SalesforceSandbox::setTokenTtl(int seconds)
{
    d->tokenTtl = seconds;
}

void SalesforceSandbox::setPageSize(int records)
{
    d->pageSize = qMax(1, records);
}

int SalesforceSandbox::tokenRequestCount() const
{
    return d->tokenRequests;
}

int SalesforceSandbox::apiRequestCount() const
{
    return d->apiRequests;
}

int SalesforceSandbox::userCount() const
{
    return int(d->users.size());
}

int SalesforceSandbox::presenceStatusCount() const
{
    return int(d->statuses.size());
}

int SalesforceSandbox::serviceChannelCount() const
{
    return int(d->channels.size());
}

int SalesforceSandbox::queryCount(const QString& object) const
{
    return d->queries.value(object.toLower());
}

void SalesforceSandbox::addPresenceStatus(const QString& developerName, const QString& label)
{
    const QString id = id18(QStringLiteral("0N5Dp1%1").arg(d->statuses.size() + 1, 9, 10, QLatin1Char('0')));
    d->statuses.append(QJsonObject{
        {QStringLiteral("attributes"),
         QJsonObject{
             {QStringLiteral("type"), QStringLiteral("ServicePresenceStatus")},
             {QStringLiteral("url"),
              QStringLiteral("/services/data/%1/sobjects/ServicePresenceStatus/%2").arg(kApiVersion, id)}}},
        {QStringLiteral("Id"), id},
        {QStringLiteral("DeveloperName"), developerName},
        {QStringLiteral("MasterLabel"), label},
        {QStringLiteral("Language"), QStringLiteral("en_US")}});
}

QString SalesforceSandbox::Private::identityUrl() const
{
    return q->baseUrl().toString() + QStringLiteral("/id/%1/%2").arg(creds.orgId, creds.userId);
}

void SalesforceSandbox::Private::onRequest(const QHttpServerRequest& request,
                                           QHttpServerResponder&& responder)
{
    QString method;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        method = QStringLiteral("GET");
        break;
    case QHttpServerRequest::Method::Post:
        method = QStringLiteral("POST");
        break;
    default:
        method = QStringLiteral("OTHER");
        break;
    }
    const QUrl url = request.url();
    QStringList seg;
    const QString encodedPath = url.path(QUrl::FullyEncoded);
    for (const QStringView s : QStringView(encodedPath).split(QLatin1Char('/'), Qt::SkipEmptyParts))
        seg.append(QUrl::fromPercentEncoding(s.toUtf8()));
    QByteArray auth;
    for (const auto& [k, v] : request.headers())
        if (k.compare("authorization", Qt::CaseInsensitive) == 0)
            auth = v;
    const Reply r = dispatch(method, url, seg, request.body(), auth);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(r.status));
    for (const auto& [k, v] : r.headers)
        responder.writeHeader(k, v);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(r.body.size()));
    responder.writeBody(r.body);
    qCDebug(lcSandbox).noquote() << "salesforce" << method << url.path() << "->" << r.status;
    emit q->requestServed(method, url.path(), r.status);
}

Reply SalesforceSandbox::Private::dispatch(const QString& method, const QUrl& url, const QStringList& seg,
                                           const QByteArray& body, const QByteArray& auth)
{
    const QStringList oauth = {QStringLiteral("services"), QStringLiteral("oauth2")};
    // The browser's pages are never faulted: a GUI test drives them and checks the client side.
    if (seg == oauth + QStringList{QStringLiteral("authorize")} && method == QLatin1String("GET"))
        return authorize(QUrlQuery(url));
    if (seg == oauth + QStringList{QStringLiteral("authorize"), QStringLiteral("consent")} &&
        method == QLatin1String("POST"))
        return consent(body);

    const bool isToken = seg == oauth + QStringList{QStringLiteral("token")};
    const bool isRest =
        seg.size() >= 3 && seg.at(0) == QLatin1String("services") && seg.at(1) == QLatin1String("data");
    const bool isIdentity = seg == oauth + QStringList{QStringLiteral("userinfo")} ||
                            (seg.size() == 3 && seg.at(0) == QLatin1String("id"));
    if (!isToken && !isRest && !isIdentity)
        return restError(404, QStringLiteral("NOT_FOUND"),
                         QStringLiteral("The requested resource does not exist"));
    if (isToken)
        ++tokenRequests;
    else
        ++apiRequests;
    const Headers limits = isRest ? limitInfo() : Headers{};
    if (!faults.empty()) {
        const Fault f = faults.front();
        if (--faults.front().remaining <= 0)
            faults.pop_front();
        if (f.fault == SalesforceSandboxFault::RateLimited) {
            Headers h = limits;
            h.append({QByteArrayLiteral("Retry-After"), QByteArray::number(f.retryAfter)});
            return restError(429, QStringLiteral("REQUEST_LIMIT_EXCEEDED"),
                             QStringLiteral("Too many requests, try again later."), h);
        }
        return restError(503, QStringLiteral("SERVER_UNAVAILABLE"), QStringLiteral("Server is busy."),
                         limits);
    }
    if (isToken) {
        if (method != QLatin1String("POST"))
            return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("must use HTTP POST"));
        return token(body, auth);
    }
    if (!validBearer(auth)) {
        Reply r = restError(401, QStringLiteral("INVALID_SESSION_ID"),
                            QStringLiteral("Session expired or invalid"), limits);
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Token")});
        return r;
    }
    if (isIdentity) {
        if (seg.at(0) == QLatin1String("id") && (seg.at(1) != creds.orgId || seg.at(2) != creds.userId))
            return restError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Bad_Id"));
        const QString base = q->baseUrl().toString();
        return jsonReply(200, QJsonDocument(QJsonObject{
                                  {QStringLiteral("sub"), identityUrl()},
                                  {QStringLiteral("user_id"), creds.userId},
                                  {QStringLiteral("organization_id"), creds.orgId},
                                  {QStringLiteral("preferred_username"), creds.username},
                                  {QStringLiteral("email"), QStringLiteral("sandbox.admin@example.com")},
                                  {QStringLiteral("email_verified"), true},
                                  {QStringLiteral("name"), QStringLiteral("Sandbox Admin")},
                                  {QStringLiteral("given_name"), QStringLiteral("Sandbox")},
                                  {QStringLiteral("family_name"), QStringLiteral("Admin")},
                                  {QStringLiteral("zoneinfo"), QStringLiteral("Europe/Berlin")},
                                  {QStringLiteral("locale"), QStringLiteral("de_DE")},
                                  {QStringLiteral("user_type"), QStringLiteral("STANDARD")},
                                  {QStringLiteral("urls"),
                                   QJsonObject{{QStringLiteral("rest"),
                                                base + QStringLiteral("/services/data/v{version}/")}}}}));
    }
    Reply r = api(seg, url);
    r.headers += limits;
    return r;
}

Reply SalesforceSandbox::Private::authorize(const QUrlQuery& query)
{
    auto v = [&](const char* key) { return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    // Before the redirect URI is trusted, errors go on a page: redirecting to an unchecked URI
    // would make the sandbox an open redirector.
    if (v("client_id") != creds.clientId)
        return html(400, QStringLiteral("<html><body><h1>error=invalid_client_id</h1>"
                                        "<p>client identifier invalid</p></body></html>"));
    const QUrl redirectUri(v("redirect_uri"));
    const bool loopback =
        redirectUri.scheme() == QLatin1String("http") &&
        (redirectUri.host() == QLatin1String("127.0.0.1") ||
         redirectUri.host() == QLatin1String("localhost") || redirectUri.host() == QLatin1String("::1"));
    if (!redirectUri.isValid() || (!loopback && redirectUri.scheme() != QLatin1String("https")))
        return html(400, QStringLiteral("<html><body><h1>error=redirect_uri_mismatch</h1>"
                                        "<p>redirect_uri must match configuration</p></body></html>"));
    auto fail = [&](const QString& code, const QString& description) {
        QUrl to = redirectUri;
        QUrlQuery q(to);
        q.addQueryItem(QStringLiteral("error"), code);
        q.addQueryItem(QStringLiteral("error_description"), description);
        if (!v("state").isEmpty())
            q.addQueryItem(QStringLiteral("state"), v("state"));
        to.setQuery(q);
        return redirect(to);
    };
    if (v("response_type") != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"),
                    QStringLiteral("response type not supported"));
    if (v("code_challenge").isEmpty())
        return fail(QStringLiteral("invalid_request"), QStringLiteral("missing required code challenge"));
    if (v("code_challenge_method") != QLatin1String("S256"))
        return fail(QStringLiteral("invalid_request"), QStringLiteral("invalid code challenge method"));
    const QString id = QString::fromLatin1(randomToken(12));
    pending.insert(id, {creds.clientId, v("redirect_uri"), v("state"), v("code_challenge")});
    return html(200,
                QStringLiteral(
                    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Allow Access?</title></head>"
                    "<body><h1>Allow Access?</h1>"
                    "<p>Syncdesk is asking to access your Salesforce data as %1.</p>"
                    "<form id=\"consent\" method=\"post\" action=\"/services/oauth2/authorize/consent\">"
                    "<input type=\"hidden\" name=\"request\" value=\"%2\">"
                    "<button type=\"submit\" name=\"decision\" value=\"allow\" id=\"allow\">Allow</button>"
                    "<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">Deny</button>"
                    "</form></body></html>")
                    .arg(htmlEscape(creds.username), id));
}

Reply SalesforceSandbox::Private::consent(const QByteArray& body)
{
    const QHash<QString, QString> form = parseForm(body);
    const auto it = pending.constFind(form.value(QStringLiteral("request")));
    if (it == pending.cend())
        return html(400, QStringLiteral("<html><body><h1>This page has expired.</h1>"
                                        "<p>Start the sign-in again.</p></body></html>"));
    const PendingAuthorization p = it.value();
    pending.erase(it);
    QUrl to(p.redirectUri);
    QUrlQuery q(to);
    if (form.value(QStringLiteral("decision")) == QLatin1String("allow")) {
        // Real codes contain '=' and '%' after encoding (aPrx…%3D%3D); so do these, so a client
        // that decodes or encodes them twice fails here as it would there.
        const QString code =
            QStringLiteral("aPrx") + QString::fromLatin1(randomToken(24)) + QStringLiteral("==");
        codes.insert(code, {p.clientId, p.redirectUri, p.challenge,
                            QDateTime::currentMSecsSinceEpoch() + 15 * 60 * 1000});
        q.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    } else {
        q.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        q.addQueryItem(QStringLiteral("error_description"),
                       QStringLiteral("end-user%20denied%20authorization"));
    }
    if (!p.state.isEmpty())
        q.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(p.state)));
    to.setQuery(q);
    return redirect(to);
}

QJsonObject SalesforceSandbox::Private::issue(bool withRefresh)
{
    const QString access = creds.orgId.left(15) + QLatin1Char('!') + QString::fromLatin1(randomToken(48));
    accessTokens.insert(access, QDateTime::currentMSecsSinceEpoch() + qint64(tokenTtl) * 1000);
    const QString issuedAt = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QByteArray signature =
        QMessageAuthenticationCode::hash((identityUrl() + issuedAt).toUtf8(), creds.clientSecret.toUtf8(),
                                         QCryptographicHash::Sha256)
            .toBase64();
    QJsonObject o{{QStringLiteral("access_token"), access},
                  {QStringLiteral("instance_url"), q->baseUrl().toString()},
                  {QStringLiteral("id"), identityUrl()},
                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                  {QStringLiteral("issued_at"), issuedAt},
                  {QStringLiteral("signature"), QString::fromLatin1(signature)}};
    if (withRefresh) {
        const QString refresh = QStringLiteral("5Aep") + QString::fromLatin1(randomToken(60));
        refreshTokens.insert(refresh);
        o.insert(QStringLiteral("refresh_token"), refresh);
        o.insert(QStringLiteral("scope"), QStringLiteral("refresh_token api id"));
    }
    return o;
}

Reply SalesforceSandbox::Private::token(const QByteArray& body, const QByteArray& auth)
{
    const QHash<QString, QString> form = parseForm(body);
    QString clientId = form.value(QStringLiteral("client_id"));
    QString clientSecret = form.value(QStringLiteral("client_secret"));
    if (auth.size() > 6 && auth.first(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const QString pair = QString::fromUtf8(QByteArray::fromBase64(auth.mid(6).trimmed()));
        clientId = pair.section(QLatin1Char(':'), 0, 0);
        clientSecret = pair.section(QLatin1Char(':'), 1);
    }
    const QString grant = form.value(QStringLiteral("grant_type"));
    if (grant != QLatin1String("password") && grant != QLatin1String("refresh_token") &&
        grant != QLatin1String("authorization_code"))
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("grant type not supported"));
    if (clientId != creds.clientId)
        return oauthError(400, QStringLiteral("invalid_client_id"),
                          QStringLiteral("client identifier invalid"));
    // The code and refresh grants may come from a public client (PKCE); a secret sent must match.
    const bool secretRequired = grant == QLatin1String("password");
    if ((secretRequired || !clientSecret.isEmpty()) && clientSecret != creds.clientSecret)
        return oauthError(400, QStringLiteral("invalid_client"),
                          QStringLiteral("invalid client credentials"));

    if (grant == QLatin1String("password")) {
        // Salesforce answers a blocked flow exactly as a wrong password; only Login History tells.
        if (passwordBlocked || form.value(QStringLiteral("username")) != creds.username ||
            form.value(QStringLiteral("password")) != creds.passwordWithToken())
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("authentication failure"));
        return jsonReply(200, QJsonDocument(issue(false)));
    }
    if (grant == QLatin1String("refresh_token")) {
        if (!refreshTokens.contains(form.value(QStringLiteral("refresh_token"))))
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("expired access/refresh token"));
        return jsonReply(200, QJsonDocument(issue(false)));
    }
    const auto it = codes.constFind(form.value(QStringLiteral("code")));
    if (it == codes.cend() || QDateTime::currentMSecsSinceEpoch() >= it->expiresAt)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("invalid authorization code"));
    const IssuedCode c = it.value();
    codes.erase(it); // single use, whatever the outcome
    if (form.value(QStringLiteral("redirect_uri")) != c.redirectUri)
        return oauthError(400, QStringLiteral("redirect_uri_mismatch"),
                          QStringLiteral("redirect_uri must match configuration"));
    const QByteArray computed = QCryptographicHash::hash(form.value(QStringLiteral("code_verifier")).toUtf8(),
                                                         QCryptographicHash::Sha256)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (form.value(QStringLiteral("code_verifier")).isEmpty() || QString::fromLatin1(computed) != c.challenge)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("invalid code verifier"));
    return jsonReply(200, QJsonDocument(issue(true)));
}

Reply SalesforceSandbox::Private::api(const QStringList& seg, const QUrl& url)
{
    // seg: services data vXX.X …
    if (seg.size() == 2 || (seg.size() >= 3 && !seg.at(2).startsWith(QLatin1Char('v'))))
        return restError(404, QStringLiteral("NOT_FOUND"),
                         QStringLiteral("The requested resource does not exist"));
    const QStringList rest = seg.mid(3);
    if (rest == QStringList{QStringLiteral("limits")}) {
        return jsonReply(200, QJsonDocument(QJsonObject{{QStringLiteral("DailyApiRequests"),
                                                         QJsonObject{{QStringLiteral("Max"), kDailyApiLimit},
                                                                     {QStringLiteral("Remaining"),
                                                                      kDailyApiLimit - apiRequests}}}}));
    }
    if (rest == QStringList{QStringLiteral("query")}) {
        // Clients send spaces as %20 or '+'; a literal '+' in SOQL arrives as %2B.
        QByteArray raw = QUrlQuery(url).queryItemValue(QStringLiteral("q"), QUrl::FullyEncoded).toLatin1();
        raw.replace('+', ' ');
        const QString soql = QUrl::fromPercentEncoding(raw);
        if (soql.trimmed().isEmpty())
            return restError(400, QStringLiteral("MALFORMED_QUERY"),
                             QStringLiteral("A query string has to be specified"));
        return query(soql);
    }
    if (rest.size() == 2 && rest.at(0) == QLatin1String("query")) {
        const qsizetype dash = rest.at(1).lastIndexOf(QLatin1Char('-'));
        bool ok = false;
        const int offset = dash > 0 ? rest.at(1).mid(dash + 1).toInt(&ok) : 0;
        if (!ok)
            return restError(400, QStringLiteral("INVALID_QUERY_LOCATOR"),
                             QStringLiteral("invalid query locator"));
        return page(rest.at(1).left(dash), offset);
    }
    return restError(404, QStringLiteral("NOT_FOUND"),
                     QStringLiteral("The requested resource does not exist"));
}

Reply SalesforceSandbox::Private::query(const QString& soql)
{
    // Only SELECT <fields> FROM <object>; WHERE, ORDER BY and LIMIT are accepted and ignored.
    static const QRegularExpression re(QStringLiteral(R"(^\s*SELECT\s+(.+?)\s+FROM\s+(\w+)\b)"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(soql);
    if (!m.hasMatch())
        return restError(400, QStringLiteral("MALFORMED_QUERY"),
                         QStringLiteral("unexpected token: '%1'").arg(soql.section(QLatin1Char(' '), 0, 0)));
    const QString object = m.captured(2);
    ++queries[object.toLower()];
    const QJsonArray* source = nullptr;
    if (object.compare(QLatin1String("ServicePresenceStatus"), Qt::CaseInsensitive) == 0)
        source = &statuses;
    else if (object.compare(QLatin1String("ServiceChannel"), Qt::CaseInsensitive) == 0)
        source = &channels;
    else if (object.compare(QLatin1String("User"), Qt::CaseInsensitive) == 0)
        source = &users;
    if (!source)
        return restError(400, QStringLiteral("INVALID_TYPE"),
                         QStringLiteral("sObject type '%1' is not supported. If you are attempting to use a "
                                        "custom object, be sure to append the '__c' after the entity name.")
                             .arg(object));
    QStringList fields;
    for (const QString& f : m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
        fields.append(f.trimmed());
    QJsonArray records;
    for (const QJsonValue& v : *source) {
        const QJsonObject all = v.toObject();
        QJsonObject o{{QStringLiteral("attributes"), all.value(QStringLiteral("attributes"))}};
        for (const QString& f : fields) {
            QString key;
            for (auto it = all.begin(); it != all.end(); ++it)
                if (it.key().compare(f, Qt::CaseInsensitive) == 0 && it.key() != QLatin1String("attributes"))
                    key = it.key();
            if (key.isEmpty())
                return restError(400, QStringLiteral("INVALID_FIELD"),
                                 QStringLiteral("No such column '%1' on entity '%2'.").arg(f, object));
            o.insert(key, all.value(key));
        }
        records.append(o);
    }
    const QString locator = QStringLiteral("01gDp%1").arg(nextLocator++, 10, 10, QLatin1Char('0'));
    cursors.insert(locator, {records, int(records.size())});
    return page(locator, 0);
}

Reply SalesforceSandbox::Private::page(const QString& locatorId, int offset)
{
    const auto it = cursors.constFind(locatorId);
    if (it == cursors.cend() || offset < 0 || offset > it->records.size())
        return restError(400, QStringLiteral("INVALID_QUERY_LOCATOR"),
                         QStringLiteral("invalid query locator"));
    QJsonArray records;
    for (int i = offset; i < it->records.size() && i < offset + pageSize; ++i)
        records.append(it->records.at(i));
    const int next = offset + int(records.size());
    QJsonObject o{{QStringLiteral("totalSize"), it->total},
                  {QStringLiteral("done"), next >= it->records.size()},
                  {QStringLiteral("records"), records}};
    if (next < it->records.size())
        o.insert(QStringLiteral("nextRecordsUrl"),
                 QStringLiteral("/services/data/%1/query/%2-%3").arg(kApiVersion, locatorId).arg(next));
    else
        cursors.remove(locatorId);
    return jsonReply(200, QJsonDocument(o));
}

} // namespace syncdesk
