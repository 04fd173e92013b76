#include "AcdSandbox.h"

#include "common/Log.h"
#include "sandbox/SandboxDirectory.h"

#include <QDateTime>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <deque>
#include <map>

namespace syncdesk {

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 200;
    QByteArray body;
    Headers headers;
};

Reply json(int status, const QJsonObject& o, Headers headers = {})
{
    Reply r{status, QJsonDocument(o).toJson(QJsonDocument::Compact), std::move(headers)};
    r.headers.prepend(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=UTF-8")});
    return r;
}

Reply error(int status, const QString& code, const QString& description, Headers headers = {})
{
    return json(status, {{QStringLiteral("error"), code}, {QStringLiteral("error_description"), description}},
                std::move(headers));
}

QString seeded(quint32 seed, const char* salt, int length, QLatin1String alphabet)
{
    QRandomGenerator rng(seed ^ quint32(qHash(QByteArray(salt))));
    QString s;
    for (int i = 0; i < length; ++i)
        s.append(QLatin1Char(alphabet.at(int(rng.bounded(quint32(alphabet.size()))))));
    return s;
}

QByteArray b64url(const QByteArray& b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A strict application/x-www-form-urlencoded reader: a raw '=' inside a value is refused, as a
// strict server would misread it. That is the base32 access-key gotcha the client must avoid.
bool parseForm(const QByteArray& body, QHash<QString, QString>* out)
{
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        if (pair.count('=') != 1)
            return false;
        const qsizetype eq = pair.indexOf('=');
        QByteArray k = pair.left(eq), v = pair.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out->insert(QUrl::fromPercentEncoding(k), QUrl::fromPercentEncoding(v));
    }
    return true;
}

struct Entry
{
    int id = 0;
    QString externalId;
    QJsonObject fields; // firstName, middleName, lastName, company, phone, mobile, email
};

struct Book
{
    int id = 0;
    QString name;
    QString type;                        // Standard | Dynamic
    std::map<int, Entry> entries;        // by addressBookEntryId, ordered for stable paging
    QMap<QString, QStringList> assigned; // entityType -> entity IDs; "Everyone" -> {"*"}
};

const QStringList kEntryFields = {QStringLiteral("firstName"), QStringLiteral("middleName"),
                                  QStringLiteral("lastName"),  QStringLiteral("company"),
                                  QStringLiteral("phone"),     QStringLiteral("mobile"),
                                  QStringLiteral("email")};

} // namespace

struct AcdSandbox::Private
{
    AcdSandbox* q = nullptr;
    QHttpServer* server = nullptr;
    QHostAddress address;
    quint16 port = 0;
    quint32 seed = 1;
    int zoomUsers = 50;
    AcdSandboxCredentials creds;
    int tokenTtl = 3600;
    int pageLimit = 100;
    int tokenRequests = 0, apiRequests = 0, discoveryRequests = 0;
    struct Fault
    {
        AcdSandboxFault fault;
        int remaining;
        int retryAfter;
    };
    std::deque<Fault> faults;
    QHash<QString, QString> entryFailures; // e-mail -> the error its entries get
    QHash<QString, qint64> tokens; // access token -> expiry (ms since epoch)

    QJsonArray teams, agents, skills;
    struct Code
    {
        int id;
        QString name;
        bool active;
        QList<int> teamIds;
    };
    QList<Code> codes;
    std::map<int, Book> books;
    int nextBookId = 1001;
    int nextEntryId = 50001;

    void seedData();
    void onRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    Reply dispatch(const QString& method, const QStringList& seg, const QUrlQuery& query,
                   const QByteArray& body, const QByteArray& auth);
    Reply token(const QByteArray& body, const QByteArray& auth);
    Reply api(const QString& method, const QStringList& seg, const QUrlQuery& query, const QByteArray& body);
    Reply paged(const QJsonArray& all, const QUrlQuery& query, const QString& key);
    QString teamName(int id) const;
    Reply assign(Book& book, const QString& entityType, const QByteArray& body);
    QJsonObject entryResult(Book& book, const QJsonObject& in, bool dynamic, bool update);
};

