#include "EventFormat.h"

#include <QDateTime>

namespace syncdesk {

QString verificationName(Verification v)
{
    switch (v) {
    case Verification::SignatureValid:
        return QStringLiteral("signature_valid");
    case Verification::TokenAuthenticated:
        return QStringLiteral("token_authenticated");
    case Verification::NotChecked:
        return QStringLiteral("not_checked");
    }
    return {};
}

std::optional<Verification> verificationFromName(QStringView name)
{
    for (Verification v :
         {Verification::SignatureValid, Verification::TokenAuthenticated, Verification::NotChecked}) {
        if (name.compare(verificationName(v), Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

std::optional<EventSourceKind> sourceKindFromName(QStringView name)
{
    for (EventSourceKind k :
         {EventSourceKind::Webhook, EventSourceKind::WebSocket, EventSourceKind::Replay}) {
        if (name.compare(sourceKindName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

void appendIsoUtcMs(QByteArray& out, qint64 ms)
{
    // Floor division so that times before 1970 still format (they never should, but must not garble).
    qint64 days = ms / 86'400'000;
    qint64 rem = ms % 86'400'000;
    if (rem < 0) {
        rem += 86'400'000;
        --days;
    }
    // civil_from_days (H. Hinnant): proleptic Gregorian date from days since 1970-01-01.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        ++y;
    const int msec = int(rem % 1000);
    const int sec = int(rem / 1000 % 60);
    const int min = int(rem / 60'000 % 60);
    const int hour = int(rem / 3'600'000);
    if (y < 0 || y > 9999) {
        out.append(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1());
        return;
    }
    char buf[24];
    auto put = [&](int pos, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[pos + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, y, 4);
    buf[4] = '-';
    put(5, m, 2);
    buf[7] = '-';
    put(8, d, 2);
    buf[10] = 'T';
    put(11, hour, 2);
    buf[13] = ':';
    put(14, min, 2);
    buf[16] = ':';
    put(17, sec, 2);
    buf[19] = '.';
    put(20, msec, 3);
    buf[23] = 'Z';
    out.append(buf, 24);
}

QString isoUtcMs(qint64 ms)
{
    QByteArray b;
    appendIsoUtcMs(b, ms);
    return QString::fromLatin1(b);
}

std::optional<qint64> parseIsoMs(QStringView text)
{
    const QDateTime dt = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

} // namespace syncdesk
