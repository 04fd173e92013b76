#pragma once

#include "common/Error.h"
#include "salesforce/MetadataZip.h"
#include "salesforce/SalesforceIds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace syncdesk {

// A Salesforce Omni-Channel presence status the admin designs in Syncdesk before it exists in the
// org (issue 8 §3). Online statuses route work on their service channels; Busy ones have none
// (Salesforce then sets IsAway).
struct PresenceStatusDesign
{
    enum class Kind
    {
        Online,
        Busy,
    };
    QString label;
    QString developerName;
    // false: the developer name follows the label (DeveloperNames::derive), as Salesforce's setup
    // form fills it in; true once the admin typed one, so a later label edit keeps it.
    bool developerNameEdited = false;
    Kind kind = Kind::Online;
    QStringList channels; // ServiceChannel DeveloperNames; only for Online

    // Sets the label and, unless the admin typed a developer name, derives it.
    void setLabel(const QString& newLabel);

    QJsonObject toJson() const;
    static PresenceStatusDesign fromJson(const QJsonObject& o);
    bool operator==(const PresenceStatusDesign& other) const = default;
};

// One problem of a designed status, with a translated message that says what to change.
struct PresenceStatusProblem
{
    enum class Kind
    {
        EmptyLabel,
        DeveloperName, // `name` says which rule (DeveloperNames::validate), Duplicate included
        OnlineWithoutChannel,
        BusyWithChannels,
        UnknownChannel, // `channel` is not among the org's service channels
        ExistsInOrg,    // a warning: deploying updates the org's status of that name
    };
    Kind kind = Kind::EmptyLabel;
    DeveloperNameProblem name; // Kind::DeveloperName
    QString channel;           // Kind::UnknownChannel
    QString message;
    bool isWarning() const { return kind == Kind::ExistsInOrg; }
};

// What the designer knows about the org; each list unset until it was loaded.
struct PresenceStatusOrgState
{
    std::optional<QStringList> statusNames;  // ServicePresenceStatus DeveloperNames
    std::optional<QStringList> channelNames; // ServiceChannel DeveloperNames
};

class PresenceStatusDesigns
{
    Q_DECLARE_TR_FUNCTIONS(PresenceStatusDesigns)
public:
    // The Metadata API version package.xml declares (ServicePresenceStatus needs 44.0 or later);
    // the same as SalesforceApi's REST version.
    static QString apiVersion() { return QStringLiteral("59.0"); }

    // result[i] holds the problems of designs[i]: errors first in reading order, then warnings.
    static QList<QList<PresenceStatusProblem>> validate(const QList<PresenceStatusDesign>& designs,
                                                        const PresenceStatusOrgState& org = {});
    static bool hasErrors(const QList<QList<PresenceStatusProblem>>& problems);

    static QJsonArray toJson(const QList<PresenceStatusDesign>& designs);
    static QList<PresenceStatusDesign> fromJson(const QJsonArray& array);

    // servicePresenceStatuses/<DeveloperName>.servicePresenceStatus as the Metadata API reads it.
    static QByteArray statusXml(const PresenceStatusDesign& design);
    // package.xml naming every design as a ServicePresenceStatus member.
    static QByteArray packageXml(const QList<PresenceStatusDesign>& designs);
    static QString statusPath(const PresenceStatusDesign& design);
    // package.xml first, then one file per status, in the designs' order.
    static QList<MetadataZip::Entry> metadataEntries(const QList<PresenceStatusDesign>& designs);
    // The deployable zip. Refuses designs with errors (a deploy would fail on them anyway).
    static Error writeMetadataZip(const QList<PresenceStatusDesign>& designs, const QString& path);
};

} // namespace syncdesk
