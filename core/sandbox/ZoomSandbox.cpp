#include "ZoomSandbox.h"
#include "ContactCenterSandbox.h"

#include "common/Log.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <algorithm>
#include <deque>

namespace syncdesk {

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// What the dispatcher needs from a request, copied out of QHttpServerRequest because that object
// belongs to the connection and is reused for its next request, while a delayed answer may
// still need it.
struct Request
{
    QString method;
    QString path; // decoded, for signals and logs
    QStringList segments;
    QUrlQuery query;
    QByteArray body;
    Headers headers;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QString queryValue(const QString& key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

struct Reply
{
    int status = 200;
    QByteArray body;
    Headers headers;
};

const QByteArray kJsonType = QByteArrayLiteral("application/json;charset=UTF-8");

Reply jsonReply(int status, const QJsonObject& object, Headers headers = {})
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.headers = std::move(headers);
    r.headers.prepend({QByteArrayLiteral("Content-Type"), kJsonType});
    return r;
}

// The body every /v2 error has: {"code":..,"message":".."}.
Reply apiError(int status, int code, const QString& message, Headers headers = {})
{
    return jsonReply(status, {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}},
                     std::move(headers));
}

// The token endpoint's error shape is different: {"reason":"..","error":".."}, always HTTP 400.
Reply oauthError(const QString& reason, const QString& error)
{
    return jsonReply(400, {{QStringLiteral("reason"), reason}, {QStringLiteral("error"), error}});
}

Reply perSecondLimit(int retryAfterSec)
{
    return apiError(429, 429,
                    QStringLiteral("You have reached the maximum per-second rate limit for this API. "
                                   "Try again later."),
                    {{QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSec)}});
}

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

