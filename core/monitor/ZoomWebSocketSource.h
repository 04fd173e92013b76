#pragma once

#include "MonitoredEvent.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

namespace syncdesk {

class ZoomAuth;

struct ZoomWebSocketConfig
{
    QUrl url = QUrl(QStringLiteral("wss://ws.zoom.us/ws")); // host configurable (sandbox: ws://127.0.0.1:port/ws)
    QString subscriptionId;
    int heartbeatMs = 30000;     // {"module":"heartbeat"} every 30 s
    int silenceTimeoutMs = 45000; // nothing received for this long: reconnect
    int minBackoffMs = 1000;
    int maxBackoffMs = 60000;
};

// Zoom event subscriptions over WebSocket: connects with ?subscriptionId=…&access_token=…, sends
// the heartbeat, parses "content" a second time, reconnects with backoff after a close or silence,
// takes a new token on "Invalid Token" / "Token is invalid" / invalid_token. Zoom does not replay:
// every disconnected interval is reported as a gap.
class ZoomWebSocketSource : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Connecting, Connected, WaitingToReconnect };
    Q_ENUM(State)

    ZoomWebSocketSource(ZoomAuth* auth, QObject* parent = nullptr);
    ~ZoomWebSocketSource() override;

    void start(const ZoomWebSocketConfig& config);
    void stop();
    State state() const;
    quint64 eventsReceived() const;
    int reconnects() const;

signals:
    void eventsArrived(const syncdesk::MonitoredEventBatch& events);
    // Events between from and to may be missing (the connection was down).
    void gap(qint64 fromMs, qint64 toMs, const QString& reason);
    void stateChanged(syncdesk::ZoomWebSocketSource::State state, const QString& detail);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace syncdesk
