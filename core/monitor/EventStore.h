#pragma once

#include "RawEvent.h"
#include "zoom/ZoomEvent.h"

#include <QObject>
#include <QVector>

namespace syncdesk {

// One stored event: fixed-size, strings interned, raw payload kept compressed in blocks.
struct EventRecord
{
    quint64 seq = 0;          // monotonically increasing, unique for the store's lifetime
    qint64 receivedAtMs = 0;
    qint64 eventTsMs = 0;
    quint32 userId = 0;       // interned string ids (0 = empty)
    quint32 email = 0;
    quint32 userName = 0;
    quint32 peerUserId = 0;
    quint32 eventName = 0;    // the name as sent (matters for Unknown events)
    quint32 summary = 0;      // resolve with EventStore::string() like the others; summaries are
                              // mostly unique, so they are kept with their event, not interned
    ZoomEventType type = ZoomEventType::Unknown;
    PresenceState presence = PresenceState::None;
    CallState callState = CallState::None;
    EventSourceKind source = EventSourceKind::Webhook;
    Verification verification = Verification::SignatureValid;
    quint16 account = 0;      // payload.account_id, as an index: EventStore::accountId() gives the id.
                              // 16 bits fit the record's padding (56 bytes, a million of them).
};

// Gap records qualify every filter except a time range they do not overlap: events that would
// match may be missing inside them, and hiding that would make a filtered view look complete.
struct EventFilter
{
    QString text;                   // case-insensitive substring of event name, user id, e-mail, name, summary, presence,
                                    // account id, type/presence/call-state labels
    QList<ZoomEventType> types;     // empty = all
    QString user;                   // exact user id or e-mail (case-insensitive), also as the peer of a call; empty = all
    qint64 fromMs = 0;              // receivedAt range, inclusive; 0 = open
    qint64 toMs = 0;
    bool isEmpty() const { return text.isEmpty() && types.isEmpty() && user.isEmpty() && !fromMs && !toMs; }
};

// The monitor's memory: a bounded ring (default 1,000,000 events) of compact records. Raw bodies
// and headers are kept per event (block-compressed) and retrievable by seq while the event is held.
// Not thread-safe: lives on the GUI (or CLI) thread; sources hand events over through the pipeline.
class EventStore : public QObject
{
    Q_OBJECT
public:
    explicit EventStore(qsizetype capacity = 1'000'000, QObject* parent = nullptr);
    ~EventStore() override;

    qsizetype capacity() const;
    qsizetype size() const;
    // index 0 = oldest event still held
    const EventRecord& at(qsizetype index) const;
    // index of seq, or -1 when evicted / unknown
    qsizetype indexOf(quint64 seq) const;
    quint64 firstSeq() const;   // seq of at(0)
    quint64 nextSeq() const;

    quint64 append(const RawEvent& raw, const ZoomEvent& parsed);
    // A gap (missed interval): a synthetic record of type Gap; summary says from/to.
    quint64 appendGap(EventSourceKind source, qint64 fromMs, qint64 toMs, const QString& reason);
    void clear();

    QString string(quint32 id) const; // interned string (or a record's summary)
    QString accountId(const EventRecord& record) const; // payload.account_id, "" when unknown
    // Byte for byte as received; empty once evicted. A gap's body is {"gap":{"from","to","reason"}}.
    // Reading an older event inflates its block (~1 ms); the last block is cached.
    QByteArray rawBody(quint64 seq) const;
    HeaderList rawHeaders(quint64 seq) const;

    // Indices (into at()) of the events that pass; in order. Fast over a million events (tens of
    // ms; large stores are scanned on all cores).
    QVector<qint32> filter(const EventFilter& filter) const;
    bool matches(const EventRecord& record, const EventFilter& filter) const;

    // Exports are EventExporter's (monitor/EventExporter.h); the store keeps storage and filtering.

    // Interned strings (user ids, e-mails, names, event names) still referenced by held events:
    // bounded by the capacity, however many distinct users went through the store.
    struct StringStats
    {
        qsizetype count = 0; // live strings
        qint64 bytes = 0;    // their UTF-16 bytes
        qsizetype allocated = 0; // ids allocated (live + free for reuse)
    };
    StringStats stringStats() const;
    qint64 approximateMemoryBytes() const;

signals:
    // Emitted once per event-loop turn at most (batched), with how many were appended/evicted
    // since the last emission. Views update from these, never per event. evicted comes first and
    // only counts rows announced before; events appended and evicted within one turn are never
    // announced. So a view that removes `evicted` rows from the front, then adds `appended` rows at
    // the end, always has size() rows. cleared() is emitted at once (not batched).
    void appended(qsizetype count);
    void evicted(qsizetype count);
    void cleared();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace syncdesk
