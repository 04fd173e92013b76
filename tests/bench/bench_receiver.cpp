// Webhook receiver throughput and latency: a load generator that sends Zoom-like signed webhook
// requests (valid x-zm-signature, keep-alive, C connections, optional pipelining) to any URL and
// prints events/s and latency percentiles. Without --url it starts our WebhookReceiver in-process
// (on its own worker thread, as the app does) and also checks that every event was delivered.
//
//   bench_receiver [--url http://127.0.0.1:3000/webhook] [--secret S] [--events N] [--connections C]
//                  [--pipeline D] [--warmup W] [--label NAME]
//
// The last line is machine-readable ("RESULT label=… eps=… p50_us=…"); run-receiver-bench.sh
// parses it. Requests are built and signed before the clock starts, so the generator's own cost
// per request is a memcpy into the socket and a few bytes of response parsing.

#include "monitor/WebhookReceiver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

#include <sys/socket.h>
#include <unistd.h>

using namespace syncdesk;

namespace {

struct Options
{
    QUrl url;                 // empty: in-process WebhookReceiver
    QByteArray secret = QByteArrayLiteral("bench-secret-token-0123456789");
    int events = 100000;
    int connections = 16;
    int pipeline = 1;         // requests in flight per connection (1 = plain keep-alive)
    int warmup = 5000;
    QString label;
};

struct PhaseResult
{
    qint64 requests = 0;
    qint64 ok = 0;     // 2xx
    qint64 failed = 0; // other statuses
    qint64 connectionErrors = 0;
    double seconds = 0;
    std::vector<qint64> latencyNs;
};

// What Zoom sends a Presence Sync app most: user.presence_status_updated for ~2,000 users, with
// Zoom's usual request headers.
std::vector<QByteArray> buildRequests(const Options& o, const QUrl& url, int count, int offset)
{
    static const char* const statuses[] = {"Available", "Away", "Do_Not_Disturb", "In_Meeting",
                                           "On_Phone_Call", "Presenting", "Offline", "In_Calendar_Event"};
    static const char* const apps[] = {"desktop", "mobile", "pad", "pzr"};
    const QByteArray host = url.host().toUtf8() + ':' + QByteArray::number(url.port(80));
    const QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    QRandomGenerator rng(4242 + quint32(offset));
    std::vector<QByteArray> out;
    out.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const int n = offset + i;
        const int user = int(rng.bounded(2000));
        const char* status = statuses[rng.bounded(8)];
        const QByteArray body =
            QByteArrayLiteral("{\"event\":\"user.presence_status_updated\",\"event_ts\":") + QByteArray::number(t0 + n)
            + QByteArrayLiteral(",\"payload\":{\"account_id\":\"AcC0unt1dXyZ-q5\",\"object\":{\"id\":\"")
            + QByteArray("u") + QByteArray::number(user).rightJustified(6, '0') + QByteArray("-") + QByteArray::number(n)
            + QByteArrayLiteral("\",\"email\":\"user") + QByteArray::number(user)
            + QByteArrayLiteral("@example.com\",\"date_time\":\"2025-02-19T00:05:28Z\",\"presence_status\":\"") + status
            + QByteArrayLiteral("\",\"app\":{\"type\":\"") + apps[rng.bounded(4)]
            + QByteArrayLiteral("\",\"presence_status\":\"") + status + QByteArrayLiteral("\"}}}}");
        QByteArray req;
        req.reserve(body.size() + 600);
        req += "POST " + path + " HTTP/1.1\r\nhost: " + host
            + "\r\nuser-agent: Zoom Marketplace/1.0a\r\ncontent-type: application/json; charset=utf-8\r\n"
              "x-zm-request-timestamp: "
            + ts + "\r\nx-zm-signature: " + WebhookVerifier::sign(o.secret, ts, body)
            + "\r\nx-zm-request-id: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces).replace('-', '_')
            + "\r\ntraceparent: 00-" + QByteArray::number(rng.generate64(), 16).rightJustified(32, '0')
            + "-00f067aa0ba902b7-01\r\nx-zm-trackingid: v=2.0;clid=us06;rid=WEB_"
            + QByteArray::number(rng.generate(), 16) + "\r\naccept-encoding: gzip\r\ncontent-length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        out.push_back(std::move(req));
    }
    return out;
}

// Drives C keep-alive connections from one thread. Responses are parsed just enough to frame
// them (status line, Content-Length) so the generator stays cheap next to the server.
class LoadGenerator : public QObject
{
public:
    LoadGenerator(QUrl url, int connections, int pipeline)
        : m_url(std::move(url)), m_connections(connections), m_pipeline(pipeline)
    {
    }

