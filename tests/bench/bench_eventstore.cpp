// Figures for the live monitor's engine: parse and ingest rate, memory for a million realistic
// webhook events, filter times, export rate, random access to raw bodies.
//   bench_eventstore [--events N] [--capacity N] [--distinct-users]
// --distinct-users: every event from a user never seen before (5g: memory must follow the capacity,
// not the number of users ever seen; e.g. --events 2500000 --capacity 1000000 --distinct-users).
// Realistic = what Zoom sends to a contact center's Presence Sync app: presence updates and phone
// call events (four per call, spread over minutes and interleaved), 2,000 users, every call with a
// new customer number, each event with the six headers of a webhook request (signature and ids
// random, as in life).

#include "monitor/EventExporter.h"
#include "monitor/EventStore.h"
#include "monitor/MonitoredEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QIODevice>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace syncdesk;

namespace {

constexpr int kUsers = 2000;
constexpr qint64 kT0 = 1700000000000;

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Discards what is written but counts it, so exports are timed without the disk.
class CountingDevice : public QIODevice
{
public:
    qint64 bytes = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 len) override
    {
        bytes += len;
        return len;
    }
};

class Generator
{
public:
    explicit Generator(quint32 seed) : m_rng(seed)
    {
        for (int i = 0; i < kUsers; ++i) {
            m_userIds.append(randomId(22));
            m_extensionIds.append(randomId(22)); // stable per extension, as Zoom's are
            m_deviceIds.append(randomId(16));
            m_emails.append(QByteArrayLiteral("agent") + QByteArray::number(i) +
                            "@contoso-support.example.com");
            m_names.append(QByteArrayLiteral("Agent ") + QByteArray::number(i) + " " + kLastNames[i % 8]);
        }
    }

    // The next event received at receivedAt. Calls unfold as in life, interleaved with everything
    // else: ringing now, answered 3–10 s later, both "ended" events 30 s–10 min later. (Generating a
    // call's four events back to back would flatter both compression and summary sharing.)
    RawEvent next(qint64 receivedAt)
    {
        if (!m_pending.empty() && m_pending.begin()->first <= receivedAt) {
            const Pending p = m_pending.begin()->second;
            m_pending.erase(m_pending.begin());
            return raw(phone(p.name, p.user, p.customer, p.callId, p.inbound, receivedAt - 60), receivedAt);
        }
        const int user = int(m_rng.bounded(kUsers));
        if (m_rng.bounded(2) == 0)
            return raw(presence(user, receivedAt - 40), receivedAt);
        const QByteArray customer = "+1555" + QByteArray::number(1000000 + m_rng.bounded(8999999));
        const QByteArray callId =
            QByteArray::number(7000000000000000000LL + qint64(m_rng.bounded(999999999)));
        const bool inbound = m_rng.bounded(3) != 0;
        const qint64 answered = receivedAt + 3000 + m_rng.bounded(7000);
        const qint64 ended = answered + 30000 + m_rng.bounded(570000);
        m_pending.insert({answered, {"phone.callee_answered", user, customer, callId, inbound}});
        m_pending.insert({ended, {"phone.caller_ended", user, customer, callId, inbound}});
        m_pending.insert({ended + 20, {"phone.callee_ended", user, customer, callId, inbound}});
        return raw(phone("phone.caller_connected", user, customer, callId, inbound, receivedAt - 60),
                   receivedAt);
    }

private:
    static constexpr const char* kLastNames[] = {"Smith", "Garcia", "Müller",   "Tanaka",
                                                 "Rossi", "Dubois", "Kowalski", "Silva"};

    QByteArray randomId(int n)
    {
        static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        QByteArray s(n, Qt::Uninitialized);
        for (char& c : s)
            c = alphabet[m_rng.bounded(64)];
        return s;
    }
    QByteArray randomHex(int n)
    {
        static const char hex[] = "0123456789abcdef";
        QByteArray s(n, Qt::Uninitialized);
        for (char& c : s)
            c = hex[m_rng.bounded(16)];
        return s;
    }