void AcdSandbox::Private::seedData()
{
    static const char* const teamNames[] = {"Service Desk", "Sales", "Billing", "Escalations"};
    for (int i = 0; i < 4; ++i)
        teams.append(QJsonObject{{QStringLiteral("teamId"), 3001 + i},
                                 {QStringLiteral("teamName"), QLatin1String(teamNames[i])},
                                 {QStringLiteral("isActive"), true},
                                 {QStringLiteral("agentCount"), 0}});
    // Agents are the first Zoom sandbox users, so names and e-mails match across both sandboxes.
    const QList<SandboxUser> users = SandboxDirectory::generate(zoomUsers, seed);
    QList<int> perTeam(4, 0);
    for (int i = 0; i < users.size() && i < 30; ++i) {
        const SandboxUser& u = users.at(i);
        const int t = i % 4;
        ++perTeam[t];
        agents.append(QJsonObject{{QStringLiteral("agentId"), 20001 + i},
                                  {QStringLiteral("userName"), u.email},
                                  {QStringLiteral("firstName"), u.firstName},
                                  {QStringLiteral("lastName"), u.lastName},
                                  {QStringLiteral("emailAddress"), u.email},
                                  {QStringLiteral("isActive"), u.status != QLatin1String("inactive")},
                                  {QStringLiteral("locked"), false},
                                  {QStringLiteral("teamId"), 3001 + t},
                                  {QStringLiteral("teamName"), QLatin1String(teamNames[t])}});
    }
    for (int t = 0; t < 4; ++t) {
        QJsonObject o = teams.at(t).toObject();
        o.insert(QStringLiteral("agentCount"), perTeam.at(t));
        teams.replace(t, o);
    }
    static const char* const skillNames[] = {"Inbound DE", "Inbound EN", "Inbound JA", "Callback", "Chat"};
    for (int i = 0; i < 5; ++i)
        skills.append(QJsonObject{{QStringLiteral("skillId"), 4001 + i},
                                  {QStringLiteral("skillName"), QLatin1String(skillNames[i])},
                                  {QStringLiteral("isActive"), i != 4}});
    codes = {{5001, QStringLiteral("Lunch"), true, {3001, 3002, 3003, 3004}},
             {5002, QStringLiteral("Break"), true, {3001, 3002, 3003}},
             {5003, QStringLiteral("Meeting"), true, {3001, 3004}},
             {5004, QStringLiteral("Zoom call"), true, {3001, 3002}},
             {5005, QStringLiteral("Training"), false, {3003}}};

    // "Corporate Directory": a Dynamic book filled from the Zoom users, partly out of date: some
    // users are missing (adds), some have an old phone or company (updates), and two entries
    // belong to people no longer in Zoom (removals).
    Book b;
    b.id = nextBookId++;
    b.name = QStringLiteral("Corporate Directory");
    b.type = QStringLiteral("Dynamic");
    for (int i = 0; i < users.size(); ++i) {
        const SandboxUser& u = users.at(i);
        if (i % 5 == 4 || u.id.isEmpty())
            continue; // not synced yet
        Entry e;
        e.id = nextEntryId++;
        e.externalId = u.id;
        e.fields = {{QStringLiteral("firstName"), u.firstName},
                    {QStringLiteral("lastName"), u.lastName},
                    {QStringLiteral("email"), u.email},
                    {QStringLiteral("company"), i % 7 == 3 ? QStringLiteral("Old Department") : u.dept},
                    {QStringLiteral("phone"), i % 6 == 2 ? QStringLiteral("+4930000000") : u.phoneNumber}};
        b.entries.emplace(e.id, e);
    }
    for (int k = 0; k < 2; ++k) {
        Entry e;
        e.id = nextEntryId++;
        e.externalId = QStringLiteral("departed-user-%1").arg(k + 1);
        e.fields = {{QStringLiteral("firstName"), k == 0 ? QStringLiteral("Jürgen") : QStringLiteral("花子")},
                    {QStringLiteral("lastName"), k == 0 ? QStringLiteral("Weiß") : QStringLiteral("山田")},
                    {QStringLiteral("email"), QStringLiteral("departed%1@example.com").arg(k + 1)},
                    {QStringLiteral("phone"), QStringLiteral("+49301234%1").arg(k)}};
        b.entries.emplace(e.id, e);
    }
    books.emplace(b.id, std::move(b));
}

