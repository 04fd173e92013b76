#include "WebhookReceiver.h"

#include "HttpRequestParser.h"
#include "WebhookRequestHandler.h"
#include "common/Log.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QHash>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#if defined(Q_OS_WIN)
// winsock2.h pulls in windows.h: without these its min/max and ERROR macros would break
// std::numeric_limits<…>::max() and friends in any code added below.
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace syncdesk {

namespace {

constexpr int kBatchIntervalMs = 10;     // at most one cross-thread delivery per interval…
constexpr qsizetype kBatchMaxEvents = 1000; // …unless a batch is already this large
constexpr qint64 kMaxPendingOutput = 256 * 1024; // stop reading a client that does not read its responses
constexpr qint64 kReadBufferBytes = 256 * 1024;  // Qt stops reading the kernel beyond this: TCP backpressure
constexpr int kLingerMs = 2000;          // after a final response: time for the client to read it

QString hostPort(const QHostAddress& address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

// One client connection. A QObject so the socket is its child and both go away with one
// deleteLater, which is safe even when the close happens inside one of the socket's own signals.
class Connection : public QObject
{
public:
    enum class Phase : quint8 {
        Idle,     // between requests: the idle timeout runs
        Request,  // part of a request buffered: the request timeout runs (not extended by more bytes)
        Draining, // after a 413: discarding the announced body so the client can read the answer
        Closing,  // final response queued: flush it, half-close, discard input until the peer closes
    };

    explicit Connection(QObject* parent) : QObject(parent) {}

    QTcpSocket* socket = nullptr;
    QHostAddress peer; // as counted in Worker::m_perPeer
    HttpRequestParser parser;
    QByteArray out;
    qint64 deadline = 0; // monotonic ms
    qint64 drainLeft = 0;
    Phase phase = Phase::Idle;
    bool paused = false;
    bool halfClosed = false;
    bool gone = false;
};

} // namespace

class WebhookReceiver::Worker : public QObject
{
public:
    struct ListenResult
    {
        bool ok = false;
        QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
        QString errorString;
        quint16 port = 0;
    };

    Worker(WebhookReceiver* owner, const WebhookReceiverConfig& config)
        : m_owner(owner), m_config(config), m_handler(config)
    {
        m_limits.maxBodyBytes = config.maxBodyBytes;
    }

    // Everything below runs on the worker thread.
    ListenResult listen();
    void shutdown();

private:
    class Server : public QTcpServer
    {
    public:
        explicit Server(Worker* w) : QTcpServer(w), m_w(w) {}

    protected:
        // Taking the descriptor directly skips QTcpServer's pending-connection queue and lets
        // the connection cap act before any per-connection state exists.
        void incomingConnection(qintptr fd) override { m_w->accept(fd); }

    private:
        Worker* m_w;
    };

    void accept(qintptr fd);
    void onReadyRead(Connection* c);
    void process(Connection* c);
    void writeOut(Connection* c);
    void closeAfterFlush(Connection* c);
    void halfCloseIfFlushed(Connection* c);
    void drop(Connection* c);
    void sweep();
    void count(RejectReason reason);
    void flushBatch();
    void reportRejections();
    void refreshSecret();
    qint64 mono() const { return m_clock.elapsed(); }

    WebhookReceiver* m_owner;
    WebhookReceiverConfig m_config;
    WebhookRequestHandler m_handler;
    HttpRequestParser::Limits m_limits;
    Server* m_server = nullptr;
    QTimer* m_sweepTimer = nullptr;
    QTimer* m_flushTimer = nullptr;
    QTimer* m_rejectTimer = nullptr;
    QElapsedTimer m_clock;
    QSet<Connection*> m_connections;
    QHash<QHostAddress, int> m_perPeer; // open connections per peer key
    quint64 m_secretGeneration = ~quint64(0);

    // Reused across requests so the steady state allocates only what leaves the thread.
    HttpRequest m_request;

    MonitoredEventBatch m_batch;
    RejectCounts m_pendingRejects;
};

WebhookReceiver::Worker::ListenResult WebhookReceiver::Worker::listen()
{
    m_clock.start();
    m_server = new Server(this);
    // Backlog beyond maxConnections is pointless: extra connections are closed on accept anyway.
    m_server->setMaxPendingConnections(qMax(1, m_config.maxConnections));
    ListenResult r;
    if (!m_server->listen(m_config.address, m_config.port)) {
        r.error = m_server->serverError();
        r.errorString = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return r;
    }
    r.ok = true;
    r.port = m_server->serverPort();

    // One timer for every connection's deadlines instead of a QTimer per connection that would
    // be restarted on every request.
    m_sweepTimer = new QTimer(this);
    m_sweepTimer->setInterval(qBound(5, qMin(m_config.idleTimeoutMs, m_config.requestTimeoutMs) / 4, 1000));
    QObject::connect(m_sweepTimer, &QTimer::timeout, this, [this] { sweep(); });
    m_sweepTimer->start();

    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kBatchIntervalMs);
    QObject::connect(m_flushTimer, &QTimer::timeout, this, [this] { flushBatch(); });

    m_rejectTimer = new QTimer(this);
    m_rejectTimer->setSingleShot(true);
    m_rejectTimer->setInterval(kRejectReportIntervalMs);
    QObject::connect(m_rejectTimer, &QTimer::timeout, this, [this] { reportRejections(); });
    refreshSecret();
    return r;
}

void WebhookReceiver::Worker::shutdown()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    const auto connections = m_connections;
    for (Connection* c : connections) {
        c->socket->abort();
        drop(c);
    }
    // Whatever was accepted (and answered 2xx) before the stop still reaches the owner.
    flushBatch();
    reportRejections();
    delete m_sweepTimer;
    m_sweepTimer = nullptr;
    delete m_flushTimer;
    m_flushTimer = nullptr;
    delete m_rejectTimer;
    m_rejectTimer = nullptr;
}