// FNV-1a over UTF-16: a stable hash for values derived from a user (PMI, last login, ...), so
// they are the same on every run without being stored in SandboxUser.
quint64 stableHash(QStringView s, quint64 salt = 0)
{
    quint64 h = 0xcbf29ce484222325ULL ^ salt;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

QString randomString(int length, QLatin1String alphabet)
{
    QString s(length, Qt::Uninitialized);
    auto* rng = QRandomGenerator::global();
    for (int i = 0; i < length; ++i)
        s[i] = QLatin1Char(alphabet[int(rng->bounded(quint32(alphabet.size())))]);
    return s;
}

const QLatin1String kAlnum("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

// Deterministic pseudo-random strings for credentials and ids derived from the seed.
QString seededString(quint32 seed, QLatin1String salt, int length, QLatin1String alphabet)
{
    QString out;
    out.reserve(length);
    QByteArray block;
    for (int round = 0; out.size() < length; ++round) {
        block =
            QCryptographicHash::hash(QByteArray::number(seed) + ':' + QByteArray(salt.data(), salt.size()) +
                                         ':' + QByteArray::number(round),
                                     QCryptographicHash::Sha256);
        for (const char byte : std::as_const(block)) {
            if (out.size() >= length)
                break;
            out += QLatin1Char(alphabet[int(quint8(byte) % quint8(alphabet.size()))]);
        }
    }
    return out;
}

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

struct CountryInfo
{
    QString callingCode, iso, planName;
    int planType;
};

// From the E.164 number the generator produced. Calling plan names and types are illustrative.
CountryInfo countryOf(const QString& e164)
{
    if (e164.startsWith(QLatin1String("+49")))
        return {QStringLiteral("+49"), QStringLiteral("DE"), QStringLiteral("Global Select Calling Plan"), 3};
    if (e164.startsWith(QLatin1String("+81")))
        return {QStringLiteral("+81"), QStringLiteral("JP"), QStringLiteral("Japan Metered Calling Plan"),
                1000};
    if (e164.startsWith(QLatin1String("+44")))
        return {QStringLiteral("+44"), QStringLiteral("GB"),
                QStringLiteral("UK/Ireland Unlimited Calling Plan"), 202};
    if (e164.startsWith(QLatin1String("+1")))
        return {QStringLiteral("+1"), QStringLiteral("US"), QStringLiteral("US/CA Unlimited Calling Plan"),
                200};
    return {};
}

enum class Route
{
    None,
    ListUsers,
    GetUser,
    GetPresence,
    ListPhoneUsers,
    GetPhoneUser
};
enum class ListKind
{
    Users,
    PhoneUsers
};

} // namespace

QStringList SandboxConfig::defaultGrantedScopes()
{
    return {QStringLiteral("contact:read:admin"), QStringLiteral("phone:read:admin"),
            QStringLiteral("user:read:admin"), QStringLiteral("user:write:admin")};
}

struct ZoomSandbox::Private
{
    struct Token
    {
        qint64 expiresAtMs = 0;
        QStringList scopes;
    };
    struct Cursor
    {
        ListKind kind = ListKind::Users;
        QString status;
        qsizetype offset = 0;
        qint64 expiresAtMs = 0;
    };
    struct PendingFault
    {
        SandboxFault fault;
        int remaining;
        int delayMs;
        int retryAfterSec;
        QUrl location = {};
        int redirectStatus = 302;
    };

    ZoomSandbox* q = nullptr;
    SandboxConfig config;
    ContactCenterSandbox cc;
    QList<SandboxUser> users;
    QHash<QString, qsizetype> byId;
    QHash<QString, qsizetype> byEmail; // lower-case
    QHash<QString, QList<qsizetype>> byStatus;
    QList<qsizetype> phoneUsers; // active users with an extension
    SandboxCredentials s2s, general;
    qint64 accountNumber = 0;

    QHttpServer* server = nullptr;
    QHostAddress address;
    quint16 port = 0;

    QElapsedTimer clock; // monotonic: token and cursor expiry must not follow wall-clock jumps
    QHash<QString, Token> tokens;
    QHash<QString, Cursor> cursors;
    std::deque<PendingFault> faults;
    std::deque<SandboxSeenRequest> seen;
    std::deque<qint64> window; // times of the /v2 calls admitted in the last second
    int tokenRequests = 0;
    int apiRequests = 0;

    QString subscriptionId;
    QHash<QWebSocket*, QString> webSockets; // accepted connections and the token each came with
    int webSocketHeartbeats = 0;
    bool webSocketSilent = false;

    bool tokenValid(const QString& token) const
    {
        const auto it = tokens.constFind(token);
        return it != tokens.cend() && now() < it->expiresAtMs;
    }
    void acceptWebSocket(QWebSocket* socket);
    void onWebSocketMessage(QWebSocket* socket, const QString& message);
    void rejectWebSocket(QWebSocket* socket, const QString& content, const QString& reason);

    qint64 now() const { return clock.elapsed(); }

    void onRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void send(QHttpServerResponder& responder, const Request& req, const Reply& reply);
    Reply dispatch(const Request& req);
    Reply control(const Request& req);
    Reply issueToken(const Request& req);
    Reply listUsers(const Request& req, ListKind kind);
    Reply getUser(const SandboxUser& u) const;
    Reply getPhoneUser(const SandboxUser& u) const;
    const SandboxUser* findUser(const QString& idOrEmail) const;
    QJsonObject listUserJson(const SandboxUser& u) const;
    QJsonObject phoneUserJson(const SandboxUser& u) const;
    QString siteId(const QString& siteName) const;
    QString newAccessToken(const SandboxCredentials& app, int ttl) const;
    bool admitRateLimited();
};

ZoomSandbox::ZoomSandbox(SandboxConfig config, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->config = std::move(config);
    d->cc = ContactCenterSandbox(d->config.seed);
    d->clock.start();
    d->users = SandboxDirectory::generate(d->config.users, d->config.seed);
    {
        // The Contact Center queue is staffed by the first active people of the directory.
        QList<QPair<QString, QString>> agents;
        for (const SandboxUser& u : std::as_const(d->users)) {
            if (u.status == QLatin1String("active") && !u.email.isEmpty())
                agents.append({u.id, u.email});
            if (agents.size() == 6)
                break;
        }
        d->cc.setAgents(agents);
    }
    d->byId.reserve(d->users.size());
    d->byEmail.reserve(d->users.size());
    for (qsizetype i = 0; i < d->users.size(); ++i) {
        const SandboxUser& u = d->users.at(i);
        if (!u.id.isEmpty())
            d->byId.insert(u.id, i);
        d->byEmail.insert(u.email.toLower(), i);
        d->byStatus[u.status].append(i);
        if (u.status == QLatin1String("active") && u.extensionNumber > 0)
            d->phoneUsers.append(i);
    }

    const quint32 seed = d->config.seed;
    const QLatin1String base64url("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    d->s2s.accountId = seededString(seed, QLatin1String("account"), 22, base64url);
    d->s2s.clientId = seededString(seed, QLatin1String("s2s-client"), 22, kAlnum);
    d->s2s.clientSecret = seededString(seed, QLatin1String("s2s-secret"), 32, kAlnum);
    d->s2s.secretToken = seededString(seed, QLatin1String("s2s-webhook"), 22, kAlnum);
    d->general.accountId = d->s2s.accountId;
    d->general.clientId = seededString(seed, QLatin1String("general-client"), 22, kAlnum);
    d->general.clientSecret = seededString(seed, QLatin1String("general-secret"), 32, kAlnum);
    d->general.secretToken = seededString(seed, QLatin1String("general-webhook"), 22, kAlnum);
    d->subscriptionId = seededString(seed, QLatin1String("ws-subscription"), 22, base64url);
    d->accountNumber = 10000000 + qint64(stableHash(d->s2s.accountId) % 89999999);
}

ZoomSandbox::~ZoomSandbox()
{
    stop();
}

Error ZoomSandbox::start(const QHostAddress& address, quint16 port)
{
    if (isRunning())
        return {};
    auto* server = new QHttpServer(this);
    server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        d->onRequest(request, std::move(responder));
    });
    // QHttpServer 6.4 only hands an upgrade request to its WebSocket server when a route matches
    // the path; that route must then write nothing. A plain GET /ws gets 426.
    server->route(QStringLiteral("/ws"),
                  [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                      for (const auto& [key, value] : request.headers()) {
                          if (key.compare("upgrade", Qt::CaseInsensitive) == 0 &&
                              value.compare("websocket", Qt::CaseInsensitive) == 0)
                              return;
                      }
                      Request req;
                      req.method = methodName(request.method());
                      req.path = request.url().path();
                      d->send(responder, req, apiError(426, 426, QStringLiteral("Upgrade Required.")));
                  });
    connect(server, &QAbstractHttpServer::newWebSocketConnection, this, [this, server] {
        while (server->hasPendingWebSocketConnections())
            d->acceptWebSocket(server->nextPendingWebSocketConnection().release());
    });
    // QHttpServer 6.4 reports failure as port 0 (plus a qt.httpserver warning), not as an error object.
    const quint16 bound = server->listen(address, port);
    if (bound == 0) {
        delete server;
        Error e = Error::make(
            Service::Sandbox, ErrorCode::ListenFailed,
            tr("The Zoom sandbox could not listen on %1 port %2. The port may already be in use.")
                .arg(address.toString())
                .arg(port),
            QStringLiteral("QHttpServer::listen(%1, %2) returned 0").arg(address.toString()).arg(port));
        qCWarning(lcSandbox).noquote() << e.detail;
        return e;
    }
    d->server = server;
    d->address = address;
    d->port = bound;
    qCInfo(lcSandbox).noquote() << "Zoom sandbox listening on" << baseUrl().toString() << "with"
                                << d->users.size() << "users";
    return {};
}

void ZoomSandbox::stop()
{
    if (!d->server)
        return;
    QHttpServer* server = d->server;
    d->server = nullptr;
    d->port = 0;
    const auto webSockets = d->webSockets.keys();
    d->webSockets.clear();
    for (QWebSocket* ws : webSockets) {
        ws->disconnect(this);
        ws->abort();
        ws->deleteLater();
    }
    if (!webSockets.isEmpty())
        emit webSocketClientsChanged(0);
    // Close the listeners and cut open keep-alive connections now, so a client sees the
    // sandbox gone at once; deleting may have to wait if we are inside one of its handlers.
    const auto listeners = server->servers();
    for (QTcpServer* listener : listeners)
        listener->close();
    const auto sockets = server->findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets)
        socket->abort();
    server->deleteLater();
}