AcdSandbox::AcdSandbox(quint32 seed, int zoomUsers, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->seed = seed;
    d->zoomUsers = qMax(0, zoomUsers);
    const QLatin1String alnum("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    const QLatin1String base32("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    d->creds.clientId = seeded(seed, "acd-client", 24, alnum);
    d->creds.clientSecret = seeded(seed, "acd-secret", 40, alnum);
    d->creds.accessKeyId = seeded(seed, "acd-key-id", 40, base32);
    d->creds.accessKeySecret = seeded(seed, "acd-key-secret", 52, base32) + QStringLiteral("====");
    d->creds.tenantId = QStringLiteral("11eb%1-sandbox")
                            .arg(seeded(seed, "acd-tenant", 8, QLatin1String("0123456789abcdef")));
    d->seedData();
}

AcdSandbox::~AcdSandbox()
{
    stop();
}

Error AcdSandbox::start(const QHostAddress& address, quint16 port)
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
            tr("The ACD sandbox could not listen on %1 port %2. The port may already be in use.")
                .arg(address.toString())
                .arg(port));
    }
    d->server = server;
    d->address = address;
    d->port = bound;
    qCInfo(lcSandbox).noquote() << "ACD sandbox listening on" << baseUrl().toString();
    return {};
}

void AcdSandbox::stop()
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

bool AcdSandbox::isRunning() const
{
    return d->server != nullptr;
}

QUrl AcdSandbox::baseUrl() const
{
    if (!isRunning())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->address.toString());
    url.setPort(d->port);
    return url;
}

QUrl AcdSandbox::issuerUrl() const
{
    return baseUrl();
}

QUrl AcdSandbox::apiEndpoint() const
{
    return baseUrl();
}

AcdSandboxCredentials AcdSandbox::credentials() const
{
    return d->creds;
}

void AcdSandbox::injectFault(AcdSandboxFault fault, int count, int retryAfterSec)
{
    if (count > 0)
        d->faults.push_back({fault, count, retryAfterSec});
}

void AcdSandbox::clearFaults()
{
    d->faults.clear();
}

void AcdSandbox::injectEntryFailure(const QString& email, const QString& error)
{
    d->entryFailures.insert(email, error);
}

void AcdSandbox::invalidateTokens()
{
    d->tokens.clear();
}

void AcdSandbox::setTokenTtl(int seconds)
{
    d->tokenTtl = seconds;
}

void AcdSandbox::setPageLimit(int top)
{
    d->pageLimit = qMax(1, top);
}

int AcdSandbox::tokenRequestCount() const
{
    return d->tokenRequests;
}

int AcdSandbox::apiRequestCount() const
{
    return d->apiRequests;
}

int AcdSandbox::discoveryRequestCount() const
{
    return d->discoveryRequests;
}

int AcdSandbox::agentCount() const
{
    return int(d->agents.size());
}

int AcdSandbox::teamCount() const
{
    return int(d->teams.size());
}

int AcdSandbox::unavailableCodeCount() const
{
    return int(d->codes.size());
}

void AcdSandbox::Private::onRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    QString method;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        method = QStringLiteral("GET");
        break;
    case QHttpServerRequest::Method::Post:
        method = QStringLiteral("POST");
        break;
    case QHttpServerRequest::Method::Put:
        method = QStringLiteral("PUT");
        break;
    case QHttpServerRequest::Method::Delete:
        method = QStringLiteral("DELETE");
        break;
    case QHttpServerRequest::Method::Patch:
        method = QStringLiteral("PATCH");
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
    const Reply r = dispatch(method, seg, QUrlQuery(url), request.body(), auth);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(r.status));
    for (const auto& [k, v] : r.headers)
        responder.writeHeader(k, v);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(r.body.size()));
    responder.writeBody(r.body);
    qCDebug(lcSandbox).noquote() << "acd" << method << url.path() << "->" << r.status;
    emit q->requestServed(method, url.path(), r.status);
}

