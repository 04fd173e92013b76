#include "ZoomCatalog.h"

#include <QRegularExpression>

namespace syncdesk {

namespace {
struct RawEvent
{
    const char* name;
    const char* group;
    const char* label;
};

// Marketplace wording as in the seed (German original, English source strings here).
const RawEvent kDirectoryEvents[] = {
    {"user.created", QT_TRANSLATE_NOOP("ZoomCatalog", "User"), QT_TRANSLATE_NOOP("ZoomCatalog", "User has been created")},
    {"user.disassociated", QT_TRANSLATE_NOOP("ZoomCatalog", "User"), QT_TRANSLATE_NOOP("ZoomCatalog", "User has been disassociated")},
    {"user.deleted", QT_TRANSLATE_NOOP("ZoomCatalog", "User"), QT_TRANSLATE_NOOP("ZoomCatalog", "User has been deleted")},
    {"user.activated", QT_TRANSLATE_NOOP("ZoomCatalog", "User"), QT_TRANSLATE_NOOP("ZoomCatalog", "User has been activated")},
    {"user.deactivated", QT_TRANSLATE_NOOP("ZoomCatalog", "User"), QT_TRANSLATE_NOOP("ZoomCatalog", "User has been deactivated")},
    {"user.updated", QT_TRANSLATE_NOOP("ZoomCatalog", "User"), QT_TRANSLATE_NOOP("ZoomCatalog", "User's profile info has been updated")},
    {"user.settings_updated", QT_TRANSLATE_NOOP("ZoomCatalog", "User"), QT_TRANSLATE_NOOP("ZoomCatalog", "User's settings have been updated")},
    {"user.invitation_accepted", QT_TRANSLATE_NOOP("ZoomCatalog", "User"), QT_TRANSLATE_NOOP("ZoomCatalog", "User has accepted the account invitation")},
    {"user.signed_in", QT_TRANSLATE_NOOP("ZoomCatalog", "User Activity"), QT_TRANSLATE_NOOP("ZoomCatalog", "User has signed in")},
    {"user.signed_out", QT_TRANSLATE_NOOP("ZoomCatalog", "User Activity"), QT_TRANSLATE_NOOP("ZoomCatalog", "User has signed out")},
    {"user.presence_status_updated", QT_TRANSLATE_NOOP("ZoomCatalog", "User Activity"), QT_TRANSLATE_NOOP("ZoomCatalog", "User's presence status has been updated")},
    {"user.personal_notes_updated", QT_TRANSLATE_NOOP("ZoomCatalog", "User Activity"), QT_TRANSLATE_NOOP("ZoomCatalog", "User's personal notes have been updated")},
};

const RawEvent kPresenceEvents[] = {
    {"user.presence_status_updated", QT_TRANSLATE_NOOP("ZoomCatalog", "User Activity"), QT_TRANSLATE_NOOP("ZoomCatalog", "User's presence status has been updated")},
    {"phone.callee_ended", QT_TRANSLATE_NOOP("ZoomCatalog", "Zoom Phone"), QT_TRANSLATE_NOOP("ZoomCatalog", "Callee ended a phone call")},
    {"phone.caller_ended", QT_TRANSLATE_NOOP("ZoomCatalog", "Zoom Phone"), QT_TRANSLATE_NOOP("ZoomCatalog", "Caller ended a phone call")},
    {"phone.caller_connected", QT_TRANSLATE_NOOP("ZoomCatalog", "Zoom Phone"), QT_TRANSLATE_NOOP("ZoomCatalog", "Caller is connected to the callee")},
    {"phone.callee_answered", QT_TRANSLATE_NOOP("ZoomCatalog", "Zoom Phone"), QT_TRANSLATE_NOOP("ZoomCatalog", "Caller answered a phone call")},
};

template<size_t N>
QList<ZoomEventInfo> toEvents(const RawEvent (&raw)[N])
{
    QList<ZoomEventInfo> out;
    out.reserve(int(N));
    for (const RawEvent& e : raw)
        out.append({QString::fromLatin1(e.name), ZoomCatalog::tr(e.group), ZoomCatalog::tr(e.label)});
    return out;
}

template<size_t N>
QStringList toNames(const RawEvent (&raw)[N])
{
    QStringList out;
    for (const RawEvent& e : raw)
        out.append(QString::fromLatin1(e.name));
    return out;
}
} // namespace

QString ZoomCatalog::appTypeName(ZoomAppType type)
{
    return type == ZoomAppType::DirectorySync ? tr("Directory Sync") : tr("Presence Sync");
}

QString ZoomCatalog::appTypeId(ZoomAppType type)
{
    return type == ZoomAppType::DirectorySync ? QStringLiteral("directory_sync") : QStringLiteral("presence_sync");
}

QList<ZoomEventInfo> ZoomCatalog::events(ZoomAppType type)
{
    return type == ZoomAppType::DirectorySync ? toEvents(kDirectoryEvents) : toEvents(kPresenceEvents);
}

QStringList ZoomCatalog::directorySyncEventNames() { return toNames(kDirectoryEvents); }
QStringList ZoomCatalog::presenceSyncEventNames() { return toNames(kPresenceEvents); }

QList<ZoomScopeInfo> ZoomCatalog::scopes()
{
    // Seed order. Classic names are what the Marketplace shows on apps created before granular
    // scopes; granular names are what new apps show (reference/zoom-platform.md §7).
    return {
        {QStringLiteral("contacts"), tr("View all users' contacts"), QStringLiteral("contact:read:admin"),
         {QStringLiteral("contact:read:list_contacts:admin")},
         tr("Directory Sync reads the company contacts with their extensions and presence.")},
        {QStringLiteral("phone"), tr("View all users' phone information"), QStringLiteral("phone:read:admin"),
         {QStringLiteral("phone:read:list_users:admin"), QStringLiteral("phone:read:user:admin")},
         tr("Extensions and phone numbers of Zoom Phone users, and the phone call events.")},
        {QStringLiteral("users"), tr("View all user information"), QStringLiteral("user:read:admin"),
         {QStringLiteral("user:read:list_users:admin"), QStringLiteral("user:read:user:admin")},
         tr("Lists the account's users for the directory and maps them to ACD agents.")},
        {QStringLiteral("manage_users"), tr("View users information and manage users"),
         QStringLiteral("user:write:admin"),
         {QStringLiteral("user:update:user:admin"), QStringLiteral("user:update:presence_status:admin")},
         tr("Lets the ACD write presence back to Zoom (bidirectional Presence Sync).")},
        {QStringLiteral("events"), tr("View all events information"), QStringLiteral("user:read:admin"),
         {QStringLiteral("user:read:presence_status:admin"), QStringLiteral("user:read:settings:admin"),
          QStringLiteral("user:read:personal_note:admin")},
         tr("Zoom only lets a subscription include events whose read scopes the app has.")},
    };
}

bool ZoomCatalog::isGranted(const ZoomScopeInfo& scope, const QStringList& granted)
{
    if (granted.contains(scope.classic))
        return true;
    if (scope.granular.isEmpty())
        return false;
    for (const QString& g : scope.granular) {
        // A :master scope covers the same data claim as :admin across sub accounts.
        QString master = g;
        if (master.endsWith(QLatin1String(":admin")))
            master.replace(master.size() - 6, 6, QStringLiteral(":master"));
        if (!granted.contains(g) && !granted.contains(master))
            return false;
    }
    return true;
}

QList<ZoomScopeInfo> ZoomCatalog::missingScopes(const QStringList& granted)
{
    QList<ZoomScopeInfo> missing;
    for (const ZoomScopeInfo& s : scopes()) {
        if (!isGranted(s, granted))
            missing.append(s);
    }
    return missing;
}

QString ZoomCatalog::endpointUrlTemplate()
{
    return QStringLiteral("https://presencesync.niceincontact.com/rta/v1/zoom/web-hook-api/<account ID>");
}

QString ZoomCatalog::endpointUrl(const QString& accountId)
{
    const QString id = accountId.trimmed();
    if (id.isEmpty())
        return {};
    return QStringLiteral("https://presencesync.niceincontact.com/rta/v1/zoom/web-hook-api/") + id;
}

bool ZoomCatalog::isPlausibleAccountId(const QString& accountId)
{
    // Zoom account IDs are URL-safe base64-like strings (about 22 characters).
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{8,64}$"));
    return re.match(accountId.trimmed()).hasMatch();
}

QList<ChecklistStep> ZoomCatalog::steps(bool directorySync, bool presenceSync)
{
    using C = ChecklistStep::Copy;
    QList<ChecklistStep> s;
    s.append({QStringLiteral("sign-in"), tr("Sign in to the Zoom App Marketplace"),
              tr("Use an administrator account of the Zoom account you want to connect."), C::None});
    s.append({QStringLiteral("create-app"), tr("Build a Server-to-Server OAuth app"),
              tr("Develop → Build App → Server-to-Server OAuth. Other app types cannot use the account "
                 "credentials grant."), C::None});
    s.append({QStringLiteral("note-ids"), tr("Note the account ID and client ID"),
              tr("You need both when mapping the Zoom account; enter them on the next page."), C::AccountIdNote});
    s.append({QStringLiteral("client-secret"), tr("Generate and note the client secret"),
              tr("Click Generate next to the client secret. Syncdesk keeps it in the system keychain."),
              C::None});
    s.append({QStringLiteral("basic-info"), tr("Fill in the basic information"),
              tr("App name, short description and company name; under developer contact information the "
                 "administrator's name and e-mail address. Then click Continue."), C::None});
    s.append({QStringLiteral("endpoint"), tr("Add an event subscription with the endpoint URL"),
              tr("Give the subscription a name and enter the event notification endpoint URL below. "
                 "Validate works only after the ACD account mapping is complete."), C::EndpointUrl, true});
    s.append({QStringLiteral("secret-token"), tr("Generate and note the secret token"),
              tr("Click Generate next to Secret Token. It signs every event Zoom sends; Syncdesk keeps it "
                 "in the system keychain."), C::None});
    if (directorySync || presenceSync) {
        QString detail = tr("Select exactly the events listed below. Directory Sync and Presence Sync use "
                            "separate subscriptions.");
        s.append({QStringLiteral("events"), tr("Choose the event types"), detail, C::Events});
    }
    s.append({QStringLiteral("scopes"), tr("Add the five scopes"),
              tr("On the Scopes page, add each scope listed below (classic or granular names, whichever "
                 "your Marketplace shows)."), C::Scopes});
    s.append({QStringLiteral("activate"), tr("Click Done, then Save and activate the app"),
              tr("An app that is not activated cannot issue tokens."), C::None});
    return s;
}

} // namespace syncdesk