void WebhookReceiver::Worker::refreshSecret()
{
    if (m_owner->m_secretGeneration.load(std::memory_order_acquire) == m_secretGeneration)
        return;
    QMutexLocker lock(&m_owner->m_secretMutex);
    m_handler.setSecretToken(m_owner->m_secret);
    m_secretGeneration = m_owner->m_secretGeneration.load(std::memory_order_relaxed);
}

void WebhookReceiver::Worker::count(RejectReason reason)
{
    m_owner->m_rejected[size_t(reason)].fetch_add(1, std::memory_order_relaxed);
    ++m_pendingRejects.byReason[size_t(reason)];
    // Started by the first rejection and not restarted by the next ones: a steady flood gets one
    // report per interval, and the last rejection is reported at most one interval late.
    if (m_rejectTimer && !m_rejectTimer->isActive())
        m_rejectTimer->start();
}

// The unit the per-peer cap counts: the address, or for IPv6 its /64 (one subscriber usually
// has a whole /64, so single addresses would be free to take).
static QHostAddress peerKey(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // IPv4-mapped IPv6 included
    if (isV4)
        return QHostAddress(v4);
    Q_IPV6ADDR a = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        a[i] = 0;
    return QHostAddress(a);
}

void WebhookReceiver::Worker::accept(qintptr fd)
{
    if (m_connections.size() >= m_config.maxConnections) {
        QTcpSocket s;
        s.setSocketDescriptor(fd);
        s.abort();
        count(RejectReason::TooManyConnections);
        return;
    }
    auto* c = new Connection(this);
    c->socket = new QTcpSocket(c);
    if (!c->socket->setSocketDescriptor(fd)) {
        delete c;
        return;
    }
    c->peer = peerKey(c->socket->peerAddress());
    int& fromPeer = m_perPeer[c->peer];
    if (fromPeer >= m_config.maxConnectionsPerPeer) {
        if (fromPeer == 0)
            m_perPeer.remove(c->peer);
        c->socket->abort();
        delete c;
        count(RejectReason::TooManyFromPeer);
        return;
    }
    ++fromPeer;
    c->parser.setLimits(m_limits);
    c->socket->setReadBufferSize(kReadBufferBytes);
    // Responses are tiny and a client waits for each one: Nagle would only add delay.
    c->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    c->phase = Connection::Phase::Idle;
    c->deadline = mono() + m_config.idleTimeoutMs;
    QObject::connect(c->socket, &QTcpSocket::readyRead, c, [this, c] { onReadyRead(c); });
    QObject::connect(c->socket, &QTcpSocket::bytesWritten, c, [this, c] {
        if (c->phase == Connection::Phase::Closing) {
            halfCloseIfFlushed(c);
        } else if (c->paused && c->socket->bytesToWrite() < kMaxPendingOutput / 2) {
            c->paused = false;
            onReadyRead(c);
        }
    });
    QObject::connect(c->socket, &QTcpSocket::disconnected, c, [this, c] { drop(c); });
    m_connections.insert(c);
    m_owner->m_open.store(int(m_connections.size()), std::memory_order_relaxed);
    if (c->socket->bytesAvailable() > 0)
        onReadyRead(c);
}

