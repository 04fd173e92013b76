#include "AcdCatalog.h"

#include "acd/AcdAuth.h"
#include "profile/Profile.h"

#include <QRegularExpression>

namespace syncdesk {

QList<AcdRegion> AcdCatalog::regions()
{
    QList<AcdRegion> out;
    for (const QUrl& issuer : AcdEndpoints::knownIssuers())
        out.append({issuer, regionName(issuer)});
    return out;
}

QString AcdCatalog::regionName(const QUrl& issuer)
{
    const QString host = issuer.host().toLower();
    if (host == QLatin1String("cxone.niceincontact.com"))
        return tr("Commercial cloud (%1)").arg(host);
    if (host == QLatin1String("cxone-gov.niceincontact.com"))
        return tr("FedRAMP, US government (%1)").arg(host);
    if (host == QLatin1String("nicecxone-sov1.au"))
        return tr("Sovereign cloud, Australia (%1)").arg(host);
    if (host == QLatin1String("nicecxone-sov1.eu"))
        return tr("Sovereign cloud, Europe (%1)").arg(host);
    return {};
}

QString AcdCatalog::adapterName(const QString& adapterVersion)
{
    if (adapterVersion == directorySyncAdapter())
        return tr("Directory Sync");
    if (adapterVersion == presenceSyncAdapter())
        return tr("Presence Sync");
    return {};
}

QList<AcdMappingStep> AcdCatalog::mappingSteps()
{
    return {
        {QStringLiteral("open-adapters"), tr("Open Adapters in CXone"),
         tr("Click the app selector and choose Adapters.")},
        {QStringLiteral("map-accounts"), tr("Open the Zoom tab and click Map Accounts"),
         tr("On the Account Mapping page, go to the Zoom tab and click Map Accounts.")},
        {QStringLiteral("access-key-user"), tr("Choose the access-key user, then click Next"),
         tr("Under Access Key User, choose the user shown above. Directory Sync works as this user; CXone "
            "generates and stores its access key when you choose it.")},
        {QStringLiteral("account-details"), tr("Enter the Zoom account details, then click Next"),
         tr("Choose the adapter version and enter the account name, access key ID, secret and feature "
            "verification token exactly as listed above.")},
        {QStringLiteral("notifications"), tr("Add the notification e-mail addresses"),
         tr("On the E-mail Notifications screen, add every address above. They receive the adapter's health, "
            "authentication failures and exceptions.")},
        {QStringLiteral("map-register"), tr("Click Map and Register"),
         tr("CXone now accepts Zoom's events for this account, so Zoom can validate the event endpoint "
            "URL.")},
    };
}

int AcdCatalog::mappingStepsDone(const AcdSettings& acd)
{
    int done = 0;
    for (const AcdMappingStep& s : mappingSteps())
        done += acd.mappingChecklistDone.contains(s.id) ? 1 : 0;
    return done;
}

bool AcdCatalog::isMappingComplete(const AcdSettings& acd)
{
    return mappingStepsDone(acd) == int(mappingSteps().size());
}

bool AcdCatalog::isValidEmail(const QString& address)
{
    // Deliberately simple: one @, a dot in the domain, no spaces. Catches typos and pasted
    // separators; the final word is the mail server's.
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    const QString a = address.trimmed();
    return a.size() <= 254 && re.match(a).hasMatch() && !a.contains(QLatin1String(".."));
}

} // namespace syncdesk