bool ZoomSandbox::isRunning() const
{
    return d->server != nullptr;
}

quint16 ZoomSandbox::port() const
{
    return d->port;
}

QUrl ZoomSandbox::baseUrl() const
{
    if (!isRunning())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress& a = d->address;
    if (a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::LocalHost)
        url.setHost(QStringLiteral("127.0.0.1"));
    else if (a == QHostAddress::AnyIPv6 || a == QHostAddress::LocalHostIPv6)
        url.setHost(QStringLiteral("::1"));
    else
        url.setHost(a.toString());
    url.setPort(d->port);
    return url;
}

QUrl ZoomSandbox::oauthUrl() const
{
    return baseUrl();
}

QUrl ZoomSandbox::apiUrl() const
{
    return baseUrl();
}

SandboxCredentials ZoomSandbox::credentials() const
{
    return d->s2s;
}

SandboxCredentials ZoomSandbox::generalAppCredentials() const
{
    return d->general;
}

const QList<SandboxUser>& ZoomSandbox::users() const
{
    return d->users;
}

ContactCenterSandbox& ZoomSandbox::contactCenter()
{
    return d->cc;
}

const SandboxConfig& ZoomSandbox::config() const
{
    return d->config;
}

void ZoomSandbox::injectFault(SandboxFault fault, int count, int delayMs, int retryAfterSec)
{
    if (count <= 0)
        return;
    d->faults.push_back({fault, count, qMax(0, delayMs), qMax(0, retryAfterSec)});
}

void ZoomSandbox::injectRedirect(const QUrl& target, int status, int count)
{
    if (count <= 0)
        return;
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
        status = 302;
    d->faults.push_back({SandboxFault::Redirect, count, 0, 0, target, status});
}

void ZoomSandbox::clearFaults()
{
    d->faults.clear();
}

bool SandboxSeenRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(headerNames.cbegin(), headerNames.cend(),
                       [name](const QByteArray& n) { return name.compare(n, Qt::CaseInsensitive) == 0; });
}

QList<SandboxSeenRequest> ZoomSandbox::seenRequests() const
{
    return QList<SandboxSeenRequest>(d->seen.cbegin(), d->seen.cend());
}

void ZoomSandbox::clearSeenRequests()
{
    d->seen.clear();
}

void ZoomSandbox::invalidateTokens()
{
    d->tokens.clear();
}

void ZoomSandbox::setTokenTtl(int seconds)
{
    d->config.tokenTtlSec = qMax(0, seconds);
}

void ZoomSandbox::setGrantedScopes(const QStringList& scopes)
{
    d->config.grantedScopes = scopes;
}

void ZoomSandbox::setRateLimit(int perSecond)
{
    d->config.ratePerSecond = qMax(0, perSecond);
    d->window.clear();
}

int ZoomSandbox::tokenRequestCount() const
{
    return d->tokenRequests;
}

int ZoomSandbox::apiRequestCount() const
{
    return d->apiRequests;
}

QUrl ZoomSandbox::webSocketUrl() const
{
    QUrl url = baseUrl();
    if (url.isEmpty())
        return url;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/ws"));
    return url;
}

QString ZoomSandbox::webSocketSubscriptionId() const
{
    return d->subscriptionId;
}

int ZoomSandbox::broadcastWebSocketEvent(const QByteArray& eventJson)
{
    if (d->webSockets.isEmpty() || d->webSocketSilent)
        return 0;
    // Zoom puts the event into "content" as a JSON-encoded string: clients parse twice.
    const QString message = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("module"), QStringLiteral("message")},
                                  {QStringLiteral("success"), true},
                                  {QStringLiteral("content"), QString::fromUtf8(eventJson)}})
            .toJson(QJsonDocument::Compact));
    int sent = 0;
    for (auto it = d->webSockets.cbegin(); it != d->webSockets.cend(); ++it) {
        // A connection whose token lapsed hears nothing until its next heartbeat is refused.
        if (!d->tokenValid(it.value()))
            continue;
        it.key()->sendTextMessage(message);
        ++sent;
    }
    return sent;
}

int ZoomSandbox::broadcastWebSocketEvent(const QJsonObject& event)
{
    return broadcastWebSocketEvent(QJsonDocument(event).toJson(QJsonDocument::Compact));
}

int ZoomSandbox::webSocketClientCount() const
{
    return int(d->webSockets.size());
}

int ZoomSandbox::webSocketHeartbeatCount() const
{
    return d->webSocketHeartbeats;
}

void ZoomSandbox::setWebSocketSilent(bool silent)
{
    d->webSocketSilent = silent;
}

bool ZoomSandbox::isWebSocketSilent() const
{
    return d->webSocketSilent;
}

void ZoomSandbox::disconnectWebSocketClients()
{
    const auto sockets = d->webSockets.keys();
    for (QWebSocket* ws : sockets)
        ws->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server going away"));
}

// ---------------------------------------------------------------------------------------------