void WebhookReceiver::Worker::drop(Connection* c)
{
    if (c->gone)
        return;
    c->gone = true;
    m_connections.remove(c);
    const auto peer = m_perPeer.find(c->peer);
    if (peer != m_perPeer.end() && --peer.value() <= 0)
        m_perPeer.erase(peer);
    m_owner->m_open.store(int(m_connections.size()), std::memory_order_relaxed);
    c->socket->disconnect(c);
    if (c->socket->state() != QAbstractSocket::UnconnectedState)
        c->socket->abort();
    c->deleteLater();
}

void WebhookReceiver::Worker::closeAfterFlush(Connection* c)
{
    c->phase = Connection::Phase::Closing;
    c->deadline = mono() + kLingerMs;
    halfCloseIfFlushed(c);
}

void WebhookReceiver::Worker::halfCloseIfFlushed(Connection* c)
{
    // A "lingering close": closing outright while the client is still sending (the rest of a
    // pipeline, an oversized header) makes the kernel answer with a reset, and a reset can
    // destroy our final response before the client has read it. So: flush, send FIN only, keep
    // discarding input, and let the client close (or the linger deadline abort it).
    if (c->gone || c->halfClosed || c->socket->bytesToWrite() > 0)
        return;
    c->halfClosed = true;
#if defined(Q_OS_WIN)
    const bool ok = ::shutdown(SOCKET(c->socket->socketDescriptor()), SD_SEND) == 0;
#else
    const bool ok = ::shutdown(int(c->socket->socketDescriptor()), SHUT_WR) == 0;
#endif
    if (!ok)
        c->socket->disconnectFromHost(); // may emit 'disconnected' right here, which drops c
}

void WebhookReceiver::Worker::writeOut(Connection* c)
{
    if (c->out.isEmpty())
        return;
    // One write per read batch: pipelined requests get their responses in one segment. Through
    // QTcpSocket only (a raw send() on the descriptor was faster on Linux but does not port).
    c->socket->write(c->out.constData(), c->out.size());
    c->out.resize(0); // keeps the capacity
}

void WebhookReceiver::Worker::onReadyRead(Connection* c)
{
    if (c->gone)
        return;
    QTcpSocket* s = c->socket;
    if (c->phase == Connection::Phase::Draining || c->phase == Connection::Phase::Closing) {
        const qint64 n = s->bytesAvailable();
        if (n > 0)
            s->skip(n);
        if (c->phase == Connection::Phase::Draining) {
            c->drainLeft -= n;
            if (c->drainLeft <= 0)
                closeAfterFlush(c);
        }
        return;
    }
    if (c->paused)
        return;
    const qint64 avail = s->bytesAvailable();
    if (avail > 0) {
        // Straight into the parser's buffer: no temporary QByteArray per read.
        char* dst = c->parser.prepareAppend(qsizetype(avail));
        const qint64 got = s->read(dst, avail);
        c->parser.commitAppend(qsizetype(qMax<qint64>(0, got)));
    }
    process(c);
}