    // Runs on the generator thread; calls done(result) there when every request was answered.
    void run(std::vector<QByteArray>* requests, std::function<void(PhaseResult)> done)
    {
        m_requests = requests;
        m_done = std::move(done);
        m_next = 0;
        m_result = PhaseResult{};
        m_result.latencyNs.reserve(requests->size());
        m_outstanding = qint64(requests->size());
        m_clock.start();
        if (m_conns.empty()) {
            for (int i = 0; i < m_connections; ++i)
                open();
        } else {
            for (auto& c : m_conns)
                pump(*c);
        }
    }

private:
    struct Conn
    {
        QTcpSocket* socket = nullptr;
        QByteArray in;
        qsizetype pos = 0;
        std::deque<qint64> sentAt; // ns, per request in flight
        QByteArray out;
    };

    void open()
    {
        auto c = std::make_unique<Conn>();
        Conn* raw = c.get();
        raw->socket = new QTcpSocket(this);
        raw->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        QObject::connect(raw->socket, &QTcpSocket::connected, this, [this, raw] { pump(*raw); });
        QObject::connect(raw->socket, &QTcpSocket::readyRead, this, [this, raw] { onReadable(*raw); });
        QObject::connect(raw->socket, &QTcpSocket::errorOccurred, this, [this, raw](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::RemoteHostClosedError && raw->sentAt.empty())
                return;
            ++m_result.connectionErrors;
            std::fprintf(stderr, "connection error: %s\n", qPrintable(raw->socket->errorString()));
            // What was in flight on this connection is lost: count it so the run still ends.
            m_result.failed += qint64(raw->sentAt.size());
            m_outstanding -= qint64(raw->sentAt.size());
            raw->sentAt.clear();
            finishIfDone();
        });
        raw->socket->connectToHost(m_url.host(), quint16(m_url.port(80)));
        m_conns.push_back(std::move(c));
    }

    void pump(Conn& c)
    {
        if (c.socket->state() != QAbstractSocket::ConnectedState)
            return;
        const qint64 now = m_clock.nsecsElapsed();
        while (qsizetype(c.sentAt.size()) < m_pipeline && m_next < qint64(m_requests->size())) {
            c.out += (*m_requests)[size_t(m_next++)];
            c.sentAt.push_back(now);
        }
        if (!c.out.isEmpty()) {
            // Straight to the descriptor while Qt has nothing queued: QTcpSocket::write() would
            // toggle the write notifier around the send, which costs the generator extra syscalls
            // per request (it must stay cheap next to the server it measures).
            qint64 sent = 0;
#if defined(MSG_NOSIGNAL)
            if (c.socket->bytesToWrite() == 0) {
                const ssize_t n = ::send(int(c.socket->socketDescriptor()), c.out.constData(), size_t(c.out.size()),
                                         MSG_NOSIGNAL);
                sent = n > 0 ? qint64(n) : 0;
            }
#endif
            if (sent < c.out.size())
                c.socket->write(c.out.constData() + sent, c.out.size() - sent);
            c.out.resize(0);
        }
    }

    void onReadable(Conn& c)
    {
        const qint64 incoming = c.socket->bytesAvailable();
        if (incoming > 0) {
            const qsizetype old = c.in.size();
            c.in.resize(old + qsizetype(incoming)); // keeps its capacity between reads: no allocation
            const qint64 got = c.socket->read(c.in.data() + old, incoming);
            c.in.resize(old + qsizetype(qMax<qint64>(0, got)));
        }
        const qint64 now = m_clock.nsecsElapsed();
        for (;;) {
            const char* d = c.in.constData() + c.pos;
            const qsizetype avail = c.in.size() - c.pos;
            const qsizetype headEnd = QByteArrayView(d, avail).indexOf("\r\n\r\n");
            if (headEnd < 0 || avail < 12)
                break;
            const int status = (d[9] - '0') * 100 + (d[10] - '0') * 10 + (d[11] - '0');
            qint64 length = 0;
            const QByteArrayView head(d, headEnd);
            qsizetype at = head.indexOf("ontent-Length:");
            if (at < 0)
                at = head.indexOf("ontent-length:");
            if (at >= 0) {
                qsizetype i = at + 14;
                while (i < head.size() && head[i] == ' ')
                    ++i;
                while (i < head.size() && head[i] >= '0' && head[i] <= '9')
                    length = length * 10 + (head[i++] - '0');
            }
            if (avail < headEnd + 4 + length)
                break;
            c.pos += headEnd + 4 + length;
            if (status == 100)
                continue;
            if (status >= 200 && status < 300)
                ++m_result.ok;
            else
                ++m_result.failed;
            if (!c.sentAt.empty()) {
                m_result.latencyNs.push_back(now - c.sentAt.front());
                c.sentAt.pop_front();
            }
            --m_outstanding;
        }
        if (c.pos == c.in.size()) {
            c.in.resize(0);
            c.pos = 0;
        }
        pump(c);
        finishIfDone();
    }

    void finishIfDone()
    {
        if (m_outstanding > 0 || !m_done)
            return;
        m_result.seconds = double(m_clock.nsecsElapsed()) / 1e9;
        m_result.requests = qint64(m_requests->size());
        auto done = std::move(m_done);
        m_done = nullptr;
        done(std::move(m_result));
    }

    QUrl m_url;
    int m_connections;
    int m_pipeline;
    std::vector<std::unique_ptr<Conn>> m_conns;
    std::vector<QByteArray>* m_requests = nullptr;
    std::function<void(PhaseResult)> m_done;
    qint64 m_next = 0;
    qint64 m_outstanding = 0;
    QElapsedTimer m_clock;
    PhaseResult m_result;
};