Reply AcdSandbox::Private::dispatch(const QString& method, const QStringList& seg, const QUrlQuery& query,
                                    const QByteArray& body, const QByteArray& auth)
{
    const QUrl base = q->baseUrl();
    // Discovery documents: public, never faulted (a CDN serves them in the cloud).
    if (seg == QStringList{QStringLiteral(".well-known"), QStringLiteral("openid-configuration")}) {
        ++discoveryRequests;
        return json(200, {{QStringLiteral("issuer"), base.toString()},
                          {QStringLiteral("token_endpoint"), base.toString() + QStringLiteral("/auth/token")},
                          {QStringLiteral("authorization_endpoint"),
                           base.toString() + QStringLiteral("/auth/authorize")},
                          {QStringLiteral("grant_types_supported"),
                           QJsonArray{QStringLiteral("password"), QStringLiteral("refresh_token")}}});
    }
    if (seg == QStringList{QStringLiteral(".well-known"), QStringLiteral("cxone-configuration")}) {
        ++discoveryRequests;
        if (query.queryItemValue(QStringLiteral("tenantId"), QUrl::FullyDecoded) != creds.tenantId)
            return error(404, QStringLiteral("tenant_not_found"), QStringLiteral("Unknown tenantId."));
        return json(200, {{QStringLiteral("api_endpoint"), q->apiEndpoint().toString()},
                          {QStringLiteral("area"), QStringLiteral("sb1")},
                          {QStringLiteral("cluster"), QStringLiteral("SB1")},
                          {QStringLiteral("domain"), QStringLiteral("sandbox.invalid")}});
    }
    const bool isToken = seg == QStringList{QStringLiteral("auth"), QStringLiteral("token")};
    if (isToken)
        ++tokenRequests;
    else
        ++apiRequests;
    if (!faults.empty()) {
        const Fault f = faults.front();
        if (--faults.front().remaining <= 0)
            faults.pop_front();
        if (f.fault == AcdSandboxFault::RateLimited)
            return error(429, QStringLiteral("too_many_requests"), QStringLiteral("Rate limit exceeded."),
                         {{QByteArrayLiteral("Retry-After"), QByteArray::number(f.retryAfter)}});
        return error(500, QStringLiteral("server_error"), QStringLiteral("Internal server error."));
    }
    if (isToken) {
        if (method != QLatin1String("POST"))
            return error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use POST."));
        return token(body, auth);
    }
    const QStringList prefix = {QStringLiteral("incontactapi"), QStringLiteral("services"),
                                QStringLiteral("v34.0")};
    if (seg.size() < 4 || seg.mid(0, 3) != prefix)
        return error(404, QStringLiteral("not_found"), QStringLiteral("No such resource."));
    const bool bearer = auth.size() > 7 && auth.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
    const auto it = bearer ? tokens.constFind(QString::fromLatin1(auth.mid(7).trimmed())) : tokens.cend();
    if (it == tokens.cend() || QDateTime::currentMSecsSinceEpoch() >= it.value())
        return error(401, QStringLiteral("invalid_token"),
                     QStringLiteral("The access token is invalid or expired."));
    return api(method, seg.mid(3), query, body);
}

Reply AcdSandbox::Private::token(const QByteArray& body, const QByteArray& auth)
{
    QHash<QString, QString> form;
    if (!parseForm(body, &form))
        return error(400, QStringLiteral("invalid_request"),
                     QStringLiteral("Malformed form body (an unencoded '=' in a value?)."));
    if (form.value(QStringLiteral("grant_type")) != QLatin1String("password"))
        return error(400, QStringLiteral("unsupported_grant_type"),
                     QStringLiteral("Use grant_type=password."));
    const QByteArray expected =
        "Basic " + (creds.clientId + QLatin1Char(':') + creds.clientSecret).toUtf8().toBase64();
    if (auth != expected)
        return error(401, QStringLiteral("invalid_client"), QStringLiteral("Client authentication failed."));
    if (form.value(QStringLiteral("username")) != creds.accessKeyId ||
        form.value(QStringLiteral("password")) != creds.accessKeySecret)
        return error(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid access key."));

    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(raw.data()), raw.size() / 4);
    const QString access = QString::fromLatin1(b64url(raw));
    tokens.insert(access, QDateTime::currentMSecsSinceEpoch() + qint64(tokenTtl) * 1000);
    const qint64 iat = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), QStringLiteral("sandbox-1")}};
    const QJsonObject payload{{QStringLiteral("iss"), q->issuerUrl().toString()},
                              {QStringLiteral("sub"), QStringLiteral("user:11eb-sandbox-admin")},
                              {QStringLiteral("aud"), creds.clientId},
                              {QStringLiteral("tenantId"), creds.tenantId},
                              {QStringLiteral("tenant"), QStringLiteral("sandbox")},
                              {QStringLiteral("area"), QStringLiteral("sb1")},
                              {QStringLiteral("icBUId"), 4600001},
                              {QStringLiteral("icClusterId"), QStringLiteral("SB1")},
                              {QStringLiteral("icAgentId"), 20001},
                              {QStringLiteral("name"), QStringLiteral("sandbox.admin@example.com")},
                              {QStringLiteral("given_name"), QStringLiteral("Sandbox")},
                              {QStringLiteral("family_name"), QStringLiteral("Admin")},
                              {QStringLiteral("iat"), iat},
                              {QStringLiteral("exp"), iat + tokenTtl}};
    const QByteArray signingInput = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    b64url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    // Looks like a signature; it is an HMAC with a sandbox key, not RS256, and nobody verifies it.
    const QByteArray sig = QMessageAuthenticationCode::hash(signingInput, creds.clientSecret.toUtf8(),
                                                            QCryptographicHash::Sha256);
    return json(200, {{QStringLiteral("access_token"), access},
                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("expires_in"), tokenTtl},
                      {QStringLiteral("refresh_token"), QStringLiteral("sandbox-refresh-not-supported")},
                      {QStringLiteral("id_token"), QString::fromLatin1(signingInput + '.' + b64url(sig))}});
}

