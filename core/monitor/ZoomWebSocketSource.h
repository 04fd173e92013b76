#pragma once

#include "EventSource.h"
#include "MonitoredEvent.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <memory>

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
// the heartbeat, parses "content" a second time, reconnects after a close or silence, takes a new
// token on "Invalid Token" / "Token is invalid" / invalid_token. Zoom does not replay: every
// disconnected interval is reported as a gap.
//
// Every reconnect waits (exponential backoff with jitter), also the one right after a new token;
// the backoff starts over only once a connection has proved itself (an event or an answered
// heartbeat), not at the server's build_connection acknowledgement, which a server may follow with a
// refusal. A token refused twice in a row (the second one fresh) stops the source with an error.
class ZoomWebSocketSource : public EventSource
{
    Q_OBJECT
public:
    explicit ZoomWebSocketSource(ZoomAuth* auth, QObject* parent = nullptr);
    ~ZoomWebSocketSource() override;

    EventSourceKind kind() const override { return EventSourceKind::WebSocket; }
    void start(const ZoomWebSocketConfig& config);
    void stop() override;
    State state() const override;
    quint64 receivedCount() const;
    int reconnects() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace syncdesk