void ZoomSandbox::Private::onRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    Request req;
    req.method = methodName(request.method());
    const QUrl url = request.url();
    req.path = url.path();
    // Split the encoded path so an id or e-mail containing %2F stays one segment.
    const QString encodedPath = url.path(QUrl::FullyEncoded);
    for (const QStringView seg : QStringView(encodedPath).split(QLatin1Char('/'), Qt::SkipEmptyParts))
        req.segments.append(QUrl::fromPercentEncoding(seg.toUtf8()));
    req.query = QUrlQuery(url);
    req.body = request.body();
    req.headers = request.headers();

    const QString first = req.segments.value(0);
    if (first == QLatin1String("_sandbox")) {
        send(responder, req, control(req));
        return;
    }
    if (req.segments == QStringList{QStringLiteral("oauth"), QStringLiteral("token")} &&
        req.method == QLatin1String("POST"))
        ++tokenRequests;
    if (first == QLatin1String("v2"))
        ++apiRequests;
    {
        SandboxSeenRequest s{req.method, req.path, {}};
        for (const auto& h : req.headers)
            s.headerNames.append(h.first.toLower());
        seen.push_back(std::move(s));
        while (seen.size() > 100)
            seen.pop_front();
    }

    if (!faults.empty()) {
        const PendingFault fault = faults.front();
        if (--faults.front().remaining <= 0)
            faults.pop_front();
        switch (fault.fault) {
        case SandboxFault::ServerError:
            send(responder, req, apiError(500, 500, QStringLiteral("Internal server error.")));
            return;
        case SandboxFault::RateLimited:
            send(responder, req, perSecondLimit(fault.retryAfterSec));
            return;
        case SandboxFault::Redirect: {
            QUrl location = fault.location;
            if (location.path().isEmpty() || location.path() == QLatin1String("/")) {
                location.setPath(url.path(QUrl::FullyEncoded), QUrl::StrictMode);
                location.setQuery(url.query(QUrl::FullyEncoded), QUrl::StrictMode);
            }
            Reply r = apiError(fault.redirectStatus, fault.redirectStatus, QStringLiteral("Moved."),
                               {{QByteArrayLiteral("Location"), location.toEncoded()}});
            send(responder, req, r);
            return;
        }
        case SandboxFault::Drop:
            qCDebug(lcSandbox).noquote() << req.method << req.path << "-> connection dropped (fault)";
            responder.socket()->abort();
            emit q->requestServed(req.method, req.path, 0);
            return;
        case SandboxFault::Delay: {
            // The responder only points at the socket, so it may outlive this call; the socket
            // itself may not (client gone, sandbox stopped), hence the QPointer.
            auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
            QPointer<QTcpSocket> socket = held->socket();
            QTimer::singleShot(fault.delayMs, q, [this, held, socket, req]() {
                if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
                    qCDebug(lcSandbox).noquote() << req.method << req.path << "-> client left during delay";
                    return;
                }
                send(*held, req, dispatch(req));
            });
            return;
        }
        }
    }
    send(responder, req, dispatch(req));
}

