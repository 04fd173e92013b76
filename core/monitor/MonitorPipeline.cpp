#include "MonitorPipeline.h"

#include "EventSource.h"

#include <QDateTime>

namespace syncdesk {

MonitorPipeline::MonitorPipeline(EventStore* store, QObject* parent) : QObject(parent), m_store(store)
{
    qRegisterMetaType<MonitoredEventBatch>();
    m_counters.rateHistory.fill(0, 60);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MonitorPipeline::tick);
    m_tick.start();
}

void MonitorPipeline::attach(EventSource* source)
{
    connect(source, &EventSource::eventsReceived, this, &MonitorPipeline::ingest, Qt::UniqueConnection);
    const EventSourceKind kind = source->kind();
    connect(source, &EventSource::gap, this,
            [this, kind](qint64 from, qint64 to, const QString& reason) { addGap(kind, from, to, reason); });
    // Only the receiver refuses requests; it reports what it refused in coalesced batches.
    if (auto* receiver = qobject_cast<WebhookReceiver*>(source))
        connect(receiver, &WebhookReceiver::rejectionsCounted, this, &MonitorPipeline::addRejections,
                Qt::UniqueConnection);
}

void MonitorPipeline::ingest(const MonitoredEventBatch& events)
{
    for (const MonitoredEvent& e : events) {
        m_store->append(e.raw, e.parsed);
        if (e.parsed.type == ZoomEventType::EndpointUrlValidation)
            ++m_counters.validations;
        else
            ++m_counters.accepted;
        ++m_counters.byType[size_t(e.parsed.type)];
    }
    m_countThisSecond += quint64(events.size());
    emit ingested(events);
}

void MonitorPipeline::addRejections(const RejectCounts& delta)
{
    // One call per report interval of the receiver, however many requests it refused.
    for (size_t i = 0; i < delta.byReason.size(); ++i)
        m_counters.rejected[i] += delta.byReason[i];
    m_counters.rejectedTotal += delta.total();
    emit countersChanged();
}

void MonitorPipeline::addGap(EventSourceKind source, qint64 fromMs, qint64 toMs, const QString& reason)
{
    m_store->appendGap(source, fromMs, toMs, reason);
    ++m_counters.gaps;
    emit countersChanged();
}

void MonitorPipeline::resetCounters()
{
    m_counters = MonitorCounters{};
    m_counters.rateHistory.fill(0, 60);
    m_countThisSecond = 0;
    emit countersChanged();
}

void MonitorPipeline::tick()
{
    m_counters.rateHistory.removeFirst();
    m_counters.rateHistory.append(int(m_countThisSecond));
    m_counters.eventsPerSecond = double(m_countThisSecond);
    m_countThisSecond = 0;
    emit countersChanged();
}

} // namespace syncdesk
