#pragma once

#include "common/Error.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace syncdesk {

struct AcdSandboxCredentials
{
    QString clientId, clientSecret;       // the registered app (HTTP Basic at the token endpoint)
    QString accessKeyId, accessKeySecret; // base32, ends in "====" like CXone's keys
    QString tenantId;
};

enum class AcdSandboxFault
{
    ServerError, // 500
    RateLimited, // 429 with Retry-After
};

// An emulated NICE CXone on loopback: the OpenID discovery document, the password-grant token
// endpoint (access key as username/password, app credentials in HTTP Basic), an id_token that
// looks signed, the tenant discovery document and the admin API under
// {api}/incontactapi/services/v34.0/ (teams, agents paged with skip/top, skills, unavailable
// codes with their teams, address books with standard and dynamic entries). One server plays
// issuer, tenant discovery and API host; the paths are what make them distinct.
//
// JSON names the reference (cxone-and-salesforce.md §A1–A3) does not pin, chosen here:
//   GET /skills                  {"totalRecords","skills":[{"skillId","skillName","isActive"}]}
//   GET /unavailable-codes {"unavailableCodes":[{"id","name","isActive","isACW","notes","agentTimeout"}]} GET
//   /unavailable-codes/{id}/teams  {"teams":[{"id","teamName"}]} GET /teams
//   {"totalRecords","teams":[{"teamId","teamName","isActive","agentCount"}]} GET /address-books/{id}/entries
//   {"addressBookEntries":[{"addressBookEntryId",…fields}]} GET /address-books/{id}/agents/assigned
//   {"agents":[{"agentId","firstName","lastName"}]} GET /address-books           each book also carries
//   "everyone": true|false API errors                   {"error":"…","error_description":"…"} (as the token
//   endpoint) entryResults failures        "error" is a sentence, e.g. "Phone exceeds 30 characters."
class AcdSandbox : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPhoneLimit = 30;

    // `seed` and `zoomUsers` as the ZoomSandbox's SandboxConfig: the agents are the first Zoom
    // users, and the seeded Dynamic book "Corporate Directory" is built from all of them, partly
    // out of date (every fifth user missing, some with an old company or phone, two entries for
    // people no longer in Zoom), so a first Directory Sync dry run shows adds, updates and removals.
    explicit AcdSandbox(quint32 seed = 1, int zoomUsers = 50, QObject* parent = nullptr);
    ~AcdSandbox() override;

    Error start(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const;     // http://127.0.0.1:<port>
    QUrl issuerUrl() const;   // same as baseUrl: {issuer}/.well-known/openid-configuration
    QUrl apiEndpoint() const; // what cxone-configuration answers as api_endpoint
    AcdSandboxCredentials credentials() const;

    // The next `count` requests (token and API, not discovery documents) get the fault.
    void injectFault(AcdSandboxFault fault, int count, int retryAfterSec = 1);
    void clearFaults();
    // Every entry written with this e-mail from now on fails alone (its entryResults item says
    // `error`), as a real ACD refuses single entries for reasons Syncdesk cannot check beforehand.
    void injectEntryFailure(const QString& email, const QString& error);
    void invalidateTokens(); // every issued token answers 401 from now on
    void setTokenTtl(int seconds);
    void setPageLimit(int top); // the most items one page may carry (default 100)
    int tokenRequestCount() const;
    int apiRequestCount() const;
    int discoveryRequestCount() const;

    int agentCount() const;
    int teamCount() const;
    int unavailableCodeCount() const;

signals:
    void requestServed(const QString& method, const QString& path, int status);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace syncdesk
