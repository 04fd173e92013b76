#include "OmniStatusMapping.h"

#include <QJsonArray>
#include <QSet>

namespace syncdesk {

QJsonObject OmniStatusMapping::toJson() const
{
    QJsonArray list;
    for (const OmniStatusRow& r : rows)
        list.append(QJsonObject{{QStringLiteral("zoom_status"), r.zoomStatus},
                                {QStringLiteral("salesforce_status"), r.salesforceStatus}});
    return {{QStringLiteral("enabled"), enabled}, {QStringLiteral("rows"), list}};
}

OmniStatusMapping OmniStatusMapping::fromJson(const QJsonObject& o)
{
    OmniStatusMapping m;
    m.enabled = o.value(QStringLiteral("enabled")).toBool();
    const QJsonArray list = o.value(QStringLiteral("rows")).toArray();
    for (const auto& v : list) {
        const QJsonObject r = v.toObject();
        m.rows.append({r.value(QStringLiteral("zoom_status")).toString(),
                       r.value(QStringLiteral("salesforce_status")).toString()});
    }
    return m;
}

QStringList OmniStatusMapping::zoomStatuses()
{
    // Zoom Contact Center's agent statuses (the names as the Zoom client shows them).
    return {QStringLiteral("Ready"), QStringLiteral("Occupied"), QStringLiteral("Not Ready"),
            QStringLiteral("Offline")};
}

QList<CtiProblem> OmniStatusMapping::validate(const QStringList& salesforceStatuses) const
{
    QList<CtiProblem> out;
    QSet<QString> seen;
    for (int i = 0; i < rows.size(); ++i) {
        const int line = i + 1;
        const QString zoom = rows[i].zoomStatus.trimmed();
        const QString sf = rows[i].salesforceStatus.trimmed();
        if (zoom.isEmpty())
            out.append({QStringLiteral("cell.empty"),
                        tr("Row %1: choose the Zoom Contact Center status.").arg(line),
                        QStringLiteral("zoom"), line});
        if (sf.isEmpty())
            out.append({QStringLiteral("cell.empty"),
                        tr("Row %1: choose the Salesforce status it sets.").arg(line),
                        QStringLiteral("salesforce"), line});
        if (!zoom.isEmpty()) {
            const QString key = zoom.toCaseFolded();
            if (seen.contains(key))
                out.append({QStringLiteral("zoom.duplicate"),
                            tr("Row %1: the Zoom status \"%2\" is mapped twice; Zoom can set only one "
                               "Salesforce status for it. Remove one row.")
                                .arg(line)
                                .arg(zoom),
                            QStringLiteral("zoom"), line});
            seen.insert(key);
        }
        if (!sf.isEmpty() && !salesforceStatuses.isEmpty() && !salesforceStatuses.contains(sf))
            out.append({QStringLiteral("salesforce.unknown"),
                        tr("Row %1: Salesforce has no presence status \"%2\": pick one of the org's "
                           "statuses or create it under Setup > Presence Statuses.")
                            .arg(line)
                            .arg(sf),
                        QStringLiteral("salesforce"), line});
    }
    return out;
}

} // namespace syncdesk
