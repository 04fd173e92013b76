// simdjson against QJsonDocument for the receiver's per-event work on realistic webhook bodies:
// validate the whole body, then read the event name, payload.plainToken and the ZoomEvent fields
// (user id, e-mail, name, presence, call parties, account, event_ts).
//   bench_json_parse [--iterations N]
// The bodies are the fuzz corpus's Zoom events (tests/fuzz/corpus/fuzz_event_parser): presence,
// phone call events with nested caller/callee objects, user updates with settings diffs, contact
// center, URL validation, a pretty-printed one; plus three in the exact shape the sandbox's event
// simulator sends (core/sandbox/SandboxEventSimulator.cpp: full caller/callee parties, ~700 bytes),
// which is what a Presence Sync contact center mostly receives. The project keeps the faster of the two in
// ZoomEventParser::parse (core/zoom/ZoomEvent.cpp); the QJsonDocument path here does the same
// work through ZoomEventParser::parse(QJsonObject), so only the JSON reader differs.

#include "common/SimdJson.h"
#include "zoom/ZoomEvent.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace syncdesk;

namespace {

const char* const kSimulated[] = {
    R"J({"event":"phone.caller_connected","event_ts":1732982400123,"payload":{"account_id":"sbxAcct0001","object":{"call_id":"7449312345678901234","caller":{"extension_id":"ext_6Bq2kLm9","extension_type":"user","user_id":"sbxUser0042","name":"Mika Tanaka","phone_number":"+4930123456042","extension_number":1042,"timezone":"Europe/Berlin","device_type":"MAC_Client(6.2.3.40682)","device_id":"dev_b7f2e9a1c3d4","connection_type":"voip"},"callee":{"name":"Jordan Miller","phone_number":"+14155550123","connection_type":"pstn_off_net"},"ringing_start_time":"2024-11-30T16:00:00Z","connected_start_time":"2024-11-30T16:00:00Z"}}})J",
    R"J({"event":"phone.callee_answered","event_ts":1732982405123,"payload":{"account_id":"sbxAcct0001","object":{"call_id":"7449312345678901235","caller":{"name":"Jordan Miller","phone_number":"+14155550123","connection_type":"pstn_off_net"},"callee":{"extension_id":"ext_9Zx1pQr7","extension_type":"user","user_id":"sbxUser0007","name":"Lena Schmidt","phone_number":"+4930123456007","extension_number":1007,"timezone":"Europe/Berlin","device_type":"iOS","device_id":"dev_a1b2c3d4e5f6","device_name":"Zoom Mobile","connection_type":"voip"},"ringing_start_time":"2024-11-30T16:00:00Z","answer_start_time":"2024-11-30T16:00:05Z"}}})J",
    R"J({"event":"user.presence_status_updated","event_ts":1732982410123,"payload":{"account_id":"sbxAcct0001","object":{"date_time":"2024-11-30T16:00:10Z","email":"lena.schmidt@sandbox.example.com","id":"sbxUser0007","presence_status":"Do_Not_Disturb","app":{"type":"desktop","presence_status":"Do_Not_Disturb"}}}})J",
};

QList<QByteArray> loadBodies()
{
    QList<QByteArray> bodies;
    for (const char* s : kSimulated)
        bodies.append(QByteArray(s));
    const QDir dir(QStringLiteral(SYNCDESK_SOURCE_DIR "/tests/fuzz/corpus/fuzz_event_parser"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray body = f.readAll();
        // Only what the receiver accepts (a JSON object): rejects cost nothing in either reader.
        if (QJsonDocument::fromJson(body).isObject())
            bodies.append(body);
    }
    return bodies;
}

// What the receiver does per accepted body with Qt's reader: one parse, then the same extraction.
qsizetype viaQt(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return -1;
    const QJsonObject root = doc.object();
    const ZoomEvent e = ZoomEventParser::parse(root);
    qsizetype n = e.userId.size() + e.summary.size();
    if (e.name == QLatin1StringView("endpoint.url_validation"))
        n += e.plainToken.size();
    return n;
}

qsizetype viaSimdjson(const QByteArray& body)
{
    const ZoomEvent e = ZoomEventParser::parse(body);
    if (!e.jsonObject)
        return -1;
    qsizetype n = e.userId.size() + e.summary.size();
    if (e.name == QLatin1StringView("endpoint.url_validation"))
        n += e.plainToken.size();
    return n;
}

template <typename F> double nsPerEvent(const QList<QByteArray>& bodies, int iterations, F f, qsizetype* sink)
{
    for (const QByteArray& b : bodies) // warm-up
        *sink += f(b);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < iterations; ++i) {
        for (const QByteArray& b : bodies)
            *sink += f(b);
    }
    return double(t.nsecsElapsed()) / double(qint64(iterations) * bodies.size());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int iterations = 20000;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--iterations"));
    if (at > 0 && at + 1 < args.size())
        iterations = std::max(1, args.at(at + 1).toInt());

    const QList<QByteArray> bodies = loadBodies();
    if (bodies.isEmpty()) {
        std::fprintf(stderr, "no bodies found\n");
        return 1;
    }
    qint64 bytes = 0;
    for (const QByteArray& b : bodies)
        bytes += b.size();
    std::printf("%lld bodies, %lld bytes on average, %d iterations\n", qlonglong(bodies.size()),
                qlonglong(bytes / bodies.size()), iterations);
    // Both readers must agree on what they extract, or the comparison means nothing.
    for (const QByteArray& b : bodies) {
        if (viaQt(b) != viaSimdjson(b))
            std::fprintf(stderr, "readers disagree on: %.80s\n", b.constData());
    }
    qsizetype sink = 0;
    for (int round = 0; round < 2; ++round) {
        const double qt = nsPerEvent(bodies, iterations, viaQt, &sink);
        const double simd = nsPerEvent(bodies, iterations, viaSimdjson, &sink);
        std::printf("  QJsonDocument + extraction: %7.0f ns/event (%.0f k events/s on one core)\n", qt, 1e6 / qt);
        std::printf("  simdjson DOM + extraction:  %7.0f ns/event (%.0f k events/s on one core)  %.2fx\n", simd,
                    1e6 / simd, qt / simd);
    }
    return sink == 42 ? 2 : 0;
}