void WebhookReceiver::Worker::process(Connection* c)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch(); // "when the last byte arrived", per read
    refreshSecret();
    bool completedAny = false;
    for (;;) {
        if (c->socket->bytesToWrite() + c->out.size() > kMaxPendingOutput) {
            c->paused = true; // resumed by bytesWritten
            break;
        }
        const HttpRequestParser::Status st = c->parser.next(&m_request);
        if (st == HttpRequestParser::Status::NeedMore)
            break;
        if (st == HttpRequestParser::Status::ContinueExpected) {
            WebhookRequestHandler::append100Continue(&c->out);
            continue;
        }
        if (st == HttpRequestParser::Status::Error) {
            const int status = c->parser.errorStatus();
            count(status == 413 ? RejectReason::BodyTooLarge : RejectReason::MalformedRequest);
            m_handler.appendErrorResponse(&c->out, status, c->parser.errorReason(), nowMs);
            writeOut(c);
            if (status == 413 && c->parser.undeliveredBodyBytes() > 0) {
                // Closing now, with body bytes still arriving, would make the kernel answer with
                // a reset that can destroy the 413 before the client reads it.
                c->phase = Connection::Phase::Draining;
                c->drainLeft = c->parser.undeliveredBodyBytes();
                c->deadline = mono() + qMax(m_config.requestTimeoutMs, kLingerMs);
            } else {
                closeAfterFlush(c);
            }
            return;
        }
        completedAny = true;
        WebhookRequestHandler::Outcome outcome;
        m_handler.handle(m_request, nowMs, &c->out, &outcome);
        switch (outcome.kind) {
        case WebhookRequestHandler::Kind::Event:
            m_owner->m_accepted.fetch_add(1, std::memory_order_relaxed);
            m_batch.append(std::move(outcome.event));
            break;
        case WebhookRequestHandler::Kind::Validation:
            m_owner->m_validations.fetch_add(1, std::memory_order_relaxed);
            m_batch.append(std::move(outcome.event));
            break;
        case WebhookRequestHandler::Kind::Rejected:
        case WebhookRequestHandler::Kind::Replayed:
            count(outcome.reason);
            break;
        }
        if (!m_request.keepAlive) {
            writeOut(c);
            closeAfterFlush(c);
            return;
        }
    }
    writeOut(c);

    if (c->parser.isIdle()) {
        // Only a completed request restarts the idle clock. Blank lines between requests are
        // consumed but are no progress: a client sending a bare CRLF every few seconds once kept
        // its connection forever, and enough of them locked Zoom out.
        if (completedAny) {
            c->phase = Connection::Phase::Idle;
            c->deadline = mono() + m_config.idleTimeoutMs;
        }
    } else if (c->phase == Connection::Phase::Idle || completedAny) {
        // A new request started: its clock starts now and more bytes do not extend it (slowloris).
        c->phase = Connection::Phase::Request;
        c->deadline = mono() + m_config.requestTimeoutMs;
    }

    if (m_batch.size() >= kBatchMaxEvents)
        flushBatch();
    else if (!m_batch.isEmpty() && !m_flushTimer->isActive())
        m_flushTimer->start();
}

void WebhookReceiver::Worker::sweep()
{
    const qint64 now = mono();
    QList<Connection*> expired;
    for (Connection* c : std::as_const(m_connections)) {
        if (!c->gone && now >= c->deadline)
            expired.append(c);
    }
    for (Connection* c : std::as_const(expired)) {
        if (c->gone)
            continue;
        switch (c->phase) {
        case Connection::Phase::Idle:
            closeAfterFlush(c); // keep-alive connection nobody uses: not an error
            break;
        case Connection::Phase::Request:
            count(RejectReason::Timeout);
            m_handler.appendErrorResponse(&c->out, 408, "request not completed in time",
                                          QDateTime::currentMSecsSinceEpoch());
            writeOut(c);
            closeAfterFlush(c);
            break;
        case Connection::Phase::Draining:
            closeAfterFlush(c);
            break;
        case Connection::Phase::Closing:
            drop(c); // the client never read its final response
            break;
        }
    }
}

void WebhookReceiver::Worker::flushBatch()
{
    if (m_flushTimer)
        m_flushTimer->stop();
    if (m_batch.isEmpty())
        return;
    MonitoredEventBatch batch;
    batch.swap(m_batch);
    // Room for a typical batch up front: growing a QList of MonitoredEvent moves every element.
    m_batch.reserve(256);
    // Emitted on the owner's thread: slots connected there run without locking, and the GUI
    // gets one queued call per batch instead of one per event.
    WebhookReceiver* owner = m_owner;
    QMetaObject::invokeMethod(
        owner,
        [owner, batch = std::move(batch)] { emit owner->eventsReceived(batch); }, Qt::QueuedConnection);
}

void WebhookReceiver::Worker::reportRejections()
{
    if (m_rejectTimer)
        m_rejectTimer->stop();
    if (m_pendingRejects.isEmpty())
        return;
    RejectCounts delta;
    std::swap(delta, m_pendingRejects);
    WebhookReceiver* owner = m_owner;
    QMetaObject::invokeMethod(
        owner, [owner, delta] { emit owner->rejectionsCounted(delta); }, Qt::QueuedConnection);
}

quint64 RejectCounts::total() const
{
    quint64 sum = 0;
    for (const quint64 n : byReason)
        sum += n;
    return sum;
}

// --- WebhookReceiver ---------------------------------------------------------------------------

WebhookReceiver::WebhookReceiver(QObject* parent) : EventSource(parent)
{
    qRegisterMetaType<MonitoredEventBatch>();
    qRegisterMetaType<RejectReason>();
    qRegisterMetaType<RejectCounts>();
}

WebhookReceiver::~WebhookReceiver()
{
    stopImpl(false);
}

void WebhookReceiver::setSecretToken(const QByteArray& secretToken)
{
    QMutexLocker lock(&m_secretMutex);
    m_secret = secretToken;
    m_secretGeneration.fetch_add(1, std::memory_order_release);
}

