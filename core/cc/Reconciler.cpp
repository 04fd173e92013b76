#include "Reconciler.h"

#include "common/CsvWriter.h"
#include "monitor/CaptureFile.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <memory>

namespace syncdesk {

namespace {

QString s(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

qint64 timeOf(const QJsonObject& o)
{
    for (const char* key : {"date_time", "recording_start_time", "start_time", "created_time", "end_time"}) {
        const QString v = s(o, key);
        if (v.isEmpty())
            continue;
        const QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
        if (t.isValid())
            return t.toMSecsSinceEpoch();
    }
    return 0;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

struct KindInfo
{
    const char* event;
    const char* kind;
};
// The webhook that announces each kind of artefact. The two voicemail names are the project's
// choice (see ContactCenterSandbox.h): Zoom's material does not name them.
constexpr KindInfo kKinds[] = {
    {"contact_center.recording_completed", "recording"},
    {"contact_center.recording_transcript_completed", "recording_transcript"},
    {"contact_center.engagement_messaging_transcript_completed", "messaging_transcript"},
    {"contact_center.engagement_note_added", "note"},
    {"contact_center.engagement_disposition_added", "disposition"},
    {"contact_center.voicemail_received", "voicemail"},
    {"contact_center.voicemail_transcript_completed", "voicemail_transcript"},
};

QString eventOf(const QString& kind)
{
    for (const KindInfo& k : kKinds)
        if (kind == QLatin1String(k.kind))
            return QString::fromLatin1(k.event);
    return {};
}

ReconcileArtefact make(const char* kind, const QString& id, const QJsonObject& o, const QString& url)
{
    ReconcileArtefact a;
    a.kind = QString::fromLatin1(kind);
    a.id = id;
    a.engagementId = s(o, "engagement_id");
    a.timeMs = timeOf(o);
    a.url = url;
    a.event = eventOf(a.kind);
    return a;
}

QString dispositionId(const QString& engagementId, const QJsonObject& d)
{
    QString id = s(d, "disposition_id");
    if (id.isEmpty())
        id = s(d, "disposition_name");
    return engagementId + QLatin1Char('/') + id;
}

QByteArray jsonString(const QString& v)
{
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

} // namespace

Reconciler::Reconciler(ContactCenterApi* api, QObject* parent) : QObject(parent), m_api(api) {}

QString Reconciler::statusName(ReconcileArtefact::Status status)
{
    switch (status) {
    case ReconcileArtefact::Status::Received:
        return QStringLiteral("received");
    case ReconcileArtefact::Status::Missed:
        return QStringLiteral("missed");
    case ReconcileArtefact::Status::WebhookOnly:
        return QStringLiteral("webhook_only");
    }
    return {};
}

QString Reconciler::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("recording"))
        return tr("Recording");
    if (kind == QLatin1String("recording_transcript"))
        return tr("Recording transcript");
    if (kind == QLatin1String("messaging_transcript"))
        return tr("Messaging transcript");
    if (kind == QLatin1String("note"))
        return tr("Note");
    if (kind == QLatin1String("disposition"))
        return tr("Disposition");
    if (kind == QLatin1String("voicemail"))
        return tr("Voicemail");
    if (kind == QLatin1String("voicemail_transcript"))
        return tr("Voicemail transcript");
    return kind;
}

QStringList Reconciler::kinds()
{
    QStringList out;
    for (const KindInfo& k : kKinds)
        out.append(QString::fromLatin1(k.kind));
    return out;
}

QList<ReconcileArtefact> Reconciler::fromApiItem(ContactCenterApi::List list, const QJsonObject& o)
{
    QList<ReconcileArtefact> out;
    switch (list) {
    case ContactCenterApi::List::Recordings: {
        const QString id = s(o, "recording_id");
        if (id.isEmpty())
            break;
        out.append(make("recording", id, o, s(o, "download_url")));
        if (!s(o, "transcript_url").isEmpty())
            out.append(make("recording_transcript", id, o, s(o, "transcript_url")));
        break;
    }
    case ContactCenterApi::List::Engagements: {
        const QString eid = s(o, "engagement_id");
        if (eid.isEmpty())
            break;
        if (!s(o, "transcript_url").isEmpty() && s(o, "channel") != QLatin1String("voice"))
            out.append(make("messaging_transcript", eid, o, s(o, "transcript_url")));
        for (const QJsonValue& v : o.value(QStringLiteral("dispositions")).toArray())
            out.append(make("disposition", dispositionId(eid, v.toObject()), o, {}));
        break;
    }
    case ContactCenterApi::List::Notes: {
        QString id = s(o, "note_id");
        if (id.isEmpty())
            id = s(o, "engagement_id") + QLatin1Char('/') + s(o, "created_time");
        out.append(make("note", id, o, {}));
        break;
    }
    case ContactCenterApi::List::Voicemails: {
        const QString id = s(o, "voicemail_id");
        if (id.isEmpty())
            break;
        out.append(make("voicemail", id, o, s(o, "download_url")));
        if (!s(o, "transcript_url").isEmpty())
            out.append(make("voicemail_transcript", id, o, s(o, "transcript_url")));
        break;
    }
    }
    return out;
}

QList<ReconcileArtefact> Reconciler::fromWebhook(const QJsonObject& event)
{
    const QString name = event.value(QStringLiteral("event")).toString();
    const QJsonObject payload = event.value(QStringLiteral("payload")).toObject();
    QJsonObject o = payload.value(QStringLiteral("object")).toObject();
    // As ZoomEventParser does: the object first, then the payload, for fields not pinned down.
    for (auto it = payload.begin(); it != payload.end(); ++it)
        if (!o.contains(it.key()))
            o.insert(it.key(), it.value());
    QString kind;
    for (const KindInfo& k : kKinds)
        if (name == QLatin1String(k.event))
            kind = QString::fromLatin1(k.kind);
    if (kind.isEmpty())
        return {};
    const QString eid = s(o, "engagement_id");
    QString id;
    QString url = s(o, "download_url");
    if (kind == QLatin1String("recording") || kind == QLatin1String("recording_transcript"))
        id = s(o, "recording_id");
    else if (kind == QLatin1String("messaging_transcript"))
        id = eid;
    else if (kind == QLatin1String("note"))
        id = s(o, "note_id").isEmpty() ? eid + QLatin1Char('/') + s(o, "created_time") : s(o, "note_id");
    else if (kind == QLatin1String("disposition"))
        id = dispositionId(eid, o);
    else
        id = s(o, "voicemail_id");
    if (kind.endsWith(QLatin1String("transcript")))
        url = s(o, "transcript_url");
    if (id.isEmpty() || id == QLatin1String("/"))
        return {};
    ReconcileArtefact a = make(kind.toLatin1().constData(), id, o, url);
    if (a.timeMs == 0)
        a.timeMs = event.value(QStringLiteral("event_ts")).toInteger();
    return {a};
}

QList<QJsonObject> Reconciler::eventBodies(const MonitoredEventBatch& events)
{
    QList<QJsonObject> out;
    for (const MonitoredEvent& e : events) {
        if (!e.parsed.name.startsWith(QLatin1String("contact_center.")))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(e.raw.body);
        if (doc.isObject())
            out.append(doc.object());
    }
    return out;
}

Result<QList<QJsonObject>> Reconciler::eventsFromCapture(const QString& path)
{
    QString error;
    const MonitoredEventBatch batch = CaptureReader::readAll(path, nullptr, &error);
    if (!error.isEmpty())
        return Error::make(ErrorCode::FileRead, error, path);
    return eventBodies(batch);
}

ReconcileReport Reconciler::compare(const QList<ReconcileArtefact>& polled,
                                    const QList<ReconcileArtefact>& webhooks, qint64 fromMs, qint64 toMs)
{
    ReconcileReport r;
    r.fromMs = fromMs;
    r.toMs = toMs;
    const auto key = [](const ReconcileArtefact& a) { return a.kind + QChar(0x1f) + a.id; };
    QHash<QString, qsizetype> index;
    for (const ReconcileArtefact& a : polled) {
        if (index.contains(key(a)))
            continue; // a page repeated by a retry
        index.insert(key(a), r.artefacts.size());
        r.artefacts.append(a);
        r.artefacts.last().status = ReconcileArtefact::Status::Missed;
    }
    for (const ReconcileArtefact& w : webhooks) {
        // A webhook outside the window belongs to another run's window.
        if (w.timeMs < fromMs || w.timeMs >= toMs)
            continue;
        const auto it = index.constFind(key(w));
        if (it != index.cend()) {
            ReconcileArtefact& a = r.artefacts[it.value()];
            if (a.status == ReconcileArtefact::Status::Missed)
                a.status = ReconcileArtefact::Status::Received;
            continue;
        }
        index.insert(key(w), r.artefacts.size());
        r.artefacts.append(w);
        r.artefacts.last().status = ReconcileArtefact::Status::WebhookOnly;
    }
    std::stable_sort(r.artefacts.begin(), r.artefacts.end(),
                     [](const ReconcileArtefact& a, const ReconcileArtefact& b) {
                         return std::tie(a.timeMs, a.kind, a.id) < std::tie(b.timeMs, b.kind, b.id);
                     });
    const auto bump = [](ReconcileCounts& c, ReconcileArtefact::Status s) {
        if (s == ReconcileArtefact::Status::Received)
            ++c.received;
        else if (s == ReconcileArtefact::Status::Missed)
            ++c.missed;
        else
            ++c.webhookOnly;
    };
    for (const ReconcileArtefact& a : r.artefacts) {
        bump(r.perKind[a.kind], a.status);
        bump(r.perDay[day(a.timeMs)], a.status);
        bump(r.total, a.status);
    }
    return r;
}

QStringList Reconciler::columns()
{
    return {QStringLiteral("status"),        QStringLiteral("kind"), QStringLiteral("id"),
            QStringLiteral("engagement_id"), QStringLiteral("day"),  QStringLiteral("time"),
            QStringLiteral("event"),         QStringLiteral("url")};
}

static QStringList cellsOf(const ReconcileArtefact& a)
{
    return {Reconciler::statusName(a.status),
            a.kind,
            a.id,
            a.engagementId,
            day(a.timeMs),
            iso(a.timeMs),
            a.event,
            a.url};
}

QByteArray Reconciler::toJsonLines(const ReconcileReport& report)
{
    // Written by hand: QJsonObject sorts its keys, and the documented order is the columns' order.
    QByteArray out;
    const QStringList cols = columns();
    for (const ReconcileArtefact& a : report.artefacts) {
        const QStringList cells = cellsOf(a);
        out.append('{');
        for (qsizetype i = 0; i < cols.size(); ++i) {
            if (i)
                out.append(',');
            out.append(jsonString(cols.at(i)) + ':' + jsonString(cells.at(i)));
        }
        out.append("}\n");
    }
    return out;
}

QByteArray Reconciler::toCsv(const ReconcileReport& report)
{
    QByteArray out;
    CsvWriter w(&out);
    w.row(columns());
    for (const ReconcileArtefact& a : report.artefacts)
        w.row(cellsOf(a));
    return out;
}

void Reconciler::run(qint64 fromMs, qint64 toMs, const QList<QJsonObject>& events, int pageSize,
                     QObject* context, DoneCallback done)
{
    struct State
    {
        QList<ReconcileArtefact> polled;
        int pending = 0;
        Error error;
    };
    auto st = std::make_shared<State>();
    const QList<ContactCenterApi::List> lists = ContactCenterApi::allLists();
    st->pending = int(lists.size());
    QList<ReconcileArtefact> webhooks;
    for (const QJsonObject& e : events)
        webhooks.append(fromWebhook(e));
    QPointer<QObject> ctx(context);
    const bool hasCtx = context != nullptr;
    for (const ContactCenterApi::List list : lists) {
        m_api->all(
            list, fromMs, toMs, pageSize, this,
            [st, list](const QList<QJsonObject>& items) {
                for (const QJsonObject& o : items)
                    st->polled.append(fromApiItem(list, o));
                return true;
            },
            [=](int, int, const Error& e) {
                if (!e.ok() && st->error.ok())
                    st->error = e;
                if (--st->pending > 0)
                    return;
                if (hasCtx && !ctx)
                    return;
                if (!st->error.ok()) {
                    done({}, st->error);
                    return;
                }
                done(compare(st->polled, webhooks, fromMs, toMs), {});
            });
    }
}

} // namespace syncdesk
