#include "EngagementTimeline.h"

#include "cc/Reconciler.h"
#include "monitor/EventStore.h"

#include <QJsonDocument>
#include <QSet>

namespace syncdesk {

EngagementTimeline::EngagementTimeline(QObject* parent) : QObject(parent) {}

void EngagementTimeline::setStore(EventStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    clearAll();
    if (!store)
        return;
    m_nextSeq = store->size() > 0 ? store->firstSeq() : store->nextSeq();
    connect(store, &EventStore::appended, this, [this] { scan(); });
    connect(store, &EventStore::cleared, this, [this] {
        clearAll();
        if (m_store)
            m_nextSeq = m_store->nextSeq();
    });
    scan();
}

void EngagementTimeline::clearAll()
{
    m_engagements.clear();
    m_order.clear();
    m_eventCount = 0;
    m_nextSeq = 0;
    emit reset();
}

const TimelineEngagement* EngagementTimeline::engagement(const QString& id) const
{
    const auto it = m_engagements.constFind(id);
    return it == m_engagements.cend() ? nullptr : &it.value();
}

bool EngagementTimeline::isContactCenter(const EventStore& store, const EventRecord& record)
{
    switch (record.type) {
    case ZoomEventType::CcRecordingCompleted:
    case ZoomEventType::CcRecordingTranscriptCompleted:
    case ZoomEventType::CcEngagementMessagingTranscriptCompleted:
    case ZoomEventType::CcEngagementNoteAdded:
    case ZoomEventType::CcEngagementDispositionAdded:
        return true;
    case ZoomEventType::Unknown:
        // The voicemail events have no type of their own (docs/CONTACT-CENTER.md names them).
        return store.string(record.eventName).startsWith(QLatin1String("contact_center."));
    default:
        return false;
    }
}

QList<QJsonObject> EngagementTimeline::contactCenterBodies(const EventStore& store)
{
    QList<QJsonObject> out;
    const qsizetype n = store.size();
    for (qsizetype i = 0; i < n; ++i) {
        const EventRecord& r = store.at(i);
        if (!isContactCenter(store, r))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(store.rawBody(r.seq));
        if (doc.isObject())
            out.append(doc.object());
    }
    return out;
}

void EngagementTimeline::scan()
{
    if (!m_store)
        return;
    const EventStore& store = *m_store;
    if (store.size() == 0)
        return;
    qsizetype i = store.indexOf(m_nextSeq);
    if (i < 0)
        i = m_nextSeq < store.firstSeq() ? 0 : store.size(); // evicted before we looked: skip them
    QStringList changed;
    QSet<QString> changedSet;
    QStringList removed;
    for (const qsizetype n = store.size(); i < n; ++i) {
        const EventRecord& r = store.at(i);
        if (!isContactCenter(store, r))
            continue;
        const QJsonObject body = QJsonDocument::fromJson(store.rawBody(r.seq)).object();
        const QList<ReconcileArtefact> artefacts = Reconciler::fromWebhook(body);
        const QJsonObject object =
            body.value(QStringLiteral("payload")).toObject().value(QStringLiteral("object")).toObject();
        TimelineEntry e;
        e.seq = r.seq;
        e.receivedAtMs = r.receivedAtMs;
        e.event = store.string(r.eventName);
        QString engagementId = object.value(QStringLiteral("engagement_id")).toString();
        if (!artefacts.isEmpty()) {
            const ReconcileArtefact& a = artefacts.first();
            e.kind = a.kind;
            e.artefactId = a.id;
            e.url = a.url;
            e.artefactTimeMs = a.timeMs;
            if (engagementId.isEmpty())
                engagementId = a.engagementId;
        }
        if (e.artefactTimeMs == 0)
            e.artefactTimeMs = r.eventTsMs;
        e.text = object
                     .value(e.kind == QLatin1String("disposition") ? QStringLiteral("disposition_name")
                                                                   : QStringLiteral("note"))
                     .toString();
        if (engagementId.isEmpty())
            engagementId = tr("(no engagement_id)");
        auto it = m_engagements.find(engagementId);
        if (it == m_engagements.end()) {
            it = m_engagements.insert(engagementId, TimelineEngagement{});
            it->engagementId = engagementId;
            it->firstReceivedMs = r.receivedAtMs;
            m_order.append(engagementId);
        }
        if (it->entries.size() >= kMaxEntriesPerEngagement) {
            it->entries.removeFirst();
            --m_eventCount;
        }
        it->entries.append(e);
        it->lastReceivedMs = r.receivedAtMs;
        ++m_eventCount;
        if (!changedSet.contains(engagementId)) {
            changedSet.insert(engagementId);
            changed.append(engagementId);
        }
    }
    m_nextSeq = store.nextSeq();
    while (m_order.size() > kMaxEngagements) {
        const QString oldest = m_order.takeFirst();
        m_eventCount -= int(m_engagements.value(oldest).entries.size());
        m_engagements.remove(oldest);
        removed.append(oldest);
        if (changedSet.remove(oldest))
            changed.removeOne(oldest);
    }
    if (!changed.isEmpty() || !removed.isEmpty())
        emit updated(changed, removed);
}

} // namespace syncdesk
