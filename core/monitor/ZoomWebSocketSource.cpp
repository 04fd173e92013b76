#include "ZoomWebSocketSource.h"

#include "common/Log.h"
#include "common/Redact.h"
#include "zoom/ZoomAuth.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace syncdesk {

class ZoomWebSocketSource::Private
{
public:
    ZoomWebSocketSource* q;
    ZoomAuth* auth;
    ZoomWebSocketConfig config;
    QWebSocket* socket = nullptr;
    QTimer heartbeat;
    QTimer silence;
    QTimer reconnect;
    State state = State::Stopped;
    quint64 received = 0;
    int reconnects = 0;
    int attempt = 0;            // attempts since the last connection that proved itself, for backoff
    int tokenRefusals = 0;      // consecutive refusals of the access token
    qint64 downSinceMs = 0;     // when the last connection was lost (0 = never connected or not down)
    qint64 connectedAtMs = 0;   // when the current connection's handshake completed
    bool everConnected = false; // a connection was confirmed by the server at least once
    bool confirmed = false;     // the current connection got a successful message from the server
    bool healthy = false;       // ... and then an event or a heartbeat answer
    bool renewToken = false;    // the server said the token is invalid
    QByteArray usedToken;
    quint64 generation = 0; // ignores callbacks from an older connection attempt

    static qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

    void setState(State s, const QString& detail)
    {
        state = s;
        emit q->stateChanged(s, detail);
    }

    void connectNow()
    {
        const quint64 gen = ++generation;
        setState(State::Connecting, ZoomWebSocketSource::tr("Connecting to %1…").arg(config.url.host()));
        if (renewToken) {
            auth->invalidate(usedToken);
            renewToken = false;
        }
        auth->token(q, [this, gen](const ZoomToken& token, const Error& error) {
            if (gen != generation || state == State::Stopped)
                return;
            if (!error.ok()) {
                scheduleReconnect(
                    ZoomWebSocketSource::tr("No access token for the WebSocket: %1").arg(error.message));
                return;
            }
            usedToken = token.accessToken;
            QUrl url = config.url;
            QUrlQuery query(url);
            query.removeAllQueryItems(QStringLiteral("subscriptionId"));
            query.removeAllQueryItems(QStringLiteral("access_token"));
            query.addQueryItem(QStringLiteral("subscriptionId"), config.subscriptionId);
            query.addQueryItem(QStringLiteral("access_token"), QString::fromLatin1(token.accessToken));
            url.setQuery(query);
            openSocket(url, gen);
        });
    }

