#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QString>
#include <QUrl>

namespace syncdesk {

// One customer's integration configuration. Secrets are never part of it: they live in the
// keychain under secretKey(id, purpose).
struct ZoomSettings
{
    QString accountId;
    QString clientId;
    QString oauthUrl = QStringLiteral("https://zoom.us");
    QString apiUrl = QStringLiteral("https://api.zoom.us");
    bool useTokenApiUrl = true; // prefer the regional host the token names in api_url
    bool directorySync = true;
    bool presenceSync = true;
    QSet<QString> checklistDone; // ChecklistStep ids ticked by the admin
    bool hasClientSecret = false;  // a secret was stored in the keychain (never the value)
    bool hasSecretToken = false;
};

struct MonitorSettings
{
    QString listenHost = QStringLiteral("127.0.0.1");
    int listenPort = 8080;
    QString path = QStringLiteral("/webhook");
    int toleranceSec = 300;
    QString webSocketUrl = QStringLiteral("wss://ws.zoom.us/ws");
    QString subscriptionId;
    int maxEvents = 1'000'000; // events the monitor holds; the oldest go first
};

// The CXone ACD connection (issue 7). Written to the profile only once something is set, so
// profiles of Zoom-only users stay as they were. Secrets live in the keychain.
struct AcdSettings
{
    QString issuerUrl = QStringLiteral("https://cxone.niceincontact.com");
    QString clientId;
    QString accessKeyId;
    QString apiUrl; // empty: discovered from the id_token and cxone-configuration
    QString apiVersion = QStringLiteral("v34.0");
    bool hasClientSecret = false;
    bool hasAccessKeySecret = false;

    // The seed's "Map accounts" dialog in CXone's Adapters (a copy sheet: CXone has no API for it).
    QString accessKeyUser;                 // the access-key user shown after sign-in
    QString adapterVersion;                // "directory" (Directory Sync) or "presence" (Presence Sync); empty: not chosen
    QString mappingAccountName;            // the account name typed into the dialog
    QStringList notificationEmails;        // health, authentication failures, exceptions
    QSet<QString> mappingChecklistDone;    // steps of the dialog ticked by the admin
    bool isDefault() const;
};

// Directory Sync (issue 7): the target Dynamic address book and the mapping. `mapping` is the
// JSON of syncdesk::DirectoryMapping (core/directory), the same format as `syncdeskctl directory
// --mapping FILE`; kept as JSON here so the profile does not depend on the directory module.
struct DirectorySyncSettings
{
    bool enabled = false;
    QString addressBookId;
    QString addressBookName;
    QJsonObject mapping;          // empty: DirectoryMapping::defaults()
    int maxRemovalPercent = 10;   // apply refuses to remove more without an explicit confirmation
    bool isDefault() const;
};

// Salesforce (issue 8): the org, the sign-in and the seed's checklists. Secrets (password with
// security token, client secret, refresh token) live in the keychain.
struct SalesforceSettings
{
    QString loginUrl = QStringLiteral("https://login.salesforce.com"); // or test.salesforce.com, My Domain
    QString platform;        // "production", "sandbox" or "hyperforce"; empty: not chosen
    QString environmentName; // the ACD account mapping's environment name
    QString orgId;           // as typed (15 or 18 characters)
    QString username;
    QString clientId;        // the connected app's consumer key
    QString email;           // the mapping's notification e-mail
    bool hasPassword = false;
    bool hasClientSecret = false;
    bool hasRefreshToken = false;
    QSet<QString> checklistDone; // prerequisites and connected-app steps ticked by the admin
    bool isDefault() const;
};

struct Profile
{
    static constexpr int kSchemaVersion = 1;

    QString id;   // stable, random; the keychain key prefix
    QString name; // shown to people
    bool sandbox = false; // points at the built-in sandbox (URLs are filled in at run time)
    ZoomSettings zoom;
    MonitorSettings monitor;
    AcdSettings acd;
    DirectorySyncSettings directorySync;
    SalesforceSettings salesforce;
    // Presence rules (issue 8) in the rule-file JSON of `syncdeskctl rules` (core/presence), kept
    // as JSON so the profile does not depend on the presence module.
    QJsonArray presenceRules;
    QString activePresenceRule; // the rule's name the monitor predicts with; empty: none
    // Presence statuses designed for the org (core/salesforce/PresenceStatusDesign JSON), kept as
    // JSON for the same reason.
    QJsonArray presenceStatusDesigns;
    // The Contact Center area (issue 9), one key per part ("cti": core/cc/CtiSettings JSON), kept
    // as JSON so the profile does not depend on the cc module. Written only when non-empty.
    QJsonObject contactCenter;
    QJsonObject unknown; // keys written by a newer minor version, kept as they were

    static Profile create(const QString& name);
    QJsonObject toJson() const;
    static Profile fromJson(const QJsonObject& o);
    bool operator==(const Profile& other) const { return toJson() == other.toJson(); }
};

} // namespace syncdesk
