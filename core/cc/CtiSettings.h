#pragma once

#include "cc/CallCenterDefinition.h"
#include "cc/OmniStatusMapping.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace syncdesk {

// One step of seed 004 done in Salesforce's or Zoom's own pages (no API for them): package
// install and activation, authorization, the Zoom web portal. Ticks are saved under the id.
struct CtiStep
{
    enum class Group
    {
        Package,
        Authorization,
        WebPortal
    };
    QString id; // stable ASCII key
    Group group = Group::Package;
    QString title; // translated
};

// One row of the seed's permission-set table: what the administrator and the agent set grant.
struct CtiPermissionRow
{
    QString category;  // translated: Tabs, Objects, ...
    QStringList admin; // translated item names; empty: none
    QStringList agent;
};

// A Salesforce object an agent may assign a call to (API name verbatim, label translated).
struct CtiObject
{
    QString apiName;
    QString label;
};

// Screen-pop actions of a softphone layout (the Open CTI getSoftphoneLayout names).
struct ScreenPopSettings
{
    QString openWithin = QStringLiteral("ExistingWindow"); // or NewWindow
    QString noMatch =
        QStringLiteral("PopToNewContact"); // PopToNewContact, PopToNewAccount, PopToNewLead, DoNotPop
    QString singleMatch = QStringLiteral("PopToDetail");     // PopToDetail, DoNotPop
    QString multipleMatches = QStringLiteral("PopToSearch"); // PopToSearch, DoNotPop
};

struct UtilityItemSettings
{
    QString label; // the seed's "電話": empty means the translated default "Phone"
    QString icon = QStringLiteral("call");
    int panelWidth = 340;
    int panelHeight = 480;
    bool startAutomatically = true;
};

// Seed 004's Salesforce CTI settings as saved in the profile (Profile::contactCenter["cti"]).
struct CtiSettings
{
    Q_DECLARE_TR_FUNCTIONS(CtiSettings)
public:
    QSet<QString> checklistDone;
    CallCenterDefinition definition;
    QStringList countryCodes = {QStringLiteral("+1")}; // the seed: only the US (+1) by default
    QStringList relatedObjects = {QStringLiteral("Account"), QStringLiteral("Contact"),
                                  QStringLiteral("Case")};
    QString softphoneLayoutName = QStringLiteral("Zoom Contact Center");
    ScreenPopSettings screenPop;
    UtilityItemSettings utilityItem;
    OmniStatusMapping omniChannel; // seed 004's omni-channel sync tab ("omni_channel")

    QJsonObject toJson() const;
    static CtiSettings fromJson(const QJsonObject& o);
    bool operator==(const CtiSettings& o) const { return toJson() == o.toJson(); }

    static constexpr int kMaxCountryCodes = 20;
    // "+81", "81" or " +44 " -> "+81"; empty when it is not a plus and 1-3 digits.
    static QString normalizeCountryCode(const QString& code);
    // True when the digits are an ITU-T E.164 assigned country code.
    static bool isAssignedCountryCode(const QString& digits);
    // At most 20, each assigned, no duplicates (codes "countryCodes.tooMany", "countryCode.unknown",
    // "countryCode.duplicate").
    static QList<CtiProblem> validateCountryCodes(const QStringList& codes);
    QList<CtiProblem> validateUtilityItem() const;

    // The softphone layout of the seed's screen-pop step as metadata XML.
    QByteArray softphoneLayoutXml() const;

    // Writes a generated file atomically (the XML files of this module); a translated error.
    static Error saveFile(const QString& path, const QByteArray& data);
    // Reads and parses a definition file; an unreadable file is one "file.read" problem.
    static CallCenterParseResult parseFile(const QString& path);

    static QList<CtiStep> steps();
    static QString groupTitle(CtiStep::Group group);
    static QList<CtiPermissionRow> permissionSets();
    static QList<CtiObject> assignableObjects();
};

} // namespace syncdesk