Reply AcdSandbox::Private::paged(const QJsonArray& all, const QUrlQuery& query, const QString& key)
{
    bool okSkip = false, okTop = false;
    int skip = query.queryItemValue(QStringLiteral("skip")).toInt(&okSkip);
    int top = query.queryItemValue(QStringLiteral("top")).toInt(&okTop);
    if (!okSkip || skip < 0)
        skip = 0;
    if (!okTop || top <= 0 || top > pageLimit)
        top = pageLimit;
    QJsonArray page;
    for (int i = skip; i < all.size() && i < skip + top; ++i)
        page.append(all.at(i));
    return json(200, {{QStringLiteral("businessUnitId"), 4600001},
                      {QStringLiteral("totalRecords"), int(all.size())},
                      {key, page}});
}

QString AcdSandbox::Private::teamName(int id) const
{
    for (const auto& t : teams)
        if (t.toObject().value(QStringLiteral("teamId")).toInt() == id)
            return t.toObject().value(QStringLiteral("teamName")).toString();
    return {};
}

Reply AcdSandbox::Private::assign(Book& book, const QString& type, const QByteArray& body)
{
    static const QStringList types = {QStringLiteral("Agent"), QStringLiteral("Skill"),
                                      QStringLiteral("Team"), QStringLiteral("Campaign"),
                                      QStringLiteral("Everyone")};
    if (!types.contains(type))
        return error(400, QStringLiteral("invalid_request"),
                     QStringLiteral("entityType must be Agent, Skill, Team, Campaign or Everyone."));
    QJsonArray results;
    if (type == QLatin1String("Everyone")) {
        book.assigned.insert(type, {QStringLiteral("*")});
        results.append(QJsonObject{{QStringLiteral("success"), true},
                                   {QStringLiteral("entityId"), QString()},
                                   {QStringLiteral("error"), QJsonValue::Null},
                                   {QStringLiteral("entityType"), type}});
        return json(200, {{QStringLiteral("assignResults"), results}});
    }
    const QJsonArray in =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("addressBookAssignments")).toArray();
    const QJsonArray& known = type == QLatin1String("Agent")  ? agents
                              : type == QLatin1String("Team") ? teams
                                                              : skills;
    const QString idKey = type == QLatin1String("Agent")  ? QStringLiteral("agentId")
                          : type == QLatin1String("Team") ? QStringLiteral("teamId")
                                                          : QStringLiteral("skillId");
    for (const auto& v : in) {
        const QString id = v.toObject().value(QStringLiteral("entityId")).toVariant().toString();
        bool exists = false;
        if (type != QLatin1String("Campaign")) { // the sandbox has no campaigns
            for (const auto& k : known)
                exists = exists || QString::number(k.toObject().value(idKey).toInt()) == id;
        }
        QJsonObject r{{QStringLiteral("success"), exists},
                      {QStringLiteral("entityId"), id},
                      {QStringLiteral("entityType"), type}};
        if (exists) {
            QStringList& list = book.assigned[type];
            if (!list.contains(id))
                list.append(id);
            r.insert(QStringLiteral("error"), QJsonValue::Null);
        } else {
            r.insert(QStringLiteral("error"), QStringLiteral("%1 %2 not found.").arg(type, id));
        }
        results.append(r);
    }
    return json(200, {{QStringLiteral("assignResults"), results}});
}

