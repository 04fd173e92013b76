#pragma once

#include "common/Error.h"
#include "net/RestClient.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

namespace syncdesk {

struct ZoomCredentials
{
    QString accountId;
    QString clientId;
    QString clientSecret; // held in memory only while needed; comes from the keychain
};

struct ZoomEndpoints
{
    QUrl oauthBase = QUrl(QStringLiteral("https://zoom.us"));
    QUrl apiBase = QUrl(QStringLiteral("https://api.zoom.us"));
    bool useTokenApiUrl = true; // follow the token's api_url (regional host)
};

struct ZoomToken
{
    QByteArray accessToken;
    QString tokenType;
    int expiresIn = 0;
    QDateTime obtainedAt;
    QDateTime expiresAt;
    QStringList scopes;
    QUrl apiUrl; // from the token response; empty when absent
};

// Server-to-Server OAuth (grant_type=account_credentials). The token is cached until 60 s
// before it expires; concurrent callers share one request in flight; invalidate() drops a token
// the API rejected (code 124) so the next caller fetches a new one.
class ZoomAuth : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const ZoomToken& token, const Error& error)>;

    ZoomAuth(RestClient* client, ZoomEndpoints endpoints, ZoomCredentials credentials, QObject* parent = nullptr);

    void setCredentials(const ZoomCredentials& credentials);
    void setEndpoints(const ZoomEndpoints& endpoints) { m_endpoints = endpoints; }
    const ZoomEndpoints& endpoints() const { return m_endpoints; }
    const ZoomCredentials& credentials() const { return m_credentials; }

    // Calls `done` with a valid token, fetching one if needed.
    void token(QObject* context, TokenCallback done);
    // Forgets `rejected` if it is the cached token (a newer one is kept).
    void invalidate(const QByteArray& rejected);
    std::optional<ZoomToken> cachedToken() const { return m_token; }
    // The API base to use: the token's api_url when allowed and known, else the configured one.
    QUrl apiBase() const;
    int tokenRequestsSent() const { return m_requestsSent; }

    // For tests: the clock that decides expiry.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    static constexpr int kRefreshMarginSec = 60;

    // Maps a token-endpoint answer to an error; public for tests.
    static Error mapTokenError(const RestResponse& response);

signals:
    void tokenChanged();

private:
    void fetch();
    void deliver(const ZoomToken& token, const Error& error);

    RestClient* m_client;
    ZoomEndpoints m_endpoints;
    ZoomCredentials m_credentials;
    std::optional<ZoomToken> m_token;
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext;
        TokenCallback done;
    };
    std::vector<Waiter> m_waiters;
    bool m_inFlight = false;
    quint64 m_generation = 0; // bumped by setCredentials so a stale answer is ignored
    int m_requestsSent = 0;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace syncdesk