void ZoomSandbox::Private::send(QHttpServerResponder& responder, const Request& req, const Reply& reply)
{
    using Status = QHttpServerResponder::StatusCode;
    // Written by hand rather than with write(): its header list is an initializer_list, and its
    // QJsonDocument overload pretty-prints while Zoom answers compact JSON.
    responder.writeStatusLine(Status(reply.status));
    for (const auto& [key, value] : reply.headers)
        responder.writeHeader(key, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
    qCDebug(lcSandbox).noquote() << req.method << req.path << "->" << reply.status;
    emit q->requestServed(req.method, req.path, reply.status);
}

bool ZoomSandbox::Private::admitRateLimited()
{
    if (config.ratePerSecond <= 0)
        return true;
    // A sliding one-second window: stricter than a per-calendar-second counter and therefore
    // deterministic in tests (N+1 calls within a second always see one 429).
    const qint64 t = now();
    while (!window.empty() && window.front() <= t - 1000)
        window.pop_front();
    if (qsizetype(window.size()) >= config.ratePerSecond)
        return false;
    window.push_back(t);
    return true;
}

Reply ZoomSandbox::Private::dispatch(const Request& req)
{
    const QStringList& seg = req.segments;
    if (seg.size() == 2 && seg.at(0) == QLatin1String("oauth") && seg.at(1) == QLatin1String("token")) {
        if (req.method != QLatin1String("POST")) {
            Reply r = apiError(405, 405, QStringLiteral("Method not allowed."));
            r.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
            return r;
        }
        return issueToken(req);
    }
    if (seg.value(0) != QLatin1String("v2"))
        return apiError(404, 404, QStringLiteral("Not found."));

    // Zoom answers 401 code 124 for missing, unknown and expired tokens alike.
    const QByteArray auth = req.header("authorization");
    const Token* token = nullptr;
    if (auth.size() > 7 && QByteArrayView(auth).first(7).compare("Bearer ", Qt::CaseInsensitive) == 0) {
        auto it = tokens.constFind(QString::fromLatin1(auth.mid(7).trimmed()));
        if (it != tokens.cend() && now() < it->expiresAtMs)
            token = &it.value();
    }
    if (!token)
        return apiError(401, 124, QStringLiteral("Invalid access token."));
    if (!admitRateLimited())
        return perSecondLimit(1);

    if (seg.value(1) == QLatin1String("contact_center")) {
        ContactCenterSandbox::Reply r;
        if (cc.handle(req.method, seg.mid(1), req.query, q->baseUrl(), &r))
            return Reply{r.status, r.body, r.headers};
    }

    Route route = Route::None;
    const qsizetype n = seg.size();
    if (n == 2 && seg.at(1) == QLatin1String("users"))
        route = Route::ListUsers;
    else if (n == 3 && seg.at(1) == QLatin1String("users"))
        route = Route::GetUser;
    else if (n == 4 && seg.at(1) == QLatin1String("users") && seg.at(3) == QLatin1String("presence_status"))
        route = Route::GetPresence;
    else if (n == 3 && seg.at(1) == QLatin1String("phone") && seg.at(2) == QLatin1String("users"))
        route = Route::ListPhoneUsers;
    else if (n == 4 && seg.at(1) == QLatin1String("phone") && seg.at(2) == QLatin1String("users"))
        route = Route::GetPhoneUser;
    if (route == Route::None)
        return apiError(404, 2300, QStringLiteral("This API endpoint is not recognized."));
    if (req.method != QLatin1String("GET")) {
        Reply r = apiError(405, 405, QStringLiteral("Method not allowed."));
        r.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET")});
        return r;
    }

    // Either the classic or the granular scope will do; Zoom lists both when neither is there.
    QStringList accepted;
    switch (route) {
    case Route::ListUsers:
        accepted = {QStringLiteral("user:read:list_users:admin")};
        break;
    case Route::GetUser:
        accepted = {QStringLiteral("user:read:user:admin")};
        break;
    case Route::GetPresence:
        accepted = {QStringLiteral("user:read:presence_status:admin")};
        break;
    case Route::ListPhoneUsers:
        accepted = {QStringLiteral("phone:read:list_users:admin")};
        break;
    case Route::GetPhoneUser:
        accepted = {QStringLiteral("phone:read:user:admin")};
        break;
    case Route::None:
        break;
    }
    accepted.append(seg.at(1) == QLatin1String("phone") ? QStringLiteral("phone:read:admin")
                                                        : QStringLiteral("user:read:admin"));
    const bool allowed = std::any_of(accepted.cbegin(), accepted.cend(),
                                     [token](const QString& s) { return token->scopes.contains(s); });
    if (!allowed) {
        return apiError(400, 4711,
                        QStringLiteral("Invalid access token, does not contain scopes:[%1].")
                            .arg(accepted.join(QLatin1String(", "))));
    }

    switch (route) {
    case Route::ListUsers:
        return listUsers(req, ListKind::Users);
    case Route::ListPhoneUsers:
        return listUsers(req, ListKind::PhoneUsers);
    case Route::GetUser:
    case Route::GetPresence:
    case Route::GetPhoneUser: {
        const QString& key = route == Route::GetPhoneUser ? seg.at(3) : seg.at(2);
        const SandboxUser* u = findUser(key);
        if (route == Route::GetPhoneUser && u &&
            (u->extensionNumber == 0 || u->status != QLatin1String("active")))
            u = nullptr;
        if (!u)
            return apiError(404, 1001, QStringLiteral("User does not exist: %1.").arg(key));
        if (route == Route::GetUser)
            return getUser(*u);
        if (route == Route::GetPhoneUser)
            return getPhoneUser(*u);
        return jsonReply(200, {{QStringLiteral("status"), u->presence}});
    }
    case Route::None:
        break;
    }
    return apiError(404, 2300, QStringLiteral("This API endpoint is not recognized."));
}

Reply ZoomSandbox::Private::issueToken(const Request& req)
{
    // Parameters may come in the query or in a form body; the body wins where both have one.
    QUrlQuery form;
    const QByteArray contentType = req.header("content-type").toLower();
    if (contentType.startsWith("application/x-www-form-urlencoded") && !req.body.isEmpty()) {
        QByteArray body = req.body;
        body.replace('+', "%20"); // form encoding writes spaces as '+', QUrlQuery does not
        form.setQuery(QString::fromUtf8(body));
    }
    const auto param = [&form, &req](const QString& key) {
        return form.hasQueryItem(key) ? form.queryItemValue(key, QUrl::FullyDecoded) : req.queryValue(key);
    };
    const QString grantType = param(QStringLiteral("grant_type"));
    const QString accountId = param(QStringLiteral("account_id"));

    const SandboxCredentials* app = nullptr;
    const QByteArray auth = req.header("authorization");
    if (auth.size() > 6 && QByteArrayView(auth).first(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const QString decoded = QString::fromUtf8(QByteArray::fromBase64(auth.mid(6).trimmed()));
        const qsizetype colon = decoded.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QString id = decoded.left(colon);
            const QString secret = decoded.mid(colon + 1);
            if (id == s2s.clientId && secret == s2s.clientSecret)
                app = &s2s;
            else if (id == general.clientId && secret == general.clientSecret)
                app = &general;
        }
    }
    if (!app)
        return oauthError(QStringLiteral("Invalid client_id or client_secret"),
                          QStringLiteral("invalid_client"));
    // A general (user-OAuth) app cannot use the S2S grant: Zoom says "unsupported grant type".
    if (grantType != QLatin1String("account_credentials") || app == &general)
        return oauthError(QStringLiteral("unsupported grant type"), QStringLiteral("unsupported_grant_type"));
    if (accountId != s2s.accountId)
        return oauthError(QStringLiteral("Invalid account_id"), QStringLiteral("invalid_request"));

    const int ttl = config.tokenTtlSec;
    const QString accessToken = newAccessToken(*app, ttl);
    if (tokens.size() > 1024) { // forget expired tokens so a long soak test does not grow without bound
        const qint64 t = now();
        tokens.removeIf([t](const QHash<QString, Token>::iterator it) { return it->expiresAtMs <= t; });
    }
    tokens.insert(accessToken, Token{now() + qint64(ttl) * 1000, config.grantedScopes});
    return jsonReply(200,
                     {{QStringLiteral("access_token"), accessToken},
                      {QStringLiteral("token_type"), QStringLiteral("bearer")},
                      {QStringLiteral("expires_in"), ttl},
                      {QStringLiteral("scope"), config.grantedScopes.join(QLatin1Char(' '))},
                      {QStringLiteral("api_url"), q->apiUrl().toString()}},
                     {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}});
}

