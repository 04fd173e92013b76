#pragma once

#include "RawEvent.h"
#include "zoom/ZoomEvent.h"

#include <QList>
#include <QMetaType>

namespace syncdesk {

// What every source hands to the pipeline: the bytes as received and what the parser made of them.
struct MonitoredEvent
{
    RawEvent raw;
    ZoomEvent parsed;
};
using MonitoredEventBatch = QList<MonitoredEvent>;

} // namespace syncdesk

Q_DECLARE_METATYPE(syncdesk::MonitoredEvent)
Q_DECLARE_METATYPE(syncdesk::MonitoredEventBatch)
