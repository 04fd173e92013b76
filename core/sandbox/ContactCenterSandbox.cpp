#include "ContactCenterSandbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace syncdesk {

namespace {

constexpr qint64 kDayMs = 86400000;

quint64 mix(quint64 x)
{
    // splitmix64: stable across platforms and Qt versions, unlike qHash.
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

quint64 hashOf(quint64 seed, qint64 a, qint64 b, quint64 salt)
{
    return mix(mix(mix(seed ^ (salt << 32)) ^ quint64(a)) ^ quint64(b));
}

quint64 hashOf(quint64 seed, const QString& s)
{
    quint64 h = mix(seed);
    for (const QChar c : s)
        h = mix(h ^ c.unicode());
    return h;
}

QString hexId(quint64 h, int length = 20)
{
    return QString::number(h, 16).rightJustified(16, QLatin1Char('0')).left(length).toUpper();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

qint64 parseTime(const QString& s, bool* ok)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    *ok = t.isValid();
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

const char* const kDispositions[] = {"Resolved", "Callback requested", "Escalated", "Sale", "No answer"};
const char* const kNotes[] = {"Customer asked about the invoice.", "Address updated.", "Follow up next week.",
                              "Kunde wünscht Rückruf.", "配送状況を確認しました。"};

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ContactCenterSandbox::Reply json(int status, const QJsonObject& o)
{
    return {status,
            compact(o),
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=UTF-8")}}};
}

ContactCenterSandbox::Reply error(int status, int code, const QString& message)
{
    return json(status, {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
}

} // namespace

struct ContactCenterSandbox::Engagement
{
    QString id, queueId, queueName, channel, direction, userId, userEmail;
    qint64 startMs = 0, endMs = 0;
    QString recordingId; // voice only
    bool recordingTranscribed = false;
    struct Note
    {
        QString id, text;
        qint64 ms = 0;
    };
    QList<Note> notes;
    QString dispositionId, dispositionName;
    QString voicemailId; // voice engagements that ended in the inbox
    bool voicemailTranscribed = false;
    QString callerNumber;
};

ContactCenterSandbox::ContactCenterSandbox(quint32 seed, int dropPercent)
    : m_seed(seed), m_dropPercent(qBound(0, dropPercent, 100))
{
}

void ContactCenterSandbox::setDropPercent(int percent)
{
    m_dropPercent = qBound(0, percent, 100);
}

QList<ContactCenterSandbox::Engagement> ContactCenterSandbox::engagementsOfDay(qint64 dayStartMs) const
{
    const qint64 day = dayStartMs / kDayMs;
    const int count = 4 + int(hashOf(m_seed, day, 0, 1) % 5);
    QList<Engagement> out;
    for (int i = 0; i < count; ++i) {
        const quint64 h = hashOf(m_seed, day, i, 2);
        Engagement e;
        e.id = hexId(hashOf(m_seed, day, i, 3), 16).toLower();
        e.queueId = QStringLiteral("ZWQ") + hexId(m_seed * 7919 + 1, 10);
        e.queueName = QStringLiteral("Support queue");
        e.channel = (h % 4 == 0) ? QStringLiteral("messaging") : QStringLiteral("voice");
        e.direction = (h / 4 % 3 == 0) ? QStringLiteral("outbound") : QStringLiteral("inbound");
        if (!m_agents.isEmpty()) {
            const auto& agent = m_agents.at(qsizetype(h % quint64(m_agents.size())));
            e.userId = agent.first;
            e.userEmail = agent.second;
        } else {
            e.userId = hexId(hashOf(m_seed, 0, h % 6, 4), 22);
            e.userEmail = QStringLiteral("agent%1@example.com").arg(h % 6 + 1);
        }
        // Spread over office hours, 07:00 to 19:00 UTC, in start order.
        e.startMs = dayStartMs + 7 * 3600000 + qint64(i) * (12 * 3600000 / count) + qint64(h % 600) * 1000;
        e.endMs = e.startMs + 60000 + qint64(h % 900) * 1000;
        const bool toVoicemail = e.channel == QLatin1String("voice") && h % 7 == 3;
        if (e.channel == QLatin1String("voice") && !toVoicemail) {
            e.recordingId = hexId(hashOf(m_seed, day, i, 5), 20);
            e.recordingTranscribed = h % 5 != 0;
        }
        if (toVoicemail) {
            e.voicemailId = hexId(hashOf(m_seed, day, i, 6), 20);
            e.voicemailTranscribed = h % 2 == 0;
            e.callerNumber = QStringLiteral("+4930%1").arg(h % 10000000, 7, 10, QLatin1Char('0'));
        } else {
            const int notes = int(h / 16 % 3); // 0, 1 or 2
            for (int n = 0; n < notes; ++n)
                e.notes.append({hexId(hashOf(m_seed, day, i * 10 + n, 7), 20),
                                QString::fromUtf8(kNotes[(h + n) % 5]), e.endMs + qint64(n + 1) * 30000});
            e.dispositionId = QStringLiteral("DISP%1").arg(h / 64 % 5 + 1);
            e.dispositionName = QString::fromLatin1(kDispositions[h / 64 % 5]);
        }
        out.append(e);
    }
    return out;
}

QList<ContactCenterSandbox::Engagement> ContactCenterSandbox::engagements(qint64 fromMs, qint64 toMs) const
{
    QList<Engagement> out;
    if (toMs <= fromMs || toMs - fromMs > 400 * kDayMs)
        return out;
    for (qint64 day = (fromMs / kDayMs) * kDayMs; day < toMs; day += kDayMs)
        out.append(engagementsOfDay(day));
    return out;
}

bool ContactCenterSandbox::dropped(const QString& kind, const QString& id) const
{
    return int(hashOf(m_seed, kind + QLatin1Char('/') + id) % 100) < m_dropPercent;
}

QList<QJsonObject> ContactCenterSandbox::items(const QString& list, qint64 fromMs, qint64 toMs,
                                               const QUrl& base) const
{
    const QString root = base.toString(QUrl::StripTrailingSlash) + QStringLiteral("/v2/contact_center");
    const auto in = [&](qint64 t) { return t >= fromMs && t < toMs; };
    QList<QJsonObject> out;
    for (const Engagement& e : engagements(fromMs - kDayMs, toMs + kDayMs)) {
        if (list == QLatin1String("recordings") && !e.recordingId.isEmpty() && in(e.startMs)) {
            QJsonObject r{{QStringLiteral("recording_id"), e.recordingId},
                          {QStringLiteral("engagement_id"), e.id},
                          {QStringLiteral("queue_id"), e.queueId},
                          {QStringLiteral("queue_name"), e.queueName},
                          {QStringLiteral("user_id"), e.userId},
                          {QStringLiteral("user_email"), e.userEmail},
                          {QStringLiteral("channel"), e.channel},
                          {QStringLiteral("direction"), e.direction},
                          {QStringLiteral("recording_type"), QStringLiteral("automatic")},
                          {QStringLiteral("owner_type"), QStringLiteral("queue")},
                          {QStringLiteral("recording_start_time"), iso(e.startMs)},
                          {QStringLiteral("recording_end_time"), iso(e.endMs)},
                          {QStringLiteral("recording_duration"), (e.endMs - e.startMs) / 1000},
                          {QStringLiteral("download_url"),
                           root + QStringLiteral("/recordings/%1/download").arg(e.recordingId)},
                          {QStringLiteral("playback_url"),
                           root + QStringLiteral("/recordings/%1/playback").arg(e.recordingId)}};
            if (e.recordingTranscribed)
                r.insert(QStringLiteral("transcript_url"),
                         root + QStringLiteral("/recordings/%1/transcript").arg(e.recordingId));
            out.append(r);
        } else if (list == QLatin1String("engagements") && in(e.startMs)) {
            QJsonObject o{
                {QStringLiteral("engagement_id"), e.id},        {QStringLiteral("queue_id"), e.queueId},
                {QStringLiteral("channel"), e.channel},         {QStringLiteral("direction"), e.direction},
                {QStringLiteral("start_time"), iso(e.startMs)}, {QStringLiteral("end_time"), iso(e.endMs)}};
            if (e.channel == QLatin1String("messaging"))
                o.insert(QStringLiteral("transcript_url"),
                         root + QStringLiteral("/engagements/%1/transcript").arg(e.id));
            QJsonArray dispositions;
            if (!e.dispositionId.isEmpty())
                dispositions.append(QJsonObject{{QStringLiteral("disposition_id"), e.dispositionId},
                                                {QStringLiteral("disposition_name"), e.dispositionName}});
            o.insert(QStringLiteral("dispositions"), dispositions);
            out.append(o);
        } else if (list == QLatin1String("notes")) {
            for (const auto& n : e.notes) {
                if (in(n.ms))
                    out.append({{QStringLiteral("note_id"), n.id},
                                {QStringLiteral("engagement_id"), e.id},
                                {QStringLiteral("user_id"), e.userId},
                                {QStringLiteral("note"), n.text},
                                {QStringLiteral("created_time"), iso(n.ms)}});
            }
        } else if (list == QLatin1String("voicemails") && !e.voicemailId.isEmpty() && in(e.startMs)) {
            QJsonObject v{{QStringLiteral("voicemail_id"), e.voicemailId},
                          {QStringLiteral("engagement_id"), e.id},
                          {QStringLiteral("queue_id"), e.queueId},
                          {QStringLiteral("caller_number"), e.callerNumber},
                          {QStringLiteral("date_time"), iso(e.startMs)},
                          {QStringLiteral("duration"), (e.endMs - e.startMs) / 1000 % 120 + 5},
                          {QStringLiteral("download_url"),
                           root + QStringLiteral("/voicemails/%1/download").arg(e.voicemailId)}};
            if (e.voicemailTranscribed)
                v.insert(QStringLiteral("transcript_url"),
                         root + QStringLiteral("/voicemails/%1/transcript").arg(e.voicemailId));
            out.append(v);
        }
    }
    return out;
}

QList<ContactCenterSandbox::Webhook> ContactCenterSandbox::webhooks(qint64 fromMs, qint64 toMs,
                                                                    const QUrl& base) const
{
    const QString root = base.toString(QUrl::StripTrailingSlash) + QStringLiteral("/v2/contact_center");
    const QString account = QStringLiteral("sandbox-account-%1").arg(m_seed);
    QList<Webhook> out;
    const auto add = [&](const char* event, const QString& kind, const QString& id, qint64 ms,
                         QJsonObject object) {
        if (ms < fromMs || ms >= toMs)
            return;
        object.insert(QStringLiteral("date_time"), iso(ms));
        Webhook w;
        // Webhooks arrive a little after the artefact is ready.
        w.event = {{QStringLiteral("event"), QString::fromLatin1(event)},
                   {QStringLiteral("event_ts"), ms + 5000},
                   {QStringLiteral("payload"), QJsonObject{{QStringLiteral("account_id"), account},
                                                           {QStringLiteral("object"), object}}}};
        w.artefactKind = kind;
        w.artefactId = id;
        w.delivered = !dropped(kind, id);
        out.append(w);
    };
    for (const Engagement& e : engagements(fromMs - kDayMs, toMs + kDayMs)) {
        const QJsonObject common{{QStringLiteral("engagement_id"), e.id},
                                 {QStringLiteral("queue_id"), e.queueId},
                                 {QStringLiteral("user_id"), e.userId},
                                 {QStringLiteral("user_email"), e.userEmail},
                                 {QStringLiteral("channel"), e.channel}};
        if (!e.recordingId.isEmpty()) {
            QJsonObject o = common;
            o.insert(QStringLiteral("recording_id"), e.recordingId);
            o.insert(QStringLiteral("download_url"),
                     root + QStringLiteral("/recordings/%1/download").arg(e.recordingId));
            add("contact_center.recording_completed", QStringLiteral("recording"), e.recordingId, e.startMs,
                o);
            if (e.recordingTranscribed) {
                QJsonObject t = common;
                t.insert(QStringLiteral("recording_id"), e.recordingId);
                t.insert(QStringLiteral("transcript_url"),
                         root + QStringLiteral("/recordings/%1/transcript").arg(e.recordingId));
                add("contact_center.recording_transcript_completed", QStringLiteral("recording_transcript"),
                    e.recordingId, e.startMs, t);
            }
        }
        if (e.channel == QLatin1String("messaging")) {
            QJsonObject o = common;
            o.insert(QStringLiteral("transcript_url"),
                     root + QStringLiteral("/engagements/%1/transcript").arg(e.id));
            add("contact_center.engagement_messaging_transcript_completed",
                QStringLiteral("messaging_transcript"), e.id, e.startMs, o);
        }
        for (const auto& n : e.notes) {
            QJsonObject o = common;
            o.insert(QStringLiteral("note_id"), n.id);
            o.insert(QStringLiteral("note"), n.text);
            add("contact_center.engagement_note_added", QStringLiteral("note"), n.id, n.ms, o);
        }
        if (!e.dispositionId.isEmpty()) {
            QJsonObject o = common;
            o.insert(QStringLiteral("disposition_id"), e.dispositionId);
            o.insert(QStringLiteral("disposition_name"), e.dispositionName);
            add("contact_center.engagement_disposition_added", QStringLiteral("disposition"),
                e.id + QLatin1Char('/') + e.dispositionId, e.startMs, o);
        }
        if (!e.voicemailId.isEmpty()) {
            QJsonObject o = common;
            o.insert(QStringLiteral("voicemail_id"), e.voicemailId);
            o.insert(QStringLiteral("download_url"),
                     root + QStringLiteral("/voicemails/%1/download").arg(e.voicemailId));
            add("contact_center.voicemail_received", QStringLiteral("voicemail"), e.voicemailId, e.startMs,
                o);
            if (e.voicemailTranscribed) {
                QJsonObject t = common;
                t.insert(QStringLiteral("voicemail_id"), e.voicemailId);
                t.insert(QStringLiteral("transcript_url"),
                         root + QStringLiteral("/voicemails/%1/transcript").arg(e.voicemailId));
                add("contact_center.voicemail_transcript_completed", QStringLiteral("voicemail_transcript"),
                    e.voicemailId, e.startMs, t);
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Webhook& a, const Webhook& b) {
        return a.event.value(QStringLiteral("event_ts")).toInteger() <
               b.event.value(QStringLiteral("event_ts")).toInteger();
    });
    return out;
}

bool ContactCenterSandbox::handle(const QString& method, const QStringList& seg, const QUrlQuery& query,
                                  const QUrl& base, Reply* reply)
{
    if (seg.value(0) != QLatin1String("contact_center"))
        return false;
    if (method != QLatin1String("GET")) {
        *reply = error(405, 405, QStringLiteral("Method not allowed."));
        return true;
    }
    const qsizetype n = seg.size();
    // Media: the one-time URL a download redirects to.
    if (n == 3 && seg.at(1) == QLatin1String("media")) {
        const auto it = m_media.constFind(seg.at(2));
        if (it == m_media.cend()) {
            *reply = error(404, 3001, QStringLiteral("File does not exist or has expired."));
            return true;
        }
        *reply = {200,
                  it.value(),
                  {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")}}};
        m_media.erase(it);
        return true;
    }
    if (n == 4 &&
        (seg.at(1) == QLatin1String("recordings") || seg.at(1) == QLatin1String("voicemails") ||
         seg.at(1) == QLatin1String("engagements")) &&
        (seg.at(3) == QLatin1String("download") || seg.at(3) == QLatin1String("transcript"))) {
        // A fresh URL per request, as Zoom's download URLs are.
        const qint64 serial = ++m_counter; // read once: the token's two halves must agree
        const QString token =
            hexId(hashOf(m_seed, serial, qint64(m_media.size()), 9), 16) + QString::number(serial);
        const QString content =
            seg.at(3) == QLatin1String("transcript")
                ? QStringLiteral("WEBVTT\n\n00:00.000 --> 00:02.000\nHello, %1.\n").arg(seg.at(2))
                : QStringLiteral("SANDBOX-MEDIA %1 %2").arg(seg.at(1), seg.at(2));
        if (m_media.size() > 1000)
            m_media.clear();
        m_media.insert(token, content.toUtf8());
        const QString location =
            base.toString(QUrl::StripTrailingSlash) + QStringLiteral("/v2/contact_center/media/") + token;
        *reply = {302, {}, {{QByteArrayLiteral("Location"), location.toUtf8()}}};
        return true;
    }

    QString list;
    if (n == 2 && seg.at(1) == QLatin1String("recordings"))
        list = QStringLiteral("recordings");
    else if (n == 2 && seg.at(1) == QLatin1String("engagements"))
        list = QStringLiteral("engagements");
    else if (n == 3 && seg.at(1) == QLatin1String("engagements") && seg.at(2) == QLatin1String("notes"))
        list = QStringLiteral("notes");
    else if (n == 2 && seg.at(1) == QLatin1String("voicemails"))
        list = QStringLiteral("voicemails");
    if (list.isEmpty()) {
        *reply = error(404, 2300, QStringLiteral("This API endpoint is not recognized."));
        return true;
    }
    bool ok = false;
    int pageSize = query.queryItemValue(QStringLiteral("page_size")).toInt(&ok);
    if (!ok || pageSize < 1)
        pageSize = 30;
    pageSize = qMin(pageSize, 300);

    Cursor c;
    const QString token = query.queryItemValue(QStringLiteral("next_page_token"));
    if (!token.isEmpty()) {
        const auto it = m_cursors.constFind(token);
        if (it == m_cursors.cend() || it->list != list) {
            *reply = error(400, 300, QStringLiteral("Invalid next_page_token."));
            return true;
        }
        c = it.value();
    } else {
        bool fromOk = false, toOk = false;
        c.list = list;
        c.fromMs = parseTime(query.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded), &fromOk);
        c.toMs = parseTime(query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded), &toOk);
        if (!fromOk || !toOk || c.toMs <= c.fromMs) {
            *reply = json(
                400,
                {{QStringLiteral("code"), 300},
                 {QStringLiteral("message"), QStringLiteral("Validation Failed.")},
                 {QStringLiteral("errors"),
                  QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("from/to")},
                                         {QStringLiteral("message"), QStringLiteral("Invalid field.")}}}}});
            return true;
        }
    }
    const QList<QJsonObject> all = items(list, c.fromMs, c.toMs, base);
    const qsizetype end = qMin(all.size(), c.offset + pageSize);
    QString next;
    if (end < all.size()) {
        const qint64 serial = ++m_counter;
        next = hexId(hashOf(m_seed, serial, end, 8), 16) + QString::number(serial);
        Cursor nc = c;
        nc.offset = end;
        if (m_cursors.size() > 4096)
            m_cursors.clear();
        m_cursors.insert(next, nc);
    }
    QJsonArray arr;
    for (qsizetype i = c.offset; i < end; ++i)
        arr.append(all.at(i));
    *reply = json(200, {{QStringLiteral("from"), iso(c.fromMs)},
                        {QStringLiteral("to"), iso(c.toMs)},
                        {QStringLiteral("next_page_token"), next},
                        {QStringLiteral("page_size"), pageSize},
                        {QStringLiteral("total_records"), qint64(all.size())},
                        {list, arr}});
    return true;
}

} // namespace syncdesk
