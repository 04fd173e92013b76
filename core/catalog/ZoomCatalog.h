#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace syncdesk {

// The registration knowledge of the seeds (zoom-app-creation.de, zoom-directory-sync-setup.de)
// as data. Names are the vendors' identifiers (never translated); labels and explanations are
// translated at the moment they are read.
enum class ZoomAppType { DirectorySync, PresenceSync };

struct ZoomEventInfo
{
    QString name;        // Zoom's event name, e.g. "user.presence_status_updated"
    QString group;       // translated Marketplace group: "User", "User Activity", "Zoom Phone"
    QString label;       // translated Marketplace label as the seed names it
};

struct ZoomScopeInfo
{
    QString id;                 // stable key ("contacts", "phone", ...)
    QString label;              // translated Marketplace wording from the seed
    QString classic;            // classic scope, e.g. "user:read:admin"
    QStringList granular;       // granular scopes that together replace the classic one
    QString why;                // translated: what Syncdesk/the ACD needs it for
};

struct ChecklistStep
{
    QString id;      // stable key saved in the profile ("create-app", ...)
    QString title;   // translated, imperative
    QString detail;  // translated, what exactly to do or enter
    enum class Copy { None, AccountIdNote, EndpointUrl, Events, Scopes } copy = Copy::None;
    // Zoom can only validate the endpoint once the account is mapped in CXone (the seed says so):
    // the step stays locked until AcdCatalog::isMappingComplete().
    bool needsAcdMapping = false;
};

class ZoomCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ZoomCatalog)
public:
    static QString appTypeName(ZoomAppType type);
    static QString appTypeId(ZoomAppType type); // "directory_sync" / "presence_sync"

    // The exact event subscriptions the seed names for an app type, in Marketplace order.
    static QList<ZoomEventInfo> events(ZoomAppType type);
    // Every event Syncdesk knows by name (seed events plus Contact Center events), for parsers.
    static QStringList directorySyncEventNames();
    static QStringList presenceSyncEventNames();

    // The five scopes the seed asks for ("Wählen Sie jeweils den folgenden Umfang aus").
    static QList<ZoomScopeInfo> scopes();
    // A scope is granted if the token carries its classic name or all of its granular names.
    static bool isGranted(const ZoomScopeInfo& scope, const QStringList& grantedScopes);
    static QList<ZoomScopeInfo> missingScopes(const QStringList& grantedScopes);

    static QString endpointUrlTemplate(); // with "<account ID>"
    // The event endpoint for a Zoom account ID, or an empty string when the ID is empty.
    static QString endpointUrl(const QString& accountId);
    static bool isPlausibleAccountId(const QString& accountId);

    // The ordered registration steps of the seed for the given app types.
    static QList<ChecklistStep> steps(bool directorySync, bool presenceSync);
};

} // namespace syncdesk
