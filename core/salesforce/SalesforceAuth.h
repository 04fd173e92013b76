#pragma once

#include "common/Error.h"
#include "net/RestClient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <optional>
#include <vector>

namespace syncdesk {

// Where Salesforce signs people in: the generic hosts, or the org's My Domain
// (https://<domain>.my.salesforce.com), which some orgs require.
struct SalesforceLogin
{
    static QUrl production() { return QUrl(QStringLiteral("https://login.salesforce.com")); }
    static QUrl sandbox() { return QUrl(QStringLiteral("https://test.salesforce.com")); }
    // "acme.my.salesforce.com", "https://acme.my.salesforce.com/" or a full URL with a path: the
    // scheme and host (and port) only, https when none was typed. Empty on nonsense.
    static QUrl normalize(const QString& typed);
};

struct SalesforceCredentials
{
    QString clientId;     // the connected app's consumer key
    QString clientSecret; // memory only
    QString username;
    QString password; // with the security token appended; memory only
};

struct SalesforceToken
{
    QByteArray accessToken;
    QByteArray refreshToken; // only from the browser flow
    QUrl instanceUrl;        // every API call goes here, never to a hard-coded instance
    QUrl identityUrl;        // …/id/{orgId18}/{userId18}
    QString orgId, userId;   // from the identity URL
    QDateTime issuedAt;
};

// Salesforce's OAuth token endpoint for the username-password flow (form-encoded POST to
// {loginUrl}/services/oauth2/token, the client ID and secret in the form), or the refresh-token
// grant when a token from the browser flow was handed in with setToken(). Salesforce names no
// lifetime, so the token is kept until an API call is refused with 401 and invalidate() drops
// it; concurrent callers share one request in flight.
class SalesforceAuth : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const SalesforceToken& token, const Error& error)>;

    SalesforceAuth(RestClient* client, QUrl loginUrl, SalesforceCredentials credentials,
                   QObject* parent = nullptr);

    const QUrl& loginUrl() const { return m_loginUrl; }
    void token(QObject* context, TokenCallback done);
    // The API refused this token: the next token() gets a new one (refresh or password).
    void invalidate(const QByteArray& rejected);
    // A token obtained elsewhere (the browser sign-in); its refresh token renews it.
    void setToken(const SalesforceToken& token);
    // A stored refresh token (the browser sign-in's, from the keychain): the next token() renews
    // the session with the refresh grant instead of the password flow.
    void setRefreshToken(const QByteArray& refreshToken);
    std::optional<SalesforceToken> cachedToken() const { return m_token; }
    int tokenRequestsSent() const { return m_requestsSent; }

    // Public for tests.
    static QByteArray passwordGrantBody(const SalesforceCredentials& credentials);
    static std::optional<SalesforceToken> parseToken(const QJsonObject& answer);
    static Error tokenError(const RestResponse& response, const QUrl& loginUrl, bool refresh);

private:
    void fetch();
    void finish(const SalesforceToken& token, const Error& error);

    RestClient* m_client;
    QUrl m_loginUrl;
    SalesforceCredentials m_credentials;
    std::optional<SalesforceToken> m_token;
    QByteArray m_refreshToken;
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext;
        TokenCallback done;
    };
    std::vector<Waiter> m_waiters;
    bool m_inFlight = false;
    int m_requestsSent = 0;
};

} // namespace syncdesk
