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
// 5xx and transient network errors, Retry-After on 429, mapping to typed errors, and logging
// through syncdesk.net with credentials redacted. Every cloud client (Zoom, ACD, Salesforce)
// goes through it, whatever the base URL: sandbox or real cloud.
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

private:
    struct Call;
    void attempt(std::shared_ptr<Call> call);
    void finish(std::shared_ptr<Call> call, RestResponse&& response);
    int backoffMs(int retryIndex);

    QNetworkAccessManager* m_nam;
    Policy m_policy;
    std::mt19937 m_rng;
};

} // namespace syncdesk