    void openSocket(const QUrl& url, quint64 gen)
    {
        dropSocket();
        socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, q);
        confirmed = false;
        // The silence timeout also bounds the handshake: a server that accepts the TCP connection
        // and then says nothing must not leave us "connecting" forever.
        silence.start();
        QObject::connect(socket, &QWebSocket::connected, q, [this, gen] {
            if (gen != generation)
                return;
            // Backoff and the gap wait for the server's first successful message (confirm()): a
            // server may complete the handshake and then refuse the subscription or the token.
            connectedAtMs = now();
            heartbeat.start();
            silence.start();
            setState(State::Running, ZoomWebSocketSource::tr("Connected to %1").arg(config.url.host()));
        });
        QObject::connect(socket, &QWebSocket::textMessageReceived, q, [this, gen](const QString& message) {
            if (gen == generation)
                onMessage(message.toUtf8());
        });
        QObject::connect(socket, &QWebSocket::disconnected, q, [this, gen] {
            if (gen != generation || state == State::Stopped)
                return;
            const QString reason = socket ? socket->closeReason() : QString();
            if (reason.contains(QLatin1String("invalid_token"), Qt::CaseInsensitive) ||
                reason.contains(QLatin1String("Invalid Token"), Qt::CaseInsensitive)) {
                tokenRefused(reason);
                return;
            }
            lost(reason.isEmpty() ? ZoomWebSocketSource::tr("The connection was closed.")
                                  : ZoomWebSocketSource::tr("The connection was closed: %1").arg(reason));
        });
        QObject::connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), q,
                         [this, gen](QAbstractSocket::SocketError) {
                             if (gen != generation || state == State::Stopped || !socket)
                                 return;
                             qCInfo(lcMonitor).noquote() << "websocket error:" << socket->errorString();
                             // A handshake refused with 401/403 means the token: take a new one next time.
                             const QString error = socket->errorString();
                             if (state == State::Connecting && (error.contains(QLatin1String(" 401")) ||
                                                                error.contains(QLatin1String(" 403")))) {
                                 tokenRefused(error);
                                 return;
                             }
                             if (state == State::Connecting)
                                 lost(ZoomWebSocketSource::tr("Could not connect to %1: %2")
                                          .arg(config.url.host(), socket->errorString()));
                         });
        qCInfo(lcMonitor).noquote() << "websocket connecting to" << redact::url(url);
        socket->open(url);
    }

    void onMessage(const QByteArray& bytes)
    {
        silence.start(); // anything from the server proves the connection is alive
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        const QString module = o.value(QStringLiteral("module")).toString();
        const QJsonValue contentValue = o.value(QStringLiteral("content"));
        const QString content = contentValue.isString() ? contentValue.toString() : QString();
        const bool failed = o.value(QStringLiteral("success")).toBool(true) == false;
        // Only a refusal is checked for the token texts: an event's content may contain any text.
        if ((failed || module != QLatin1String("message")) &&
            (content.contains(QLatin1String("Invalid Token"), Qt::CaseInsensitive) ||
             content.contains(QLatin1String("Token is invalid"), Qt::CaseInsensitive) ||
             content.contains(QLatin1String("invalid_token"), Qt::CaseInsensitive))) {
            tokenRefused(content);
            return;
        }
        if (!failed) {
            confirm();
            // The handshake acknowledgement proves little (a refusal may follow); an answered
            // heartbeat or an event proves the token and the subscription.
            if (module != QLatin1String("build_connection"))
                proveHealthy();
        }
        if (module != QLatin1String("message"))
            return; // heartbeat answers and build_connection acknowledgements
        // "content" is a JSON-encoded string holding the event: parse it a second time.
        MonitoredEvent e;
        e.raw.source = EventSourceKind::WebSocket;
        e.raw.verification = Verification::TokenAuthenticated;
        e.raw.receivedAtMs = now();
        e.raw.body = contentValue.isString()
                         ? content.toUtf8()
                         : QJsonDocument(contentValue.toObject()).toJson(QJsonDocument::Compact);
        e.parsed = ZoomEventParser::parse(e.raw.body);
        ++received;
        emit q->eventsReceived({e});
    }

    void proveHealthy()
    {
        if (healthy)
            return;
        healthy = true;
        attempt = 0;
        tokenRefusals = 0;
    }

    // The server refused the access token. The first time a new token is taken (after the backoff,
    // like every reconnect); a fresh token refused as well will not get better by asking again.
    void tokenRefused(const QString& detail)
    {
        renewToken = true;
        if (++tokenRefusals >= 2) {
            qCWarning(lcMonitor).noquote() << "websocket: a new access token was refused too; stopping";
            fail(Error::make(
                ErrorCode::InvalidToken,
                ZoomWebSocketSource::tr(
                    "Zoom refused the WebSocket's access token twice in a row, a new one too, so the "
                    "WebSocket has stopped. Check that the Server-to-Server OAuth app is activated, "
                    "that its event subscription uses the WebSocket method with this subscription ID, "
                    "and that the account ID and client ID belong to it; then connect again."),
                detail));
            return;
        }
        qCInfo(lcMonitor) << "websocket token rejected; reconnecting with a new token";
        lost(ZoomWebSocketSource::tr("Zoom rejected the access token; reconnecting with a new one."));
    }

    void fail(const Error& error)
    {
        heartbeat.stop();
        silence.stop();
        reconnect.stop();
        ++generation;
        dropSocket();
        setState(State::Stopped, error.message);
        emit q->errorOccurred(error);
    }

    // The server accepted this connection: report what we missed. The backoff starts over only in
    // proveHealthy(): an acknowledgement may be followed by a refusal.
    void confirm()
    {
        if (confirmed)
            return;
        confirmed = true;
        everConnected = true;
        if (downSinceMs > 0) {
            // Zoom does not replay: whatever happened while we were away is lost.
            emit q->gap(downSinceMs, connectedAtMs > 0 ? connectedAtMs : now(),
                        ZoomWebSocketSource::tr("WebSocket reconnected"));
            downSinceMs = 0;
        }
    }

    void lost(const QString& why)
    {
        heartbeat.stop();
        silence.stop();
        if (everConnected && downSinceMs == 0)
            downSinceMs = now();
        dropSocket();
        scheduleReconnect(why);
    }

    // The one way to reconnect: after min·2^attempt ms (capped), of which a random half ("equal
    // jitter"), so many clients cut off together do not come back together.
    void scheduleReconnect(const QString& why)
    {
        if (state == State::Stopped)
            return;
        ++reconnects;
        const qint64 exp = qint64(qMax(1, config.minBackoffMs)) << qMin(attempt, 16);
        const int capped = int(qMin<qint64>(exp, qMax(config.minBackoffMs, config.maxBackoffMs)));
        const int delay = capped / 2 + int(QRandomGenerator::global()->bounded(capped / 2 + 1));
        ++attempt;
        reconnect.start(delay);
        setState(State::WaitingToReconnect,
                 ZoomWebSocketSource::tr("%1 Reconnecting in %2 s.").arg(why).arg((delay + 999) / 1000));
    }

    void dropSocket()
    {
        if (!socket)
            return;
        QWebSocket* s = socket;
        socket = nullptr;
        confirmed = false;
        healthy = false;
        connectedAtMs = 0;
        s->disconnect(q);
        s->flush(); // a close frame queued by stop() still goes out
        s->abort();
        s->deleteLater();
    }
};

