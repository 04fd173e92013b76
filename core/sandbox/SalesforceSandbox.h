#pragma once

#include "common/Error.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace syncdesk {

struct SalesforceSandboxCredentials
{
    QString clientId, clientSecret; // the connected app's consumer key and secret
    QString username;
    QString password, securityToken; // the password flow sends password + securityToken
    QString orgId, userId;           // 18 characters, as the identity URL names them

    QString passwordWithToken() const { return password + securityToken; }
};

enum class SalesforceSandboxFault
{
    ServerBusy,  // 503 SERVER_UNAVAILABLE
    RateLimited, // 429 with Retry-After (Salesforce does not document it; proxies and gateways do)
};

// An emulated Salesforce org on loopback, for the OAuth flows and the REST calls Syncdesk makes.
// One server plays login host (login/test/My Domain) and instance: the token answer names the
// sandbox itself as instance_url.
//
//   GET  /services/oauth2/authorize          web-server flow; PKCE (S256) required; answers a
//                                            consent page whose form posts to …/authorize/consent
//   POST /services/oauth2/authorize/consent  decision=allow|deny: 302 to redirect_uri with
//                                            code+state or error=access_denied+state
//   POST /services/oauth2/token              grant_type password | refresh_token |
//                                            authorization_code (code_verifier checked)
//   GET  /services/oauth2/userinfo           and the identity URL /id/{org}/{user}
//   GET  /services/data/v59.0/query?q=SOQL   ServicePresenceStatus, ServiceChannel, User; paged
//                                            with nextRecordsUrl /services/data/v59.0/query/01g…-N
//   GET  /services/data/v59.0/limits         DailyApiRequests
// OAuth errors are {"error","error_description"}; REST errors are [{"message","errorCode"}];
// every REST answer carries Sforce-Limit-Info: api-usage=N/15000. Access tokens have no expiry
// in the answer (as Salesforce): they end after setTokenTtl() or invalidateTokens(), then REST
// answers 401 INVALID_SESSION_ID.
class SalesforceSandbox : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDailyApiLimit = 15000;

    // The users are SandboxDirectory::generate(users, seed) (the same people as the Zoom and ACD
    // sandboxes of that seed), after the signed-in admin.
    explicit SalesforceSandbox(quint32 seed = 1, int users = 50, QObject* parent = nullptr);
    ~SalesforceSandbox() override;

    Error start(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>: login URL and instance_url alike
    SalesforceSandboxCredentials credentials() const;

    // As an org created in Summer '23 or later: grant_type=password answers invalid_grant.
    void setPasswordFlowBlocked(bool blocked);
    // The next `count` token and REST requests get the fault (the consent page never does).
    void injectFault(SalesforceSandboxFault fault, int count, int retryAfterSec = 1);
    void clearFaults();
    void invalidateTokens(); // every issued access token answers 401 from now on (refresh tokens stay)
    void setTokenTtl(int seconds);
    void setPageSize(int records); // records per query page (default 2000, as Salesforce)
    int tokenRequestCount() const;
    int apiRequestCount() const; // also what api-usage reports as used
    int userCount() const;
    int presenceStatusCount() const;
    int serviceChannelCount() const;
    // SOQL queries answered for this object (first pages only; nextRecordsUrl pages not counted).
    int queryCount(const QString& object) const;
    // A status created in Setup between two reads (the next query returns it).
    void addPresenceStatus(const QString& developerName, const QString& label);

    // The 15→18 character form (case-safe checksum); public for the sandbox's own tests.
    static QString id18(const QString& id15);

signals:
    void requestServed(const QString& method, const QString& path, int status);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace syncdesk
