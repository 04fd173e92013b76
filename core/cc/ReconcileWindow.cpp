#include "ReconcileWindow.h"

#include <QDateTime>

namespace syncdesk {

std::optional<qint64> ReconcileWindow::parseDate(const QString& text, bool endOfDay)
{
    const QString t = text.trimmed();
    if (t.size() == 10) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return QDateTime(endOfDay ? d.addDays(1) : d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid() || t.size() < 16)
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // no offset given: UTC, so a nightly job does not depend on the host's zone
    return dt.toMSecsSinceEpoch();
}

ReconcileWindow ReconcileWindow::days(QDate from, QDate to)
{
    return {QDateTime(from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
            QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()};
}

QDate ReconcileWindow::todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

ReconcileWindow ReconcileWindow::yesterday()
{
    const QDate y = todayUtc().addDays(-1);
    return days(y, y);
}

} // namespace syncdesk