ZoomWebSocketSource::ZoomWebSocketSource(ZoomAuth* auth, QObject* parent)
    : EventSource(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->auth = auth;
    d->reconnect.setSingleShot(true);
    connect(&d->reconnect, &QTimer::timeout, this, [this] { d->connectNow(); });
    connect(&d->heartbeat, &QTimer::timeout, this, [this] {
        if (d->socket && d->socket->state() == QAbstractSocket::ConnectedState)
            d->socket->sendTextMessage(QStringLiteral("{\"module\":\"heartbeat\"}"));
    });
    d->silence.setSingleShot(true);
    connect(&d->silence, &QTimer::timeout, this, [this] {
        if (d->state == State::Connecting)
            d->lost(tr("No answer from %1.").arg(d->config.url.host()));
        else
            d->lost(tr("Nothing received for %1 s.").arg(d->config.silenceTimeoutMs / 1000.0));
    });
}

ZoomWebSocketSource::~ZoomWebSocketSource()
{
    d->state = State::Stopped;
    d->dropSocket();
}

void ZoomWebSocketSource::start(const ZoomWebSocketConfig& config)
{
    // Starting again replaces whatever connection or pending reconnect there was.
    ++d->generation;
    d->reconnect.stop();
    d->heartbeat.stop();
    d->silence.stop();
    d->dropSocket();
    d->renewToken = false;
    d->config = config;
    d->heartbeat.setInterval(config.heartbeatMs);
    d->silence.setInterval(config.silenceTimeoutMs);
    d->attempt = 0;
    d->tokenRefusals = 0;
    d->downSinceMs = 0;
    d->everConnected = false;
    d->state = State::Connecting;
    d->connectNow();
}

void ZoomWebSocketSource::stop()
{
    ++d->generation;
    d->reconnect.stop();
    d->heartbeat.stop();
    d->silence.stop();
    if (d->socket)
        d->socket->close(QWebSocketProtocol::CloseCodeNormal);
    d->dropSocket();
    d->setState(State::Stopped, tr("Stopped."));
}

EventSource::State ZoomWebSocketSource::state() const
{
    return d->state;
}
quint64 ZoomWebSocketSource::receivedCount() const
{
    return d->received;
}
int ZoomWebSocketSource::reconnects() const
{
    return d->reconnects;
}

} // namespace syncdesk
