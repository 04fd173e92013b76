#include "EventSource.h"

namespace syncdesk {

EventSource::EventSource(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<MonitoredEventBatch>();
}

EventSource::~EventSource() = default;

QString EventSource::name() const
{
    return sourceKindLabel(kind());
}

} // namespace syncdesk
