#include "Profile.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace syncdesk {

Profile Profile::create(const QString& name)
{
    Profile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name;
    return p;
}

QJsonObject Profile::toJson() const
{
    QJsonObject o = unknown;
    o.insert(QStringLiteral("schema"), kSchemaVersion);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("sandbox"), sandbox);

    QJsonObject z;
    z.insert(QStringLiteral("account_id"), zoom.accountId);
    z.insert(QStringLiteral("client_id"), zoom.clientId);
    z.insert(QStringLiteral("oauth_url"), zoom.oauthUrl);
    z.insert(QStringLiteral("api_url"), zoom.apiUrl);
    z.insert(QStringLiteral("use_token_api_url"), zoom.useTokenApiUrl);
    z.insert(QStringLiteral("directory_sync"), zoom.directorySync);
    z.insert(QStringLiteral("presence_sync"), zoom.presenceSync);
    QStringList done(zoom.checklistDone.begin(), zoom.checklistDone.end());
    std::sort(done.begin(), done.end());
    z.insert(QStringLiteral("checklist_done"), QJsonArray::fromStringList(done));
    z.insert(QStringLiteral("has_client_secret"), zoom.hasClientSecret);
    z.insert(QStringLiteral("has_secret_token"), zoom.hasSecretToken);
    o.insert(QStringLiteral("zoom"), z);

    QJsonObject m;
    m.insert(QStringLiteral("listen_host"), monitor.listenHost);
    m.insert(QStringLiteral("listen_port"), monitor.listenPort);
    m.insert(QStringLiteral("path"), monitor.path);
    m.insert(QStringLiteral("tolerance_sec"), monitor.toleranceSec);
    m.insert(QStringLiteral("websocket_url"), monitor.webSocketUrl);
    m.insert(QStringLiteral("subscription_id"), monitor.subscriptionId);
    m.insert(QStringLiteral("max_events"), monitor.maxEvents);
    o.insert(QStringLiteral("monitor"), m);

    if (!acd.isDefault()) {
        QJsonObject a;
        a.insert(QStringLiteral("issuer_url"), acd.issuerUrl);
        a.insert(QStringLiteral("client_id"), acd.clientId);
        a.insert(QStringLiteral("access_key_id"), acd.accessKeyId);
        a.insert(QStringLiteral("api_url"), acd.apiUrl);
        a.insert(QStringLiteral("api_version"), acd.apiVersion);
        a.insert(QStringLiteral("has_client_secret"), acd.hasClientSecret);
        a.insert(QStringLiteral("has_access_key_secret"), acd.hasAccessKeySecret);
        a.insert(QStringLiteral("access_key_user"), acd.accessKeyUser);
        a.insert(QStringLiteral("adapter_version"), acd.adapterVersion);
        a.insert(QStringLiteral("mapping_account_name"), acd.mappingAccountName);
        a.insert(QStringLiteral("notification_emails"), QJsonArray::fromStringList(acd.notificationEmails));
        QStringList steps(acd.mappingChecklistDone.begin(), acd.mappingChecklistDone.end());
        steps.sort();
        a.insert(QStringLiteral("mapping_checklist_done"), QJsonArray::fromStringList(steps));
        o.insert(QStringLiteral("acd"), a);
    }
    if (!directorySync.isDefault()) {
        QJsonObject d;
        d.insert(QStringLiteral("enabled"), directorySync.enabled);
        d.insert(QStringLiteral("address_book_id"), directorySync.addressBookId);
        d.insert(QStringLiteral("address_book_name"), directorySync.addressBookName);
        d.insert(QStringLiteral("mapping"), directorySync.mapping);
        d.insert(QStringLiteral("max_removal_percent"), directorySync.maxRemovalPercent);
        o.insert(QStringLiteral("directory_sync"), d);
    }
    if (!salesforce.isDefault()) {
        QJsonObject f;
        f.insert(QStringLiteral("login_url"), salesforce.loginUrl);
        f.insert(QStringLiteral("platform"), salesforce.platform);
        f.insert(QStringLiteral("environment_name"), salesforce.environmentName);
        f.insert(QStringLiteral("org_id"), salesforce.orgId);
        f.insert(QStringLiteral("username"), salesforce.username);
        f.insert(QStringLiteral("client_id"), salesforce.clientId);
        f.insert(QStringLiteral("email"), salesforce.email);
        f.insert(QStringLiteral("has_password"), salesforce.hasPassword);
        f.insert(QStringLiteral("has_client_secret"), salesforce.hasClientSecret);
        f.insert(QStringLiteral("has_refresh_token"), salesforce.hasRefreshToken);
        QStringList steps(salesforce.checklistDone.begin(), salesforce.checklistDone.end());
        steps.sort();
        f.insert(QStringLiteral("checklist_done"), QJsonArray::fromStringList(steps));
        o.insert(QStringLiteral("salesforce"), f);
    }
    if (!presenceRules.isEmpty() || !activePresenceRule.isEmpty()) {
        o.insert(QStringLiteral("presence_rules"), presenceRules);
        o.insert(QStringLiteral("active_presence_rule"), activePresenceRule);
    }
    // Only when there are any, so profiles written before the designer stay byte-identical.
    if (!presenceStatusDesigns.isEmpty())
        o.insert(QStringLiteral("presence_status_designs"), presenceStatusDesigns);
    if (!contactCenter.isEmpty())
        o.insert(QStringLiteral("contact_center"), contactCenter);
    return o;
}

