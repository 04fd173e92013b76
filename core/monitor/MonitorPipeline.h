#pragma once

#include "EventStore.h"
#include "MonitoredEvent.h"
#include "WebhookReceiver.h"

#include <QObject>
#include <QTimer>
#include <QVector>

#include <array>

namespace syncdesk {

class EventSource;

struct MonitorCounters
{
    quint64 accepted = 0;
    quint64 validations = 0;
    std::array<quint64, size_t(RejectReason::Count_)> rejected{};
    quint64 rejectedTotal = 0;
    quint64 gaps = 0;
    double eventsPerSecond = 0;  // over the last second
    QVector<int> rateHistory;    // events per second, last 60 s, oldest first
    quint64 byType[size_t(ZoomEventType::Count_)] = {};
};

// source → (verifier → parser, inside the source) → MonitorPipeline → EventStore. Counts, keeps a
// one-minute rate history, turns WebSocket gaps into gap records.
class MonitorPipeline : public QObject
{
    Q_OBJECT
public:
    explicit MonitorPipeline(EventStore* store, QObject* parent = nullptr);

    EventStore* store() const { return m_store; }
    // The one way to connect a source: its batches are ingested, its gaps recorded (and a webhook
    // receiver's rejections counted). Connections end when either side is destroyed.
    void attach(EventSource* source);
    void ingest(const MonitoredEventBatch& events);
    void addGap(EventSourceKind source, qint64 fromMs, qint64 toMs, const QString& reason);
    void addRejections(const RejectCounts& delta); // a receiver's coalesced rejection report
    const MonitorCounters& counters() const { return m_counters; }
    void resetCounters();

signals:
    void countersChanged(); // once per second, and per (coalesced) rejection report or gap
    void ingested(const syncdesk::MonitoredEventBatch& events); // for sinks such as the CLI writer

private:
    void tick();

    EventStore* m_store;
    MonitorCounters m_counters;
    QTimer m_tick;
    quint64 m_countThisSecond = 0;
};

} // namespace syncdesk
