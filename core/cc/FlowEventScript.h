#pragma once

#include "cc/CallCenterDefinition.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace syncdesk {

// The engagement-data seed's flow event script: added in a ZCC flow's Start widget under Event
// Scripts for Engagement Closed and/or Disposition Saved, it reads the disposition
// (global_system.Engagement.disposition, every inbound channel) and the transcript
// (global_system.Engagement.transcript, inbound messaging only) and posts both to an external
// HTTPS endpoint. Saved in the profile under Profile::contactCenter["flowScript"].
struct FlowEventScript
{
    Q_DECLARE_TR_FUNCTIONS(FlowEventScript)
public:
    QString url;                    // where the script posts; https only
    bool onEngagementClosed = true; // the seed's two triggers
    bool onDispositionSaved = true;
    bool includeTranscript = true; // messaging flows only; voice flows have none
    bool sameInEveryFlow = false;  // the multi-flow checklist item (RouteTo) is done

    // Problems with the URL and the triggers (codes "url.empty", "url.invalid", "url.https",
    // "triggers.none"); empty when the script can be used.
    QList<CtiProblem> validate() const;
    // The JavaScript to paste into the event script; the URL is embedded as a JSON string
    // literal, so no character of it can end the string. Same settings, same bytes.
    QString script() const;

    QJsonObject toJson() const;
    static FlowEventScript fromJson(const QJsonObject& o);
    bool operator==(const FlowEventScript& o) const { return toJson() == o.toJson(); }

    static QString jsStringLiteral(const QString& text);
};

} // namespace syncdesk
