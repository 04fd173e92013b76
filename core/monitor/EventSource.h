#pragma once

#include "MonitoredEvent.h"
#include "common/Error.h"

#include <QObject>

namespace syncdesk {

// What the monitor pipeline needs from anything that delivers events: the webhook receiver, the
// Zoom WebSocket and capture replay. MonitorPipeline::attach(EventSource*) is the one way to connect
// a source; the ACD and Salesforce feeds will be further subclasses.
//
// Starting is not part of the interface: each source needs different settings (an address and a
// secret token, a subscription and an access token, a file), so each has its own start(…). What
// follows a start is the same for all: events in batches, gaps, state changes, errors, stop().
//
// The sandbox's simulated team is not a source: it plays Zoom, and its events arrive through the
// receiver or the WebSocket like real ones.
class EventSource : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Connecting,         // starting, or connecting again
        Running,            // listening, connected or replaying
        WaitingToReconnect, // lost the connection; the next attempt is scheduled
    };
    Q_ENUM(State)

    explicit EventSource(QObject* parent = nullptr);
    ~EventSource() override;

    virtual EventSourceKind kind() const = 0;
    // Translated, for status lines ("Webhook", "WebSocket", "Replay").
    QString name() const;
    virtual State state() const = 0;
    // Stops delivering; events already received are still handed over first. No-op when stopped.
    virtual void stop() = 0;

signals:
    // Events in the order received, from the thread the source lives in.
    void eventsReceived(const syncdesk::MonitoredEventBatch& events);
    // Events between fromMs and toMs may be missing (a connection was down and nothing replays them).
    void gap(qint64 fromMs, qint64 toMs, const QString& reason);
    // detail: a translated line for the UI ("Connected to ws.zoom.us", "Reconnecting in 4 s").
    void stateChanged(syncdesk::EventSource::State state, const QString& detail);
    // The source cannot go on by itself and has stopped (stateChanged(Stopped) follows or preceded).
    void errorOccurred(const syncdesk::Error& error);
};

} // namespace syncdesk