QString ZoomSandbox::Private::newAccessToken(const SandboxCredentials& app, int ttl) const
{
    // Shaped like Zoom's: a JWT whose signature is random, so it is unique and unforgeable here.
    const auto b64 = [](const QByteArray& bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const qint64 iat = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS512")},
                             {QStringLiteral("v"), QStringLiteral("2.0")},
                             {QStringLiteral("kid"), randomString(36, kAlnum)}};
    const QJsonObject payload{{QStringLiteral("aud"), QStringLiteral("https://oauth.zoom.us")},
                              {QStringLiteral("uid"), users.isEmpty() ? QString() : users.first().id},
                              {QStringLiteral("ver"), 10},
                              {QStringLiteral("auid"), randomString(64, QLatin1String("0123456789abcdef"))},
                              {QStringLiteral("nbf"), iat},
                              {QStringLiteral("code"), randomString(34, kAlnum)},
                              {QStringLiteral("iss"), QStringLiteral("zm:cid:%1").arg(app.clientId)},
                              {QStringLiteral("gno"), 0},
                              {QStringLiteral("exp"), iat + ttl},
                              {QStringLiteral("type"), 3},
                              {QStringLiteral("iat"), iat},
                              {QStringLiteral("aid"), app.accountId}};
    QByteArray signature(64, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(signature.data()), 16);
    return QString::fromLatin1(b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                               b64(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' +
                               b64(signature));
}

Reply ZoomSandbox::Private::listUsers(const Request& req, ListKind kind)
{
    // GET /users allows up to 2000 per page (older docs: 300); GET /phone/users up to 100.
    // Larger values are clamped, as Zoom does, rather than rejected.
    const int maxPageSize = kind == ListKind::Users ? 2000 : 100;
    bool ok = false;
    int pageSize = req.queryValue(QStringLiteral("page_size")).toInt(&ok);
    if (!ok || pageSize < 1)
        pageSize = 30;
    pageSize = qMin(pageSize, maxPageSize);

    QString status = kind == ListKind::Users ? req.queryValue(QStringLiteral("status")) : QString();
    if (status.isEmpty())
        status = QStringLiteral("active");
    if (status != QLatin1String("active") && status != QLatin1String("inactive") &&
        status != QLatin1String("pending")) {
        return jsonReply(
            400, {{QStringLiteral("code"), 300},
                  {QStringLiteral("message"), QStringLiteral("Validation Failed.")},
                  {QStringLiteral("errors"),
                   QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("status")},
                                          {QStringLiteral("message"), QStringLiteral("Invalid field.")}}}}});
    }

    qsizetype offset = 0;
    const QString pageToken = req.queryValue(QStringLiteral("next_page_token"));
    if (!pageToken.isEmpty()) {
        // Tokens stay valid until they expire, so a client may retry a page after a 5xx or 429.
        const auto it = cursors.constFind(pageToken);
        if (it == cursors.cend() || it->kind != kind || now() >= it->expiresAtMs)
            return apiError(400, 300, QStringLiteral("Invalid next_page_token."));
        offset = it->offset;
        status = it->status;
    }

    const QList<qsizetype>& all = kind == ListKind::PhoneUsers ? phoneUsers : byStatus[status];
    const qsizetype total = all.size();
    const qsizetype end = qMin(total, offset + pageSize);
    QString nextToken;
    if (end < total) {
        if (cursors.size() > 4096) {
            const qint64 t = now();
            cursors.removeIf([t](const QHash<QString, Cursor>::iterator c) { return c->expiresAtMs <= t; });
        }
        nextToken = randomString(35, kAlnum);
        cursors.insert(nextToken, Cursor{kind, status, end, now() + qint64(config.pageTokenTtlSec) * 1000});
    }

    QJsonArray items;
    for (qsizetype i = offset; i < end; ++i) {
        const SandboxUser& u = users.at(all.at(i));
        items.append(kind == ListKind::Users ? listUserJson(u) : phoneUserJson(u));
    }
    QJsonObject body{{QStringLiteral("next_page_token"), nextToken},
                     {QStringLiteral("page_size"), pageSize},
                     {QStringLiteral("total_records"), qint64(total)},
                     {QStringLiteral("users"), items}};
    if (kind == ListKind::Users) {
        body.insert(QStringLiteral("page_count"), qint64((total + pageSize - 1) / pageSize));
        body.insert(QStringLiteral("page_number"), 1);
    }
    return jsonReply(200, body);
}

const SandboxUser* ZoomSandbox::Private::findUser(const QString& idOrEmail) const
{
    // For an S2S app "me" is the user who created the app; here that is the account owner.
    if (idOrEmail == QLatin1String("me"))
        return users.isEmpty() ? nullptr : &users.first();
    auto it = byId.constFind(idOrEmail);
    if (it != byId.cend())
        return &users.at(*it);
    it = byEmail.constFind(idOrEmail.toLower());
    if (it != byEmail.cend())
        return &users.at(*it);
    return nullptr;
}

QJsonObject ZoomSandbox::Private::listUserJson(const SandboxUser& u) const
{
    const bool pending = u.status == QLatin1String("pending");
    const quint64 h = stableHash(u.email);
    static const char* const clients[] = {"6.2.5.56235(win)",    "6.1.11.49130(mac)",
                                          "5.17.11.34827(win)",  "6.0.10.33478(linux)",
                                          "6.2.0.46690(iphone)", "6.1.6.22060(android)"};
    QJsonObject o;
    // Zoom omits the id of pending users, and gives them "now" as creation time.
    if (!pending)
        o.insert(QStringLiteral("id"), u.id);
    o.insert(QStringLiteral("first_name"), u.firstName);
    o.insert(QStringLiteral("last_name"), u.lastName);
    o.insert(QStringLiteral("display_name"), u.displayName);
    o.insert(QStringLiteral("email"), u.email);
    o.insert(QStringLiteral("type"), u.type);
    o.insert(QStringLiteral("pmi"), qint64(2000000000 + h % 7999999999ULL));
    o.insert(QStringLiteral("timezone"), u.timezone);
    o.insert(QStringLiteral("verified"), pending ? 0 : 1);
    o.insert(QStringLiteral("dept"), u.dept);
    const QString created = isoUtc(pending ? QDateTime::currentDateTimeUtc() : u.createdAt);
    o.insert(QStringLiteral("created_at"), created);
    o.insert(QStringLiteral("user_created_at"), created);
    if (!pending) {
        // Last logins fall in the 90 days before a fixed day, keeping responses reproducible.
        const qint64 reference = 1748736000; // 2025-06-01T00:00:00Z
        const qint64 login =
            qMax(u.createdAt.toSecsSinceEpoch(), reference - qint64((h >> 8) % (90 * 86400)));
        o.insert(QStringLiteral("last_login_time"), isoUtc(QDateTime::fromSecsSinceEpoch(login, Qt::UTC)));
        o.insert(QStringLiteral("last_client_version"),
                 QString::fromLatin1(clients[(h >> 40) % (sizeof(clients) / sizeof(clients[0]))]));
    }
    o.insert(QStringLiteral("language"), u.language);
    o.insert(QStringLiteral("role_id"), u.roleId);
    o.insert(QStringLiteral("status"), u.status);
    o.insert(QStringLiteral("group_ids"), QJsonArray());
    o.insert(QStringLiteral("im_group_ids"), QJsonArray());
    return o;
}