bool AcdSettings::isDefault() const
{
    const AcdSettings d;
    return issuerUrl == d.issuerUrl && clientId.isEmpty() && accessKeyId.isEmpty() && apiUrl.isEmpty() &&
           apiVersion == d.apiVersion && !hasClientSecret && !hasAccessKeySecret && accessKeyUser.isEmpty() &&
           adapterVersion.isEmpty() && mappingAccountName.isEmpty() && notificationEmails.isEmpty() &&
           mappingChecklistDone.isEmpty();
}

bool SalesforceSettings::isDefault() const
{
    const SalesforceSettings d;
    return loginUrl == d.loginUrl && platform.isEmpty() && environmentName.isEmpty() && orgId.isEmpty() &&
           username.isEmpty() && clientId.isEmpty() && email.isEmpty() && !hasPassword && !hasClientSecret &&
           !hasRefreshToken && checklistDone.isEmpty();
}

bool DirectorySyncSettings::isDefault() const
{
    const DirectorySyncSettings d;
    return enabled == d.enabled && addressBookId.isEmpty() && addressBookName.isEmpty() && mapping.isEmpty() &&
           maxRemovalPercent == d.maxRemovalPercent;
}

Profile Profile::fromJson(const QJsonObject& o)
{
    Profile p;
    static const QStringList known = {QStringLiteral("schema"), QStringLiteral("id"), QStringLiteral("name"),
                                      QStringLiteral("sandbox"), QStringLiteral("zoom"), QStringLiteral("monitor"),
                                      QStringLiteral("acd"), QStringLiteral("directory_sync"),
                                      QStringLiteral("salesforce"), QStringLiteral("presence_rules"),
                                      QStringLiteral("active_presence_rule"),
                                      QStringLiteral("presence_status_designs"), QStringLiteral("contact_center")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            p.unknown.insert(it.key(), it.value());
    }
    p.id = o.value(QStringLiteral("id")).toString();
    p.name = o.value(QStringLiteral("name")).toString();
    p.sandbox = o.value(QStringLiteral("sandbox")).toBool();

    const QJsonObject z = o.value(QStringLiteral("zoom")).toObject();
    const ZoomSettings dz;
    p.zoom.accountId = z.value(QStringLiteral("account_id")).toString();
    p.zoom.clientId = z.value(QStringLiteral("client_id")).toString();
    p.zoom.oauthUrl = z.value(QStringLiteral("oauth_url")).toString(dz.oauthUrl);
    p.zoom.apiUrl = z.value(QStringLiteral("api_url")).toString(dz.apiUrl);
    p.zoom.useTokenApiUrl = z.value(QStringLiteral("use_token_api_url")).toBool(dz.useTokenApiUrl);
    p.zoom.directorySync = z.value(QStringLiteral("directory_sync")).toBool(dz.directorySync);
    p.zoom.presenceSync = z.value(QStringLiteral("presence_sync")).toBool(dz.presenceSync);
    for (const QJsonValue& v : z.value(QStringLiteral("checklist_done")).toArray())
        p.zoom.checklistDone.insert(v.toString());
    p.zoom.hasClientSecret = z.value(QStringLiteral("has_client_secret")).toBool();
    p.zoom.hasSecretToken = z.value(QStringLiteral("has_secret_token")).toBool();

    const QJsonObject m = o.value(QStringLiteral("monitor")).toObject();
    const MonitorSettings dm;
    p.monitor.listenHost = m.value(QStringLiteral("listen_host")).toString(dm.listenHost);
    p.monitor.listenPort = m.value(QStringLiteral("listen_port")).toInt(dm.listenPort);
    p.monitor.path = m.value(QStringLiteral("path")).toString(dm.path);
    p.monitor.toleranceSec = m.value(QStringLiteral("tolerance_sec")).toInt(dm.toleranceSec);
    if (p.monitor.toleranceSec < 1) // 0 would switch the replay window off; the receiver refuses it
        p.monitor.toleranceSec = dm.toleranceSec;
    p.monitor.webSocketUrl = m.value(QStringLiteral("websocket_url")).toString(dm.webSocketUrl);
    p.monitor.subscriptionId = m.value(QStringLiteral("subscription_id")).toString();
    p.monitor.maxEvents = m.value(QStringLiteral("max_events")).toInt(dm.maxEvents);

    const QJsonObject a = o.value(QStringLiteral("acd")).toObject();
    const AcdSettings da;
    p.acd.issuerUrl = a.value(QStringLiteral("issuer_url")).toString(da.issuerUrl);
    p.acd.clientId = a.value(QStringLiteral("client_id")).toString();
    p.acd.accessKeyId = a.value(QStringLiteral("access_key_id")).toString();
    p.acd.apiUrl = a.value(QStringLiteral("api_url")).toString();
    p.acd.apiVersion = a.value(QStringLiteral("api_version")).toString(da.apiVersion);
    p.acd.hasClientSecret = a.value(QStringLiteral("has_client_secret")).toBool();
    p.acd.hasAccessKeySecret = a.value(QStringLiteral("has_access_key_secret")).toBool();
    p.acd.accessKeyUser = a.value(QStringLiteral("access_key_user")).toString();
    p.acd.adapterVersion = a.value(QStringLiteral("adapter_version")).toString();
    p.acd.mappingAccountName = a.value(QStringLiteral("mapping_account_name")).toString();
    for (const QJsonValue& v : a.value(QStringLiteral("notification_emails")).toArray())
        p.acd.notificationEmails.append(v.toString());
    for (const QJsonValue& v : a.value(QStringLiteral("mapping_checklist_done")).toArray())
        p.acd.mappingChecklistDone.insert(v.toString());

    const QJsonObject d = o.value(QStringLiteral("directory_sync")).toObject();
    const DirectorySyncSettings dd;
    p.directorySync.enabled = d.value(QStringLiteral("enabled")).toBool(dd.enabled);
    p.directorySync.addressBookId = d.value(QStringLiteral("address_book_id")).toString();
    p.directorySync.addressBookName = d.value(QStringLiteral("address_book_name")).toString();
    p.directorySync.mapping = d.value(QStringLiteral("mapping")).toObject();
    p.directorySync.maxRemovalPercent =
        qBound(0, d.value(QStringLiteral("max_removal_percent")).toInt(dd.maxRemovalPercent), 100);

    const QJsonObject f = o.value(QStringLiteral("salesforce")).toObject();
    const SalesforceSettings df;
    p.salesforce.loginUrl = f.value(QStringLiteral("login_url")).toString(df.loginUrl);
    p.salesforce.platform = f.value(QStringLiteral("platform")).toString();
    p.salesforce.environmentName = f.value(QStringLiteral("environment_name")).toString();
    p.salesforce.orgId = f.value(QStringLiteral("org_id")).toString();
    p.salesforce.username = f.value(QStringLiteral("username")).toString();
    p.salesforce.clientId = f.value(QStringLiteral("client_id")).toString();
    p.salesforce.email = f.value(QStringLiteral("email")).toString();
    p.salesforce.hasPassword = f.value(QStringLiteral("has_password")).toBool();
    p.salesforce.hasClientSecret = f.value(QStringLiteral("has_client_secret")).toBool();
    p.salesforce.hasRefreshToken = f.value(QStringLiteral("has_refresh_token")).toBool();
    for (const QJsonValue& v : f.value(QStringLiteral("checklist_done")).toArray())
        p.salesforce.checklistDone.insert(v.toString());
    p.presenceRules = o.value(QStringLiteral("presence_rules")).toArray();
    p.activePresenceRule = o.value(QStringLiteral("active_presence_rule")).toString();
    p.presenceStatusDesigns = o.value(QStringLiteral("presence_status_designs")).toArray();
    p.contactCenter = o.value(QStringLiteral("contact_center")).toObject();
    return p;
}

} // namespace syncdesk
