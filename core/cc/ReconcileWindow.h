#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace syncdesk {

// The reconciliation window, shared by `syncdeskctl cc reconcile` and the Contact Center area:
// [fromMs, toMs), whole days in UTC (a nightly job must not depend on the host's zone).
struct ReconcileWindow
{
    qint64 fromMs = 0, toMs = 0;

    // yyyy-MM-dd (the day's start, or with endOfDay the next day's start, so --to includes that
    // whole day) or an ISO 8601 date-time (UTC when it has no offset).
    static std::optional<qint64> parseDate(const QString& text, bool endOfDay);
    // From the start of `from` to the end of `to`, both UTC days.
    static ReconcileWindow days(QDate from, QDate to);
    // Yesterday, UTC: the nightly default.
    static ReconcileWindow yesterday();
    static QDate todayUtc();
};

} // namespace syncdesk
