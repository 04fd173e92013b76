#pragma once

#include "common/Error.h"
#include "sandbox/SandboxDirectory.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace syncdesk {

struct SandboxConfig
{
    int users = 50;
    quint32 seed = 1;
    int tokenTtlSec = 3600;
    QStringList grantedScopes = defaultGrantedScopes(); // space-joined into the token response
    int ratePerSecond = 30;                             // per-second limit for /v2 API calls; 0 = unlimited
    int pageTokenTtlSec = 900;                          // next_page_token lifetime (Zoom: 15 min)
    // {"contact:read:admin","phone:read:admin","user:read:admin","user:write:admin"}
    static QStringList defaultGrantedScopes();
};

struct SandboxCredentials
{
    QString accountId, clientId, clientSecret, secretToken;
};

enum class SandboxFault
{
    ServerError,
    RateLimited,
    Delay,
    Drop,
    Redirect // see injectRedirect()
};

// A request as the sandbox saw it, for tests that check what a client sent where. Header names
// only (lower-case): the values may be credentials and stay out of memory dumps and test logs.
struct SandboxSeenRequest
{
    QString method;
    QString path;
    QList<QByteArray> headerNames;
    bool hasHeader(QByteArrayView name) const;
};

// An emulated Zoom on loopback: S2S OAuth (POST /oauth/token), the read-only user, presence and
// phone-user endpoints of /v2 with Zoom's status codes, error bodies, paging and rate limiting,
// and the event-subscription WebSocket. The desktop app, the CLI and the tests all talk to it over
// real sockets, so what passes here exercises the same code paths as the cloud.
//
// Besides the Zoom endpoints it serves a small control API for tests that run it in another
// process (never faulted, rate limited or counted):
//   POST   /_sandbox/faults     {"fault":"500"|"429"|"delay"|"drop"|"redirect","count":N,"delay_ms":M,
//                                 "retry_after":S,"location":URL,"status":301|302|303|307|308}
//   DELETE /_sandbox/faults     clears pending faults
//   POST   /_sandbox/invalidate_tokens
//   POST   /_sandbox/config     {"token_ttl":S,"scopes":[...] or "a b","rate_per_second":N}, all optional
//   GET    /_sandbox/stats      {"token_requests":n,"api_requests":n,"websocket_clients":n,
//                                 "websocket_heartbeats":n}
//   GET    /_sandbox/requests   {"requests":[{"method","path","headers":[names]}]}, the last 100 seen
//   DELETE /_sandbox/requests   forgets them
//   POST   /_sandbox/websocket/disconnect   closes every WebSocket connection
class ContactCenterSandbox;

class ZoomSandbox : public QObject
{
    Q_OBJECT
public:
    explicit ZoomSandbox(SandboxConfig config = {}, QObject* parent = nullptr);
    ~ZoomSandbox() override;

    // Port 0: an ephemeral port. Fails with ErrorCode::ListenFailed.
    Error start(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QUrl baseUrl() const;  // http://127.0.0.1:<port>
    QUrl oauthUrl() const; // base for POST /oauth/token (same as baseUrl)
    QUrl apiUrl() const;   // base for /v2 (same as baseUrl); also returned as "api_url" in token responses
    // The S2S app's demo credentials, deterministic from the seed.
    SandboxCredentials credentials() const;
    // A non-S2S ("general") app: account_credentials with it gives unsupported_grant_type.
    SandboxCredentials generalAppCredentials() const;
    const QList<SandboxUser>& users() const;
    const SandboxConfig& config() const;
    // The simulated Contact Center queue behind /v2/contact_center/* (see ContactCenterSandbox.h).
    ContactCenterSandbox& contactCenter();

    // Fault injection: the next `count` requests (any path except /_sandbox/*) get the fault.
    // Delay waits delayMs then answers normally; Drop closes the TCP connection without
    // answering; RateLimited answers 429 with Retry-After: retryAfterSec; ServerError answers 500
    // with Zoom-style JSON. Faults queue up in the order they were injected.
    // Note: Qt 6.4's QNetworkAccessManager may silently resend a request (POST included) whose
    // connection closed before any answer; whether it does depends on the connection's history.
    // Inject several Drops in a row when the caller must see RemoteHostClosedError.
    void injectFault(SandboxFault fault, int count, int delayMs = 0, int retryAfterSec = 1);
    // The next `count` requests are answered `status` (301, 302, 303, 307 or 308) with a Location
    // on `target`: its origin plus the request's own path and query when `target` has no path
    // (so a second sandbox, or this one, serves the same call there), else `target` as it is.
    void injectRedirect(const QUrl& target, int status = 302, int count = 1);
    void clearFaults();
    // The last 100 requests (any path except /_sandbox/*), oldest first.
    QList<SandboxSeenRequest> seenRequests() const;
    void clearSeenRequests();
    void invalidateTokens(); // every issued token becomes invalid (401 code 124)
    void setTokenTtl(int seconds);
    void setGrantedScopes(const QStringList& scopes);
    void setRateLimit(int perSecond);
    int tokenRequestCount() const; // POST /oauth/token requests seen (any outcome)
    int apiRequestCount() const;   // /v2 requests seen (any outcome)

    // Event subscriptions over WebSocket, as Zoom's wss://ws.zoom.us/ws: connect to
    // webSocketUrl() + "?subscriptionId=<webSocketSubscriptionId()>&access_token=<token>".
    // The sandbox answers {"module":"build_connection","success":true|false,...} on connect,
    // {"module":"heartbeat","success":true} to each {"module":"heartbeat"}, and once the
    // connection's token is no longer valid (expired or invalidateTokens()) the next heartbeat gets
    // success:false, content "Token is invalid", and a close with reason "invalid_token".
    // Not counted, faulted or rate limited.
    QUrl webSocketUrl() const; // ws://127.0.0.1:<port>/ws
    QString webSocketSubscriptionId() const;
    // Sends one event (compact JSON {"event","event_ts","payload"}) to every client whose token is
    // still valid as {"module":"message","success":true,"content":"<the event JSON as a string>"}.
    // Returns how many clients it went to.
    int broadcastWebSocketEvent(const QByteArray& eventJson);
    int broadcastWebSocketEvent(const QJsonObject& event);
    int webSocketClientCount() const;  // connected and accepted
    void disconnectWebSocketClients(); // close every connection (code 1001), like a Zoom-side outage
    int webSocketHeartbeatCount() const; // {"module":"heartbeat"} messages received from clients
    // For tests: while silent the endpoint still accepts connections but sends nothing at all (no
    // build_connection, no heartbeat answers, no events), like a connection that died without a
    // close. Clients should notice the silence and reconnect.
    void setWebSocketSilent(bool silent);
    bool isWebSocketSilent() const;

signals:
    // status is 0 when the connection was dropped on purpose, 101 for a WebSocket upgrade.
    void requestServed(const QString& method, const QString& path, int status);
    void webSocketClientsChanged(int count);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace syncdesk
