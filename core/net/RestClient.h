#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <random>

class QNetworkAccessManager;

namespace syncdesk {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct RestRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QByteArray contentType;
    bool retryable = true; // safe to send again after a 5xx, 429 or dropped connection
    int timeoutMs = -1;    // -1: the client's default
    Service service = Service::Network; // whose endpoint this is; every error it ends in says so
    // Headers besides Authorization, Proxy-Authorization and Cookie that carry a credential (an
    // API key header, say): they too make the request authenticated and never leave its origin.
    QList<QByteArray> credentialHeaders;

    // Whether the request carries a credential: a credential header or user info in the URL.
    bool isAuthenticated() const;
};

struct RestResponse
{
    int status = 0;
    QByteArray body;
    HeaderList headers;
    Error error;      // set for transport failures and for HTTP status >= 400
    int attempts = 0; // how many times the request went out
    qint64 elapsedMs = 0;

    bool ok() const { return error.ok(); }
    QByteArray header(QByteArrayView name) const;
    // The body as JSON; a parse error yields a null document and sets *parseError if given.
    QJsonDocument json(QString* parseError = nullptr) const;
};

// One place for how Syncdesk talks HTTP: timeouts, bounded exponential backoff with jitter on
// 5xx and transient network errors, Retry-After on 429, redirects, mapping to typed errors, and
// logging through syncdesk.net with credentials redacted. Every cloud client (Zoom, ACD,
// Salesforce) goes through it, whatever the base URL: sandbox or real cloud. Long lists are
// walked with Pager on top of it.
//
// Redirects are followed here, hop by hop, not by Qt: Qt 6's default policy
// (NoLessSafeRedirectPolicy) sends every header, Authorization included, to whatever host the
// Location names. Here a redirect within the request's origin (scheme, host, port) is followed
// with all headers; one to another origin is followed only when the request carries no
// credential, and is an error (CrossOriginRedirect, naming the target) when it does, so a client
// secret or a bearer token never reaches a host it was not meant for. https to http is never
// followed (InsecureRedirect). 301/302 turn POST into GET and 303 turns anything into GET, as
// browsers and curl do; 307/308 resend method and body.
class RestClient : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int timeoutMs = 15000;
        int maxRetries = 3;         // retries after the first attempt
        int baseBackoffMs = 250;    // first backoff; doubles each retry, with jitter
        int maxBackoffMs = 8000;    // cap for one backoff
        int maxRetryAfterSec = 60;  // a longer Retry-After is not waited for: the 429 is returned
        int maxRedirects = 10;      // hops per attempt
    };

    explicit RestClient(QObject* parent = nullptr);
    ~RestClient() override;

    void setPolicy(const Policy& policy) { m_policy = policy; }
    const Policy& policy() const { return m_policy; }

    using Callback = std::function<void(const RestResponse&)>;
    // Sends asynchronously. `done` runs once, on the thread of this client, unless `context`
    // was destroyed meanwhile.
    void send(const RestRequest& request, QObject* context, Callback done);

    // Maps a finished reply to an error (None when the status is < 400 and transport worked).
    static Error mapError(QNetworkReply::NetworkError netError, int status, const QString& netErrorString,
                          const QUrl& url, const QByteArray& retryAfter);

    QNetworkAccessManager* manager() const { return m_nam; }

    // Same scheme, host and port (default ports filled in): where a credential may go.
    static bool sameOrigin(const QUrl& a, const QUrl& b);
    // Authorization, Proxy-Authorization, Cookie and any header the request marks as credential.
    static bool isCredentialHeader(const RestRequest& request, QByteArrayView name);

private:
    struct Call;
    void attempt(std::shared_ptr<Call> call);
    void sendHop(std::shared_ptr<Call> call);
    // Set when the redirect from the current hop to `target` must not be followed.
    Error checkRedirect(const Call& call, const QUrl& target) const;
    void finish(std::shared_ptr<Call> call, RestResponse&& response);
    int backoffMs(int retryIndex);

    QNetworkAccessManager* m_nam;
    Policy m_policy;
    std::mt19937 m_rng;
};

} // namespace syncdesk