    QByteArray presence(int user, qint64 ts)
    {
        static const char* const statuses[] = {"Available",         "Away",          "Do_Not_Disturb",
                                               "In_Meeting",        "On_Phone_Call", "Presenting",
                                               "In_Calendar_Event", "Offline"};
        static const char* const apps[] = {"desktop", "mobile", "pad", "pzr"};
        const char* s = statuses[m_rng.bounded(8)];
        const QByteArray dt = QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC).toString(Qt::ISODate).toLatin1();
        return "{\"event\":\"user.presence_status_updated\",\"payload\":{\"account_id\":"
               "\"D8cJuqWVQ623CI4Q8yQK0Q\","
               "\"object\":{\"date_time\":\"" +
               dt + "\",\"email\":\"" + m_emails[user] + "\",\"id\":\"" + m_userIds[user] +
               "\",\"presence_status\":\"" + s + "\",\"app\":{\"type\":\"" + apps[m_rng.bounded(4)] +
               "\",\"presence_status\":\"" + s + "\"}}},\"event_ts\":" + QByteArray::number(ts) + "}";
    }

    QByteArray party(int user)
    {
        return "{\"extension_id\":\"" + m_extensionIds[user] +
               "\",\"extension_type\":\"user\",\"user_id\":\"" + m_userIds[user] + "\",\"name\":\"" +
               m_names[user] + "\",\"phone_number\":\"+1650555" + QByteArray::number(1000 + user) +
               "\",\"extension_number\":" + QByteArray::number(1000 + user) +
               ",\"timezone\":\"America/Los_Angeles\",\"device_type\":\"Windows_Client\",\"device_id\":\"" +
               m_deviceIds[user] + "\",\"connection_type\":\"voip\"}";
    }

    QByteArray phone(const char* name, int user, const QByteArray& customer, const QByteArray& callId,
                     bool inbound, qint64 ts)
    {
        const QByteArray external = "{\"name\":\"WIRELESS CALLER\",\"phone_number\":\"" + customer +
                                    "\",\"connection_type\":\"pstn_off_net\"}";
        const QByteArray internal = party(user);
        const QByteArray dt = QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC).toString(Qt::ISODate).toLatin1();
        QByteArray body =
            QByteArrayLiteral("{\"event\":\"") + name +
            "\",\"payload\":{\"account_id\":\"D8cJuqWVQ623CI4Q8yQK0Q\",\"object\":{\"call_id\":\"" + callId +
            "\",\"caller\":" + (inbound ? external : internal) +
            ",\"callee\":" + (inbound ? internal : external) + ",\"ringing_start_time\":\"" + dt + "\"";
        if (QByteArrayView(name).endsWith("ended"))
            body += ",\"answer_start_time\":\"" + dt + "\",\"call_end_time\":\"" + dt +
                    "\",\"handup_result\":\"Call connected\"";
        return body + "}},\"event_ts\":" + QByteArray::number(ts) + "}";
    }

    RawEvent raw(const QByteArray& body, qint64 receivedAt)
    {
        RawEvent r;
        r.source = EventSourceKind::Webhook;
        r.verification = Verification::SignatureValid;
        r.receivedAtMs = receivedAt;
        r.body = body;
        r.headers = {{"user-agent", "Zoom Marketplace/1.0a"},
                     {"content-type", "application/json; charset=utf-8"},
                     {"x-zm-request-timestamp", QByteArray::number(receivedAt / 1000)},
                     {"x-zm-signature", "v0=" + randomHex(64)},
                     {"x-zm-request-id", randomHex(8) + "_" + randomHex(4) + "_" + randomHex(4) + "_" +
                                             randomHex(4) + "_" + randomHex(12)},
                     {"traceparent", "00-" + randomHex(32) + "-" + randomHex(16) + "-01"}};
        return r;
    }

    struct Pending
    {
        const char* name;
        int user;
        QByteArray customer;
        QByteArray callId;
        bool inbound;
    };
    QRandomGenerator m_rng;
    std::multimap<qint64, Pending> m_pending;
    QList<QByteArray> m_userIds;
    QList<QByteArray> m_extensionIds;
    QList<QByteArray> m_deviceIds;
    QList<QByteArray> m_emails;
    QList<QByteArray> m_names;
};