Reply ZoomSandbox::Private::getUser(const SandboxUser& u) const
{
    QJsonObject o = listUserJson(u);
    const QString roleName = u.roleId == QLatin1String("0")   ? QStringLiteral("Owner")
                             : u.roleId == QLatin1String("1") ? QStringLiteral("Admin")
                                                              : QStringLiteral("Member");
    o.insert(QStringLiteral("role_name"), roleName);
    o.insert(QStringLiteral("use_pmi"), false);
    o.insert(
        QStringLiteral("personal_meeting_url"),
        QStringLiteral("https://acme-example.zoom.us/j/%1").arg(o.value(QStringLiteral("pmi")).toInteger()));
    o.insert(QStringLiteral("account_id"), s2s.accountId);
    o.insert(QStringLiteral("account_number"), accountNumber);
    o.insert(QStringLiteral("cms_user_id"), QString());
    o.insert(QStringLiteral("jid"),
             u.id.isEmpty() ? QString() : u.id.toLower() + QLatin1String("@xmpp.zoom.us"));
    o.insert(QStringLiteral("job_title"), u.jobTitle);
    o.insert(QStringLiteral("company"), QStringLiteral("ACME Example"));
    o.insert(QStringLiteral("location"), u.location);
    o.insert(QStringLiteral("cost_center"), u.dept);
    o.insert(QStringLiteral("login_types"), QJsonArray{100});
    o.insert(QStringLiteral("cluster"), QStringLiteral("us06"));
    QJsonArray numbers;
    QString legacyNumber, phoneCountry;
    if (!u.phoneNumber.isEmpty()) {
        const CountryInfo c = countryOf(u.phoneNumber);
        const QString national = u.phoneNumber.mid(c.callingCode.size());
        numbers.append(QJsonObject{{QStringLiteral("code"), c.callingCode},
                                   {QStringLiteral("country"), c.iso},
                                   {QStringLiteral("label"), QStringLiteral("Office")},
                                   {QStringLiteral("number"), national},
                                   {QStringLiteral("verified"), true}});
        legacyNumber = c.callingCode + QLatin1Char(' ') + national;
        phoneCountry = c.iso;
    }
    o.insert(QStringLiteral("phone_number"), legacyNumber);
    o.insert(QStringLiteral("phone_country"), phoneCountry);
    o.insert(QStringLiteral("phone_numbers"), numbers);
    return jsonReply(200, o);
}

QString ZoomSandbox::Private::siteId(const QString& siteName) const
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray::number(config.seed) + ":site:" + siteName.toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(22));
}

QJsonObject ZoomSandbox::Private::phoneUserJson(const SandboxUser& u) const
{
    const CountryInfo c = countryOf(u.phoneNumber);
    const QByteArray numberId =
        QCryptographicHash::hash(u.extensionId.toUtf8() + ":number", QCryptographicHash::Sha1)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            .left(22);
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("phone_user_id"), u.phoneUserId},
            {QStringLiteral("name"), u.displayName},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("extension_id"), u.extensionId},
            {QStringLiteral("extension_number"), u.extensionNumber},
            {QStringLiteral("site"),
             QJsonObject{{QStringLiteral("id"), siteId(u.siteName)}, {QStringLiteral("name"), u.siteName}}},
            {QStringLiteral("status"), QStringLiteral("activate")},
            {QStringLiteral("phone_numbers"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QString::fromLatin1(numberId)},
                                    {QStringLiteral("number"), u.phoneNumber}}}},
            {QStringLiteral("calling_plans"), QJsonArray{QJsonObject{{QStringLiteral("name"), c.planName},
                                                                     {QStringLiteral("type"), c.planType}}}},
            {QStringLiteral("department"), u.dept},
            {QStringLiteral("cost_center"), u.dept}};
}

Reply ZoomSandbox::Private::getPhoneUser(const SandboxUser& u) const
{
    return jsonReply(200, phoneUserJson(u));
}

void ZoomSandbox::Private::acceptWebSocket(QWebSocket* socket)
{
    socket->setParent(q);
    const QUrlQuery query(socket->requestUrl());
    const QString subscription = query.queryItemValue(QStringLiteral("subscriptionId"), QUrl::FullyDecoded);
    const QString token = query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    emit q->requestServed(QStringLiteral("GET"), QStringLiteral("/ws"), 101);
    if (subscription != subscriptionId) {
        rejectWebSocket(socket, QStringLiteral("Invalid subscription"),
                        QStringLiteral("invalid_subscription"));
        return;
    }
    if (!tokenValid(token)) {
        rejectWebSocket(socket, QStringLiteral("Token is invalid"), QStringLiteral("invalid_token"));
        return;
    }
    webSockets.insert(socket, token);
    QObject::connect(socket, &QWebSocket::textMessageReceived, q,
                     [this, socket](const QString& message) { onWebSocketMessage(socket, message); });
    QObject::connect(socket, &QWebSocket::disconnected, q, [this, socket] {
        if (webSockets.remove(socket))
            emit q->webSocketClientsChanged(int(webSockets.size()));
        socket->deleteLater();
    });
    if (!webSocketSilent) {
        socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("module"), QStringLiteral("build_connection")},
                                      {QStringLiteral("success"), true},
                                      {QStringLiteral("content"), randomString(22, kAlnum)}})
                .toJson(QJsonDocument::Compact)));
    }
    qCDebug(lcSandbox) << "WebSocket client connected;" << webSockets.size() << "connected";
    emit q->webSocketClientsChanged(int(webSockets.size()));
}

