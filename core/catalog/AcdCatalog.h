#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace syncdesk {

struct AcdSettings;

// One step of CXone's "Map accounts" dialog (Adapters > Account Mapping > Zoom), as the seed
// "Konten zuordnen" lists them. CXone publishes no API for this dialog, so the admin does these
// steps by hand; ticks are saved in the profile under the stable id.
struct AcdMappingStep
{
    QString id;     // stable ASCII key saved in the profile ("open-adapters", ...)
    QString title;  // translated, imperative
    QString detail; // translated, what exactly to do or enter
};

// A CXone issuer the region choice offers.
struct AcdRegion
{
    QUrl issuer;
    QString name; // translated, readable ("Commercial cloud (…)")
};

// The CXone side of the seeds as data, like ZoomCatalog for Zoom.
class AcdCatalog
{
    Q_DECLARE_TR_FUNCTIONS(AcdCatalog)
public:
    // The issuers of AcdEndpoints::knownIssuers() with names people recognise, in that order.
    static QList<AcdRegion> regions();
    // The readable name of an issuer, or an empty string when it is not a known one.
    static QString regionName(const QUrl& issuer);

    // AcdSettings::adapterVersion values.
    static QString directorySyncAdapter() { return QStringLiteral("directory"); }
    static QString presenceSyncAdapter() { return QStringLiteral("presence"); }
    static QString adapterName(const QString& adapterVersion);

    // The steps of the "Map accounts" dialog, in the order the dialog asks for them.
    static QList<AcdMappingStep> mappingSteps();
    // Every mapping step ticked: Zoom can validate the event endpoint URL from then on.
    static bool isMappingComplete(const AcdSettings& acd);
    static int mappingStepsDone(const AcdSettings& acd);

    // A plausible e-mail address for the notification list (what CXone's dialog accepts).
    static bool isValidEmail(const QString& address);
};

} // namespace syncdesk