QJsonObject AcdSandbox::Private::entryResult(Book& book, const QJsonObject& in, bool dynamic, bool update)
{
    QJsonObject res{{QStringLiteral("success"), false}};
    const QString externalId = in.value(QStringLiteral("externalId")).toString();
    if (dynamic)
        res.insert(QStringLiteral("externalId"), externalId);
    auto fail = [&](const QString& why) {
        res.insert(QStringLiteral("error"), why);
        return res;
    };
    for (const char* f : {"phone", "mobile"})
        if (in.value(QLatin1String(f)).toString().size() > AcdSandbox::kPhoneLimit)
            return fail(QStringLiteral("%1 exceeds %2 characters.")
                            .arg(QLatin1String(f) == QLatin1String("phone") ? QStringLiteral("Phone")
                                                                            : QStringLiteral("Mobile"))
                            .arg(AcdSandbox::kPhoneLimit));
    if (dynamic && externalId.isEmpty())
        return fail(QStringLiteral("externalId is required."));
    const QString injected = entryFailures.value(in.value(QStringLiteral("email")).toString());
    if (!injected.isEmpty())
        return fail(injected);
    if (!dynamic && !update &&
        (in.value(QStringLiteral("firstName")).toString().isEmpty() ||
         in.value(QStringLiteral("lastName")).toString().isEmpty()))
        return fail(QStringLiteral("firstName and lastName are required."));
    QJsonObject fields;
    for (const QString& f : kEntryFields)
        if (in.contains(f))
            fields.insert(f, in.value(f));
    Entry* target = nullptr;
    if (dynamic) {
        for (auto& [id, e] : book.entries)
            if (e.externalId == externalId)
                target = &e;
    } else if (update) {
        const int id = in.value(QStringLiteral("addressBookEntryId")).toVariant().toInt();
        auto it = book.entries.find(id);
        if (it == book.entries.end())
            return fail(QStringLiteral("Entry %1 not found.").arg(id));
        target = &it->second;
    }
    const bool created = target == nullptr;
    if (created) {
        Entry e;
        e.id = nextEntryId++;
        e.externalId = externalId;
        e.fields = fields;
        target = &book.entries.emplace(e.id, e).first->second;
    } else if (dynamic) {
        target->fields = fields; // a dynamic entry is replaced as a whole
    } else {
        for (auto it = fields.begin(); it != fields.end(); ++it)
            target->fields.insert(it.key(), it.value());
    }
    res.insert(QStringLiteral("success"), true);
    res.insert(QStringLiteral("addressBookEntryId"), target->id);
    if (dynamic)
        res.insert(QStringLiteral("created"), created);
    res.insert(QStringLiteral("error"), QJsonValue::Null);
    return res;
}

