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

struct AcdCredentials
{
    QString clientId;
    QString clientSecret; // from the keychain or an environment variable; memory only
    QString accessKeyId;
    QString accessKeySecret; // base32, typically ends in "===="; memory only
};

struct AcdEndpoints
{
    // The issuers CXone publishes: commercial, FedRAMP and the sovereign clouds.
    static QUrl defaultIssuer() { return QUrl(QStringLiteral("https://cxone.niceincontact.com")); }
    static QList<QUrl> knownIssuers();

    QUrl issuer = defaultIssuer();
    QUrl apiBase; // set: skips tenant discovery (--acd-api-url)
    QString apiVersion = QStringLiteral("v34.0");
};

struct AcdToken
{
    QByteArray accessToken;
    int expiresIn = 0;
    QDateTime obtainedAt;
    QDateTime expiresAt;
    QString tenantId;          // from the id_token
    QString issuer;            // the id_token's iss
    QString userName;          // the access-key user (id_token name), shown after sign-in
    qint64 businessUnitId = 0; // icBUId
    QUrl apiBase;              // the tenant's api_endpoint (or the configured one)
};

// CXone's OAuth password grant with an access key: token endpoint from the issuer's OpenID
// discovery document, the app's client ID and secret in HTTP Basic, the access key ID and secret
// as username and password; then the tenant's API base from the id_token's tenantId and iss and
// {iss}/.well-known/cxone-configuration. The token is kept until 2 minutes before it expires
// (NICE's SDK does the same); concurrent callers share one sign-in in flight.
class AcdAuth : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const AcdToken& token, const Error& error)>;
    static constexpr int kRefreshMarginSec = 120;

    AcdAuth(RestClient* client, AcdEndpoints endpoints, AcdCredentials credentials,
            QObject* parent = nullptr);

    const AcdEndpoints& endpoints() const { return m_endpoints; }
    void token(QObject* context, TokenCallback done);
    void invalidate(const QByteArray& rejected);
    std::optional<AcdToken> cachedToken() const { return m_token; }
    int tokenRequestsSent() const { return m_requestsSent; }
    // {api}/incontactapi/services/{version}/ of the current token (empty before sign-in).
    QUrl servicesBase() const;

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // The form body of the token request, every reserved character percent-encoded: base32
    // secrets end in "=", which a server otherwise reads as a separator. Public for tests.
    static QByteArray passwordGrantBody(const QString& username, const QString& password);
    // The claims of a JWT's payload (no signature check: it came straight from the token
    // endpoint over the connection we opened). Empty on a malformed token.
    static QJsonObject jwtClaims(const QByteArray& jwt);

private:
    void fetch();
    void discoverTokenEndpoint(quint64 gen);
    void requestToken(quint64 gen, const QUrl& tokenEndpoint);
    void discoverApi(quint64 gen, AcdToken t);
    void finish(const AcdToken& token, const Error& error);
    Error tokenError(const RestResponse& r) const;

    RestClient* m_client;
    AcdEndpoints m_endpoints;
    AcdCredentials m_credentials;
    std::optional<AcdToken> m_token;
    QUrl m_tokenEndpoint; // discovered once
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext;
        TokenCallback done;
    };
    std::vector<Waiter> m_waiters;
    bool m_inFlight = false;
    quint64 m_generation = 0;
    int m_requestsSent = 0;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace syncdesk
