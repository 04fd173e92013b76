#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace syncdesk {

class EventStore;
struct EventRecord;

// One contact_center.* event of an engagement, as the timeline shows it. Only these few fields
// are kept (not the body): the body stays in the EventStore and is read again by seq when the
// user opens the event.
struct TimelineEntry
{
    quint64 seq = 0;           // the event in the monitor's store
    qint64 receivedAtMs = 0;   // when it arrived
    qint64 artefactTimeMs = 0; // the artefact's time (object date_time, else event_ts)
    QString event;             // the event name as sent
    QString kind;              // Reconciler's kind: recording, note, disposition, …
    QString artefactId;
    QString url;  // download_url / transcript_url
    QString text; // the note, or the disposition's name
};

struct TimelineEngagement
{
    QString engagementId;
    QList<TimelineEntry> entries; // in arrival order
    qint64 firstReceivedMs = 0, lastReceivedMs = 0;
};

// The monitor's Contact Center events grouped per engagement_id, following an EventStore as
// events arrive (its batched appended/cleared signals). Per batch it looks only at the new
// records' types and reads the body of the contact_center.* ones, so a busy monitor costs next to
// nothing here. Bounded: the oldest engagements are dropped beyond maxEngagements(), and an
// engagement keeps at most maxEntriesPerEngagement() events.
class EngagementTimeline : public QObject
{
    Q_OBJECT
public:
    explicit EngagementTimeline(QObject* parent = nullptr);

    static constexpr int kMaxEngagements = 2000;
    static constexpr int kMaxEntriesPerEngagement = 100;

    // Follows `store` from its oldest held event on; nullptr detaches. Resets the timeline.
    void setStore(EventStore* store);
    EventStore* store() const { return m_store; }

    // Engagement ids, oldest first arrival first.
    const QStringList& engagementIds() const { return m_order; }
    const TimelineEngagement* engagement(const QString& id) const;
    int eventCount() const { return m_eventCount; }

    // Whether a held record is a Contact Center event (the five typed ones and the voicemail
    // events the parser does not type, by name).
    static bool isContactCenter(const EventStore& store, const EventRecord& record);
    // The bodies of every contact_center.* event the store holds, for a reconciliation.
    static QList<QJsonObject> contactCenterBodies(const EventStore& store);

signals:
    // After a batch: engagements with new events (new ones included) and engagements dropped.
    void updated(const QStringList& changed, const QStringList& removed);
    void reset();

private:
    void scan();
    void clearAll();

    QPointer<EventStore> m_store;
    quint64 m_nextSeq = 0; // the first seq not looked at yet
    QHash<QString, TimelineEngagement> m_engagements;
    QStringList m_order;
    int m_eventCount = 0;
};

} // namespace syncdesk