// CPU seconds used so far by each thread of this process, by thread name (Linux /proc; empty
// elsewhere). Shows which thread is the bottleneck: with 2 cores the generator, the receiver's
// worker and the owner thread compete for the same CPUs.
QMap<QString, double> threadCpuSeconds()
{
    QMap<QString, double> out;
    const long ticks = sysconf(_SC_CLK_TCK);
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        const qsizetype open = stat.indexOf('(');
        const qsizetype close = stat.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QString name = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        // Fields after the name: state(0) … utime(11) stime(12), in clock ticks.
        out[name] += double(fields[11].toLongLong() + fields[12].toLongLong()) / double(ticks);
    }
    return out;
}

double percentileUs(std::vector<qint64>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())));
    return double(sorted[i]) / 1000.0;
}

bool parseArgs(const QStringList& args, Options* o)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const QString v = i + 1 < args.size() ? args[i + 1] : QString();
        auto num = [&](int* out) {
            bool ok = false;
            *out = v.toInt(&ok);
            ++i;
            return ok && *out > 0;
        };
        if (a == QLatin1String("--url")) {
            o->url = QUrl(v);
            ++i;
        } else if (a == QLatin1String("--secret")) {
            o->secret = v.toUtf8();
            ++i;
        } else if (a == QLatin1String("--label")) {
            o->label = v;
            ++i;
        } else if (a == QLatin1String("--events")) {
            if (!num(&o->events))
                return false;
        } else if (a == QLatin1String("--connections")) {
            if (!num(&o->connections))
                return false;
        } else if (a == QLatin1String("--pipeline")) {
            if (!num(&o->pipeline))
                return false;
        } else if (a == QLatin1String("--warmup")) {
            bool ok = false;
            o->warmup = v.toInt(&ok);
            ++i;
            if (!ok || o->warmup < 0)
                return false;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    if (!parseArgs(app.arguments(), &o)) {
        std::fprintf(stderr,
                     "usage: bench_receiver [--url URL] [--secret S] [--events N] [--connections C] "
                     "[--pipeline D] [--warmup W] [--label NAME]\n");
        return 2;
    }

    // In-process receiver unless a URL was given: it runs on its own worker thread, and this
    // (main) thread plays the GUI thread that receives the batches.
    std::unique_ptr<WebhookReceiver> receiver;
    std::atomic<qint64> delivered{0};
    qint64 batches = 0;
    if (o.url.isEmpty()) {
        receiver = std::make_unique<WebhookReceiver>();
        receiver->setSecretToken(o.secret);
        QObject::connect(receiver.get(), &WebhookReceiver::eventsReceived, &app,
                         [&](const MonitoredEventBatch& b) {
                             delivered += b.size();
                             ++batches;
                         });
        WebhookReceiverConfig cfg;
        cfg.maxConnections = qMax(256, o.connections * 2);
        cfg.maxConnectionsPerPeer = cfg.maxConnections; // the whole load comes from 127.0.0.1
        const Error e = receiver->start(cfg);
        if (!e.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(e.describe()));
            return 1;
        }
        o.url = receiver->url();
        if (o.label.isEmpty())
            o.label = QStringLiteral("syncdesk");
    }
    if (o.label.isEmpty())
        o.label = o.url.toString();

    std::printf("target %s, %d events, %d connections, pipeline %d, warmup %d\n", qPrintable(o.url.toString()),
                o.events, o.connections, o.pipeline, o.warmup);
    QElapsedTimer prep;
    prep.start();
    std::vector<QByteArray> warm = buildRequests(o, o.url, o.warmup, 0);
    std::vector<QByteArray> load = buildRequests(o, o.url, o.events, o.warmup);
    qint64 bytes = 0;
    for (const auto& r : load)
        bytes += r.size();
    std::printf("built and signed %zu requests (avg %lld bytes) in %lld ms\n", load.size(),
                static_cast<long long>(bytes / qMax<qint64>(1, qint64(load.size()))),
                static_cast<long long>(prep.elapsed()));

    QThread genThread;
    genThread.setObjectName(QStringLiteral("load-generator"));
    auto* gen = new LoadGenerator(o.url, o.connections, o.pipeline);
    gen->moveToThread(&genThread);
    QObject::connect(&genThread, &QThread::finished, gen, &QObject::deleteLater);
    genThread.start();

    auto runPhase = [&](std::vector<QByteArray>* reqs) {
        PhaseResult result;
        QEventLoop loop;
        QMetaObject::invokeMethod(gen, [&, reqs] {
            gen->run(reqs, [&](PhaseResult r) {
                result = std::move(r);
                QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
            });
        });
        loop.exec();
        return result;
    };

    if (!warm.empty()) {
        const PhaseResult w = runPhase(&warm);
        // Let the warm-up's last batches arrive so they are not counted in the measured run.
        QElapsedTimer settle;
        settle.start();
        while (receiver && delivered < w.ok && settle.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const qint64 deliveredBefore = delivered;
    const qint64 batchesBefore = batches;
    const QMap<QString, double> cpuBefore = threadCpuSeconds();
    PhaseResult r = runPhase(&load);
    const QMap<QString, double> cpuAfter = threadCpuSeconds();

    // In-process: every answered event must also reach the owner thread exactly once.
    qint64 deliveredNow = 0;
    double deliveryLagMs = 0;
    if (receiver) {
        QElapsedTimer lag;
        lag.start();
        while (delivered - deliveredBefore < r.ok && lag.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        deliveryLagMs = double(lag.nsecsElapsed()) / 1e6;
        deliveredNow = delivered - deliveredBefore;
    }

    QMetaObject::invokeMethod(gen, [] { QThread::currentThread()->quit(); });
    genThread.wait();

    std::sort(r.latencyNs.begin(), r.latencyNs.end());
    const double eps = double(r.ok) / r.seconds;
    const double p50 = percentileUs(r.latencyNs, 50);
    const double p90 = percentileUs(r.latencyNs, 90);
    const double p99 = percentileUs(r.latencyNs, 99);
    const double pmax = r.latencyNs.empty() ? 0 : double(r.latencyNs.back()) / 1000.0;
    std::printf("%s: %lld requests in %.3f s = %.0f events/s; 2xx %lld, other %lld, connection errors %lld\n",
                qPrintable(o.label), static_cast<long long>(r.requests), r.seconds, eps,
                static_cast<long long>(r.ok), static_cast<long long>(r.failed),
                static_cast<long long>(r.connectionErrors));
    std::printf("latency (send to response): p50 %.0f us, p90 %.0f us, p99 %.0f us, max %.0f us\n", p50, p90, p99,
                pmax);
    QStringList cpu;
    for (auto it = cpuAfter.cbegin(); it != cpuAfter.cend(); ++it) {
        const double used = it.value() - cpuBefore.value(it.key());
        if (used >= 0.01)
            cpu << QStringLiteral("%1 %2% (%3 us/event)")
                       .arg(it.key())
                       .arg(qRound(100.0 * used / r.seconds))
                       .arg(1e6 * used / double(qMax<qint64>(1, r.ok)), 0, 'f', 1);
    }
    if (!cpu.isEmpty())
        std::printf("CPU during the run (100%% = one core): %s\n", qPrintable(cpu.join(QStringLiteral(", "))));
    bool deliveredAll = true;
    if (receiver) {
        deliveredAll = deliveredNow == r.ok;
        std::printf("delivered to the owner thread: %lld of %lld in %lld batches (last one %.1f ms after the "
                    "last response); receiver counters: accepted %llu, rejected %llu\n",
                    static_cast<long long>(deliveredNow), static_cast<long long>(r.ok),
                    static_cast<long long>(batches - batchesBefore), deliveryLagMs,
                    static_cast<unsigned long long>(receiver->acceptedCount()),
                    static_cast<unsigned long long>(receiver->rejectedTotal()));
        receiver->stop();
    }
    std::printf("RESULT label=%s events=%lld seconds=%.4f eps=%.0f p50_us=%.0f p90_us=%.0f p99_us=%.0f max_us=%.0f "
                "errors=%lld delivered=%s\n",
                qPrintable(o.label), static_cast<long long>(r.ok), r.seconds, eps, p50, p90, p99, pmax,
                static_cast<long long>(r.failed + r.connectionErrors),
                receiver ? (deliveredAll ? "all" : "MISSING") : "n/a");
    std::fflush(stdout);
    return (r.failed == 0 && r.connectionErrors == 0 && deliveredAll) ? 0 : 1;
}