template <typename F> void timeFilter(const EventStore& store, const char* label, F makeFilter)
{
    const EventFilter f = makeFilter();
    QList<double> ms;
    qsizetype hits = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        hits = store.filter(f).size();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("  filter %-34s %8lld hits   median %6.1f ms   max %6.1f ms\n", label, qlonglong(hits), ms[2],
                ms[4]);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 events = 1000000;
    qsizetype capacity = 1000000;
    const QStringList args = app.arguments();
    const bool distinctUsers = args.contains(QStringLiteral("--distinct-users"));
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--events")
            events = args[i + 1].toLongLong();
        else if (args[i] == u"--capacity")
            capacity = args[i + 1].toLongLong();
    }

    std::printf("bench_eventstore: %lld events, capacity %lld, %d threads\n", qlonglong(events),
                qlonglong(capacity), QThread::idealThreadCount());
    const long rssStart = rssKb();
    EventStore store(capacity);
    qsizetype appendedSignals = 0;
    QObject::connect(&store, &EventStore::appended, &store, [&](qsizetype) { ++appendedSignals; });

    Generator gen(42);
    QList<RawEvent> batch;
    qint64 received = kT0;
    qint64 done = 0;
    qint64 bodyBytes = 0;
    qint64 headerBytes = 0;
    qint64 parseNs = 0;
    qint64 ingestNs = 0;
    while (done < events) {
        batch.clear();
        // A busy contact center: 100 events/s, handed over in batches of 1000 (the receiver batches too).
        while (batch.size() < 1000 && done + batch.size() < events) {
            if (distinctUsers) {
                const QByteArray u = QByteArray::number(done + batch.size());
                RawEvent r = gen.next(received);
                r.body = R"({"event":"user.presence_status_updated","event_ts":)" + QByteArray::number(received) +
                         R"(,"payload":{"account_id":"AAAAAABBBB","object":{"date_time":"2024-01-01T10:00:00Z","email":"user)" +
                         u + R"(@example.com","id":"uid)" + u + R"(","display_name":"User )" + u +
                         R"(","presence_status":"Away"}}})";
                batch.append(r);
            } else {
                batch.append(gen.next(received));
            }
            received += 10;
        }
        QElapsedTimer t;
        t.start();
        qint64 parseOnly = 0;
        for (const RawEvent& r : batch) {
            QElapsedTimer p;
            p.start();
            const ZoomEvent parsed = ZoomEventParser::parse(r.body);
            parseOnly += p.nsecsElapsed();
            store.append(r, parsed);
            bodyBytes += r.body.size();
            for (const auto& [n, v] : r.headers)
                headerBytes += n.size() + v.size();
        }
        ingestNs += t.nsecsElapsed();
        parseNs += parseOnly;
        done += batch.size();
        // The batched signal: one emission per event-loop turn, however many events.
        QCoreApplication::processEvents();
    }
    batch = {};
    const long rssAfter = rssKb();
    std::printf("  avg body %lld bytes, avg headers %lld bytes (6 per event)\n", qlonglong(bodyBytes / done),
                qlonglong(headerBytes / done));
    std::printf("  parse   %.2f us/event (ZoomEventParser::parse)\n",
                double(parseNs) / 1000.0 / double(done));
    std::printf("  ingest  %.0f events/s (parse + append incl. block compression), %lld appended signals for "
                "%lld batches\n",
                double(done) / (double(ingestNs) / 1e9), qlonglong(appendedSignals),
                qlonglong((done + 999) / 1000));
    // RSS includes this program's own generator (~6 MB of calls in progress and user tables).
    std::printf(
        "  RSS     %.1f MB after %lld events (%.1f MB at start); store estimate %.1f MB; %zu-byte records\n",
        double(rssAfter) / 1024.0, qlonglong(store.size()), double(rssStart) / 1024.0,
        double(store.approximateMemoryBytes()) / 1048576.0, sizeof(EventRecord));
    const EventStore::StringStats strings = store.stringStats();
    std::printf("  interned strings: %lld live (%.1f MB UTF-16), %lld ids allocated\n", qlonglong(strings.count),
                double(strings.bytes) / 1048576.0, qlonglong(strings.allocated));

    timeFilter(store, "text \"agent1234@\" (e-mail)", [] {
        EventFilter f;
        f.text = QStringLiteral("agent1234@");
        return f;
    });
    timeFilter(store, "text \"+1555123\" (summaries)", [] {
        EventFilter f;
        f.text = QStringLiteral("+1555123");
        return f;
    });
    timeFilter(store, "text \"müller\" (non-ASCII)", [] {
        EventFilter f;
        f.text = QString::fromUtf8("müller");
        return f;
    });
    timeFilter(store, "text \"zzz-no-match\"", [] {
        EventFilter f;
        f.text = QStringLiteral("zzz-no-match");
        return f;
    });
    timeFilter(store, "type presence", [] {
        EventFilter f;
        f.types = {ZoomEventType::UserPresenceStatusUpdated};
        return f;
    });
    timeFilter(store, "type 2 phone types", [] {
        EventFilter f;
        f.types = {ZoomEventType::PhoneCallerConnected, ZoomEventType::PhoneCalleeEnded};
        return f;
    });
    timeFilter(store, "user (e-mail)", [] {
        EventFilter f;
        f.user = QStringLiteral("agent77@contoso-support.example.com");
        return f;
    });
    const qint64 mid = store.at(store.size() / 2).receivedAtMs;
    timeFilter(store, "time range (10 % of events)", [&] {
        EventFilter f;
        f.fromMs = mid;
        f.toMs = mid + (received - kT0) / 10;
        return f;
    });
    timeFilter(store, "user + type + text + time", [&] {
        EventFilter f;
        f.user = QStringLiteral("agent77@contoso-support.example.com");
        f.types = {ZoomEventType::UserPresenceStatusUpdated};
        f.text = QStringLiteral("away");
        f.fromMs = mid;
        return f;
    });

    // Random access, as the detail pane does it: each hit inflates one block.
    {
        QRandomGenerator rng(7);
        QElapsedTimer t;
        t.start();
        qint64 sink = 0;
        constexpr int n = 2000;
        for (int i = 0; i < n; ++i)
            sink += store.rawBody(store.at(qsizetype(rng.bounded(quint32(store.size())))).seq).size();
        std::printf("  rawBody random access %.0f us/event (%lld bytes)\n",
                    double(t.nsecsElapsed()) / 1000.0 / n, qlonglong(sink / n));
    }

    for (auto format : {ExportFormat::JsonLines, ExportFormat::Csv}) {
        CountingDevice out;
        out.open(QIODevice::WriteOnly);
        QElapsedTimer t;
        t.start();
        EventExporter(store).exportAll(&out, format);
        const double s = double(t.nsecsElapsed()) / 1e9;
        std::printf("  export %-10s %.0f events/s, %.0f MB/s (%.0f MB)\n",
                    format == ExportFormat::Csv ? "CSV" : "JSON Lines", double(store.size()) / s,
                    double(out.bytes) / 1048576.0 / s, double(out.bytes) / 1048576.0);
    }
    std::printf("  RSS     %.1f MB at the end\n", double(rssKb()) / 1024.0);
    return 0;
}