void ZoomSandbox::Private::rejectWebSocket(QWebSocket* socket, const QString& content, const QString& reason)
{
    qCDebug(lcSandbox).noquote() << "WebSocket refused:" << reason;
    QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    // Closing from within newWebSocketConnection makes Qt 6.4 read the closed socket once more
    // ("QIODevice::peek: device not open"), so answer and close on the next event-loop turn.
    QTimer::singleShot(0, socket, [socket, content, reason] {
        socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("module"), QStringLiteral("build_connection")},
                                      {QStringLiteral("success"), false},
                                      {QStringLiteral("content"), content}})
                .toJson(QJsonDocument::Compact)));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
    });
}

void ZoomSandbox::Private::onWebSocketMessage(QWebSocket* socket, const QString& message)
{
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    if (o.value(QStringLiteral("module")).toString() != QLatin1String("heartbeat"))
        return; // Zoom defines nothing else a client sends
    ++webSocketHeartbeats;
    if (webSocketSilent)
        return;
    if (!tokenValid(webSockets.value(socket))) {
        socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("module"), QStringLiteral("heartbeat")},
                                      {QStringLiteral("success"), false},
                                      {QStringLiteral("content"), QStringLiteral("Token is invalid")}})
                .toJson(QJsonDocument::Compact)));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("invalid_token"));
        return;
    }
    socket->sendTextMessage(QStringLiteral(R"({"module":"heartbeat","success":true})"));
}

Reply ZoomSandbox::Private::control(const Request& req)
{
    const QString what = req.segments.value(1);
    const auto noContent = [] {
        Reply r;
        r.status = 204;
        return r;
    };
    const auto bad = [](const QString& message) { return apiError(400, 300, message); };

    if (what == QLatin1String("stats") && req.segments.size() == 2 && req.method == QLatin1String("GET")) {
        return jsonReply(200, {{QStringLiteral("token_requests"), tokenRequests},
                               {QStringLiteral("api_requests"), apiRequests},
                               {QStringLiteral("websocket_clients"), qint64(webSockets.size())},
                               {QStringLiteral("websocket_heartbeats"), webSocketHeartbeats}});
    }
    if (what == QLatin1String("requests") && req.segments.size() == 2 && req.method == QLatin1String("GET")) {
        QJsonArray list;
        for (const SandboxSeenRequest& s : seen) {
            QJsonArray names;
            for (const QByteArray& n : s.headerNames)
                names.append(QString::fromLatin1(n));
            list.append(QJsonObject{{QStringLiteral("method"), s.method},
                                    {QStringLiteral("path"), s.path},
                                    {QStringLiteral("headers"), names}});
        }
        return jsonReply(200, {{QStringLiteral("requests"), list}});
    }
    if (what == QLatin1String("requests") && req.segments.size() == 2 && req.method == QLatin1String("DELETE")) {
        q->clearSeenRequests();
        return noContent();
    }
    if (what == QLatin1String("websocket") && req.segments.value(2) == QLatin1String("disconnect") &&
        req.segments.size() == 3 && req.method == QLatin1String("POST")) {
        q->disconnectWebSocketClients();
        return noContent();
    }
    if (what == QLatin1String("invalidate_tokens") && req.segments.size() == 2 &&
        req.method == QLatin1String("POST")) {
        q->invalidateTokens();
        return noContent();
    }
    if (what == QLatin1String("faults") && req.segments.size() == 2 &&
        req.method == QLatin1String("DELETE")) {
        q->clearFaults();
        return noContent();
    }
    if (what == QLatin1String("faults") && req.segments.size() == 2 && req.method == QLatin1String("POST")) {
        const QJsonObject o = QJsonDocument::fromJson(req.body).object();
        const QJsonValue f = o.value(QStringLiteral("fault"));
        const QString name = f.isDouble() ? QString::number(f.toInt()) : f.toString().toLower();
        SandboxFault fault;
        if (name == QLatin1String("500"))
            fault = SandboxFault::ServerError;
        else if (name == QLatin1String("429"))
            fault = SandboxFault::RateLimited;
        else if (name == QLatin1String("delay"))
            fault = SandboxFault::Delay;
        else if (name == QLatin1String("drop"))
            fault = SandboxFault::Drop;
        else if (name == QLatin1String("redirect"))
            fault = SandboxFault::Redirect;
        else
            return bad(QStringLiteral(
                "\"fault\" must be one of \"500\", \"429\", \"delay\", \"drop\", \"redirect\"."));
        if (fault == SandboxFault::Redirect) {
            const QUrl location(o.value(QStringLiteral("location")).toString());
            if (!location.isValid() || location.scheme().isEmpty() || location.host().isEmpty())
                return bad(QStringLiteral("\"location\" must be an absolute URL."));
            q->injectRedirect(location, o.value(QStringLiteral("status")).toInt(302),
                              o.value(QStringLiteral("count")).toInt(1));
            return noContent();
        }
        q->injectFault(fault, o.value(QStringLiteral("count")).toInt(1),
                       o.value(QStringLiteral("delay_ms")).toInt(0),
                       o.value(QStringLiteral("retry_after")).toInt(1));
        return noContent();
    }
    if (what == QLatin1String("config") && req.segments.size() == 2 && req.method == QLatin1String("POST")) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &err);
        if (!doc.isObject())
            return bad(QStringLiteral("Request Body should be a valid JSON object."));
        const QJsonObject o = doc.object();
        if (o.contains(QStringLiteral("token_ttl")))
            q->setTokenTtl(o.value(QStringLiteral("token_ttl")).toInt());
        if (o.contains(QStringLiteral("rate_per_second")))
            q->setRateLimit(o.value(QStringLiteral("rate_per_second")).toInt());
        const QJsonValue scopes = o.value(QStringLiteral("scopes"));
        if (scopes.isArray()) {
            QStringList list;
            for (const QJsonValue v : scopes.toArray())
                list.append(v.toString());
            q->setGrantedScopes(list);
        } else if (scopes.isString()) {
            q->setGrantedScopes(scopes.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts));
        }
        return noContent();
    }
    return apiError(404, 404, QStringLiteral("Unknown sandbox control endpoint."));
}

} // namespace syncdesk
