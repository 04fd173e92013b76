#pragma once

#include "cc/CallCenterDefinition.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace syncdesk {

// Seed 004's omni-channel sync tab: "when the agent is <Zoom Contact Center status> in Zoom,
// update the Salesforce status to <presence status>" (the seed's example: Occupied -> On a call).
// Saved inside the cti object (CtiSettings) under "omni_channel".
struct OmniStatusRow
{
    QString zoomStatus;       // a Zoom Contact Center agent status
    QString salesforceStatus; // a Salesforce presence status (DeveloperName)
};

struct OmniStatusMapping
{
    Q_DECLARE_TR_FUNCTIONS(OmniStatusMapping)
public:
    bool enabled = false; // "Enable omni-channel sync" (needs Omni-Channel turned on in Salesforce)
    QList<OmniStatusRow> rows;

    QJsonObject toJson() const;
    static OmniStatusMapping fromJson(const QJsonObject& o);
    bool operator==(const OmniStatusMapping& o) const { return toJson() == o.toJson(); }

    // The agent statuses Zoom Contact Center offers in the mapping.
    static QStringList zoomStatuses();

    // Problems per row (CtiProblem::line is the 1-based row): "cell.empty", "zoom.duplicate",
    // "salesforce.unknown" (only when `salesforceStatuses` is non-empty, i.e. the org's statuses
    // were loaded: until then any name is accepted).
    QList<CtiProblem> validate(const QStringList& salesforceStatuses = {}) const;
};

} // namespace syncdesk