Reply AcdSandbox::Private::api(const QString& method, const QStringList& seg, const QUrlQuery& query,
                               const QByteArray& body)
{
    const QString r = seg.at(0);
    const qsizetype n = seg.size();
    const bool get = method == QLatin1String("GET");
    if (r == QLatin1String("teams") && n == 1 && get)
        return paged(teams, query, QStringLiteral("teams"));
    if (r == QLatin1String("agents") && n == 1 && get)
        return paged(agents, query, QStringLiteral("agents"));
    if (r == QLatin1String("skills") && n == 1 && get)
        return paged(skills, query, QStringLiteral("skills"));
    if (r == QLatin1String("unavailable-codes")) {
        if (n == 1 && get) {
            const bool activeOnly =
                query.queryItemValue(QStringLiteral("activeOnly")) == QLatin1String("true");
            QJsonArray out;
            for (const Code& c : codes)
                if (c.active || !activeOnly)
                    out.append(QJsonObject{{QStringLiteral("id"), c.id},
                                           {QStringLiteral("name"), c.name},
                                           {QStringLiteral("isActive"), c.active},
                                           {QStringLiteral("isACW"), false},
                                           {QStringLiteral("notes"), QString()},
                                           {QStringLiteral("agentTimeout"), 0}});
            return json(200, {{QStringLiteral("unavailableCodes"), out}});
        }
        if (n == 3 && get && seg.at(2) == QLatin1String("teams")) {
            for (const Code& c : codes) {
                if (QString::number(c.id) != seg.at(1))
                    continue;
                QJsonArray out;
                for (int t : c.teamIds)
                    out.append(QJsonObject{{QStringLiteral("id"), QString::number(t)},
                                           {QStringLiteral("teamName"), teamName(t)}});
                return json(200, {{QStringLiteral("teams"), out}});
            }
            return error(404, QStringLiteral("not_found"), QStringLiteral("Unavailable code not found."));
        }
    }
    if (r != QLatin1String("address-books"))
        return error(404, QStringLiteral("not_found"), QStringLiteral("No such resource."));

    if (n == 1 && get) {
        QJsonArray out;
        for (const auto& [id, b] : books)
            out.append(
                QJsonObject{{QStringLiteral("addressBookId"), b.id},
                            {QStringLiteral("addressBookName"), b.name},
                            {QStringLiteral("addressBookType"), b.type},
                            {QStringLiteral("appId"), QJsonValue::Null},
                            {QStringLiteral("agents"),
                             QJsonArray::fromStringList(b.assigned.value(QStringLiteral("Agent")))},
                            {QStringLiteral("teams"),
                             QJsonArray::fromStringList(b.assigned.value(QStringLiteral("Team")))},
                            {QStringLiteral("skills"),
                             QJsonArray::fromStringList(b.assigned.value(QStringLiteral("Skill")))},
                            {QStringLiteral("campaigns"),
                             QJsonArray::fromStringList(b.assigned.value(QStringLiteral("Campaign")))},
                            {QStringLiteral("everyone"), b.assigned.contains(QStringLiteral("Everyone"))}});
        return json(200, {{QStringLiteral("addressBooks"), out}});
    }
    if (n == 1 && method == QLatin1String("POST")) {
        const QString name = query.queryItemValue(QStringLiteral("addressBookName"), QUrl::FullyDecoded);
        const QString type = query.queryItemValue(QStringLiteral("addressBookType"), QUrl::FullyDecoded);
        if (name.trimmed().isEmpty() ||
            (type != QLatin1String("Standard") && type != QLatin1String("Dynamic")))
            return error(
                400, QStringLiteral("invalid_request"),
                QStringLiteral("addressBookName and addressBookType (Standard or Dynamic) are required."));
        for (const auto& [id, b] : books)
            if (b.name.compare(name, Qt::CaseInsensitive) == 0)
                return error(409, QStringLiteral("conflict"),
                             QStringLiteral("An address book with this name exists."));
        Book b;
        b.id = nextBookId++;
        b.name = name;
        b.type = type;
        const int id = b.id;
        books.emplace(id, std::move(b));
        return json(200,
                    {{QStringLiteral("resultSet"), QJsonObject{{QStringLiteral("addressBookId"), id},
                                                               {QStringLiteral("addressBookType"), type},
                                                               {QStringLiteral("addressBookName"), name}}}});
    }
    auto bookIt = books.find(seg.at(1).toInt());
    if (bookIt == books.end())
        return error(404, QStringLiteral("not_found"), QStringLiteral("Address book not found."));
    Book& book = bookIt->second;
    if (n == 2 && method == QLatin1String("DELETE")) {
        books.erase(bookIt);
        return Reply{204, {}, {}};
    }
    auto entryJson = [](const Entry& e, bool dynamic) {
        QJsonObject o = e.fields;
        o.insert(QStringLiteral("addressBookEntryId"), e.id);
        if (dynamic)
            o.insert(QStringLiteral("externalId"), e.externalId);
        return o;
    };
    auto readEntries = [&](bool* ok) {
        QJsonArray in =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("addressBookEntries")).toArray();
        *ok = !QJsonDocument::fromJson(body).isNull();
        return in;
    };
    const QString sub = seg.value(2);
    if (sub == QLatin1String("assignment") && n == 3 && method == QLatin1String("POST"))
        return assign(book, query.queryItemValue(QStringLiteral("entityType")), body);
    if (sub == QLatin1String("agents") && n == 4 && get && seg.at(3) == QLatin1String("assigned")) {
        const bool everyone = book.assigned.contains(QStringLiteral("Everyone"));
        const QStringList direct = book.assigned.value(QStringLiteral("Agent"));
        const QStringList viaTeam = book.assigned.value(QStringLiteral("Team"));
        QJsonArray out;
        for (const auto& v : agents) {
            const QJsonObject a = v.toObject();
            const QString id = QString::number(a.value(QStringLiteral("agentId")).toInt());
            const QString team = QString::number(a.value(QStringLiteral("teamId")).toInt());
            if (everyone || direct.contains(id) || viaTeam.contains(team))
                out.append(QJsonObject{{QStringLiteral("agentId"), a.value(QStringLiteral("agentId"))},
                                       {QStringLiteral("firstName"), a.value(QStringLiteral("firstName"))},
                                       {QStringLiteral("lastName"), a.value(QStringLiteral("lastName"))}});
        }
        return json(200, {{QStringLiteral("agents"), out}});
    }
    if (sub == QLatin1String("entries")) {
        if (book.type != QLatin1String("Standard"))
            return error(
                400, QStringLiteral("invalid_request"),
                QStringLiteral("Entries of a Dynamic address book are managed through dynamic-entries."));
        if (n == 3 && get) {
            QJsonArray out;
            for (const auto& [id, e] : book.entries)
                out.append(entryJson(e, false));
            return json(200, {{QStringLiteral("addressBookEntries"), out}});
        }
        if (n == 3 && (method == QLatin1String("POST") || method == QLatin1String("PUT"))) {
            bool ok = false;
            const QJsonArray in = readEntries(&ok);
            if (!ok)
                return error(400, QStringLiteral("invalid_request"), QStringLiteral("Body is not JSON."));
            QJsonArray results;
            for (const auto& v : in)
                results.append(entryResult(book, v.toObject(), false, method == QLatin1String("PUT")));
            return json(200, {{QStringLiteral("entryResults"), results}});
        }
        if (n == 4 && method == QLatin1String("DELETE")) {
            if (book.entries.erase(seg.at(3).toInt()) == 0)
                return error(404, QStringLiteral("not_found"), QStringLiteral("Entry not found."));
            return Reply{204, {}, {}};
        }
    }
    if (sub == QLatin1String("dynamic-entries")) {
        if (book.type != QLatin1String("Dynamic"))
            return error(400, QStringLiteral("invalid_request"),
                         QStringLiteral("Not a Dynamic address book."));
        if (n == 3 && get) {
            // Only the requested slice is turned into JSON: building the whole book for every
            // page made reading a 10,000-entry book take 5–6 s (bench_directory).
            bool okSkip = false, okTop = false;
            int skip = query.queryItemValue(QStringLiteral("skip")).toInt(&okSkip);
            int top = query.queryItemValue(QStringLiteral("top")).toInt(&okTop);
            if (!okSkip || skip < 0)
                skip = 0;
            if (!okTop || top <= 0 || top > pageLimit)
                top = pageLimit;
            QJsonArray page;
            if (skip < int(book.entries.size())) {
                auto it = std::next(book.entries.begin(), skip);
                for (int k = 0; k < top && it != book.entries.end(); ++k, ++it)
                    page.append(entryJson(it->second, true));
            }
            QJsonObject ab{
                {QStringLiteral("addressBookId"), book.id},
                {QStringLiteral("addressBookName"), book.name},
                {QStringLiteral("addressBookType"), book.type},
                {QStringLiteral("fullLoad"), false},
                {QStringLiteral("serverTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                {QStringLiteral("addressBookEntries"), page}};
            return json(200, {{QStringLiteral("totalRecords"), int(book.entries.size())},
                              {QStringLiteral("_links"), QJsonObject{}},
                              {QStringLiteral("addressBook"), ab}});
        }
        if (n == 3 && method == QLatin1String("PUT")) {
            bool ok = false;
            const QJsonArray in = readEntries(&ok);
            if (!ok)
                return error(400, QStringLiteral("invalid_request"), QStringLiteral("Body is not JSON."));
            const bool fullLoad = query.queryItemValue(QStringLiteral("fullLoad")) == QLatin1String("true");
            QSet<QString> sent;
            QJsonArray results;
            for (const auto& v : in) {
                sent.insert(v.toObject().value(QStringLiteral("externalId")).toString());
                results.append(entryResult(book, v.toObject(), true, false));
            }
            if (fullLoad) { // the sent set replaces the book
                for (auto it = book.entries.begin(); it != book.entries.end();)
                    it = sent.contains(it->second.externalId) ? std::next(it) : book.entries.erase(it);
            }
            return json(200, {{QStringLiteral("entryResults"), results}});
        }
        if (n == 4 && method == QLatin1String("DELETE")) {
            for (auto it = book.entries.begin(); it != book.entries.end(); ++it) {
                if (it->second.externalId == seg.at(3)) {
                    book.entries.erase(it);
                    return Reply{204, {}, {}};
                }
            }
            return error(404, QStringLiteral("not_found"), QStringLiteral("No entry with this externalId."));
        }
    }
    return error(404, QStringLiteral("not_found"), QStringLiteral("No such resource."));
}

} // namespace syncdesk