Error WebhookReceiver::start(const WebhookReceiverConfig& config)
{
    stopImpl(false);
    if (!config.path.startsWith(QLatin1Char('/')) || config.maxConnections < 1 || config.maxConnectionsPerPeer < 1
        || config.maxBodyBytes < 0) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("The webhook path must start with \"/\" (for example /webhook) and at least one "
                              "connection must be allowed. Check the monitor settings."),
                           QStringLiteral("path=%1 maxConnections=%2 maxConnectionsPerPeer=%3")
                               .arg(config.path)
                               .arg(config.maxConnections)
                               .arg(config.maxConnectionsPerPeer));
    }
    if (config.toleranceSec < 1 && !config.disableTimestampCheck) {
        // A tolerance of 0 once meant "no clock check", so a recorded request stayed valid forever.
        return Error::make(ErrorCode::InvalidInput,
                           tr("The timestamp tolerance must be at least 1 second (Zoom recommends 300). To accept "
                              "signed requests of any age, for example to replay old captures, switch the "
                              "timestamp check off explicitly."),
                           QStringLiteral("toleranceSec=%1").arg(config.toleranceSec));
    }
    m_config = config;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("webhook-receiver"));
    m_worker = new Worker(this, config);
    m_worker->moveToThread(m_thread);
    // Runs when the thread's event loop has ended, on that thread: the worker dies where it lived.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    Worker::ListenResult result;
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, &result] { result = worker->listen(); }, Qt::BlockingQueuedConnection);
    if (!result.ok) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_worker = nullptr;
        const QString where = hostPort(config.address, config.port);
        QString message;
        switch (result.error) {
        case QAbstractSocket::AddressInUseError:
            message = tr("Cannot receive webhooks on %1: the port is already in use. Choose another port in the "
                         "monitor settings, or stop the program that uses it.")
                          .arg(where);
            break;
        case QAbstractSocket::SocketAccessError:
            message = tr("Cannot receive webhooks on %1: permission denied. Ports below 1024 need administrator "
                         "rights; choose a port above 1024 in the monitor settings.")
                          .arg(where);
            break;
        case QAbstractSocket::SocketAddressNotAvailableError:
            message = tr("Cannot receive webhooks on %1: this computer has no such address. Choose 127.0.0.1 "
                         "(this computer only) or 0.0.0.0 (all networks) in the monitor settings.")
                          .arg(where);
            break;
        default:
            message = tr("Cannot receive webhooks on %1. Check the address and port in the monitor settings.")
                          .arg(where);
            break;
        }
        qCWarning(lcMonitor) << "webhook receiver: listen on" << where << "failed:" << result.errorString;
        return Error::make(ErrorCode::ListenFailed, message, where + QStringLiteral(": ") + result.errorString);
    }
    m_port = result.port;
    qCInfo(lcMonitor) << "webhook receiver listening on" << url().toString();
    emit stateChanged(State::Running, url().toString());
    return {};
}

void WebhookReceiver::stop()
{
    stopImpl(true);
}

void WebhookReceiver::stopImpl(bool announce)
{
    if (!m_thread)
        return;
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    m_port = 0;
    m_open.store(0, std::memory_order_relaxed);
    if (announce) {
        emit stateChanged(State::Stopped, QString());
        emit stopped();
    }
}

bool WebhookReceiver::isListening() const
{
    return m_thread != nullptr && m_port != 0;
}

quint16 WebhookReceiver::port() const
{
    return m_port;
}

QUrl WebhookReceiver::url() const
{
    // A wildcard address is not something to connect to; the loopback of the same family is.
    QHostAddress host = m_config.address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(host.toString());
    u.setPort(m_port);
    u.setPath(m_config.path);
    return u;
}

quint64 WebhookReceiver::acceptedCount() const
{
    return m_accepted.load(std::memory_order_relaxed);
}

quint64 WebhookReceiver::validationCount() const
{
    return m_validations.load(std::memory_order_relaxed);
}

quint64 WebhookReceiver::rejectedCount(RejectReason reason) const
{
    if (reason >= RejectReason::Count_)
        return 0;
    return m_rejected[size_t(reason)].load(std::memory_order_relaxed);
}

quint64 WebhookReceiver::rejectedTotal() const
{
    quint64 total = 0;
    for (const auto& n : m_rejected)
        total += n.load(std::memory_order_relaxed);
    return total;
}

int WebhookReceiver::openConnections() const
{
    return m_open.load(std::memory_order_relaxed);
}

} // namespace syncdesk
