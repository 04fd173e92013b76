#include "monitor/EventStore.h"
#include "monitor/HttpRequestParser.h"
#include "monitor/MonitorPipeline.h"
#include "monitor/WebhookReceiver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace syncdesk;

// Everything here talks to the receiver over real loopback sockets. The receiver answers from its
// own worker thread, so the blocking client calls below do not need this thread's event loop;
// eventsReceived, however, is queued to this thread and arrives when the tests spin it (QTRY_*).
namespace {

const QByteArray kSecret = QByteArrayLiteral("whsec-Test-Token-1234");

struct Response
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lowercased
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first == name)
                return h.second;
        }
        return {};
    }
};

// Takes one complete response off the front of buf (Content-Length framing; 1xx/204 have no body).
bool takeResponse(QByteArray& buf, Response* r)
{
    const qsizetype headEnd = buf.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = buf.left(headEnd).split('\n');
    Response out;
    const QByteArray statusLine = lines.first().trimmed();
    if (!statusLine.startsWith("HTTP/1.1 "))
        return false;
    out.status = statusLine.mid(9, 3).toInt();
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        out.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
    }
    if (buf.size() < headEnd + 4 + length)
        return false;
    out.body = buf.mid(headEnd + 4, length);
    buf.remove(0, headEnd + 4 + length);
    *r = out;
    return true;
}

class Client
{
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return m_socket.waitForConnected(5000);
    }
    // From another loopback address (all of 127.0.0.0/8 is local on Linux): a different peer.
    bool connectFrom(const QHostAddress& local, quint16 port)
    {
        if (!m_socket.bind(local))
            return false;
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return m_socket.waitForConnected(5000);
    }
    void send(const QByteArray& bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    std::optional<Response> read(int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        Response r;
        while (!takeResponse(m_buf, &r)) {
            if (t.elapsed() > timeoutMs)
                return std::nullopt;
            if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0)
                return std::nullopt;
            m_socket.waitForReadyRead(20);
            m_buf += m_socket.readAll();
        }
        return r;
    }
    // True when the server closed the connection within timeoutMs (any unread response is kept).
    bool waitClosed(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState) {
            if (t.elapsed() > timeoutMs)
                return false;
            m_socket.waitForReadyRead(20);
            m_buf += m_socket.readAll();
        }
        m_buf += m_socket.readAll();
        return true;
    }
    QTcpSocket& socket() { return m_socket; }
    QByteArray& buffer() { return m_buf; }

private:
    QTcpSocket m_socket;
    QByteArray m_buf;
};

int statusOf(const std::optional<Response>& r)
{
    return r ? r->status : -1;
}

qint64 nowSec()
{
    return QDateTime::currentSecsSinceEpoch();
}

QByteArray presenceBody(const QString& userId, const QString& status = QStringLiteral("Available"))
{
    return QStringLiteral(R"({"event":"user.presence_status_updated","event_ts":%1,"payload":{"account_id":"AcC0unt1d","object":{"id":"%2","email":"%2@example.com","date_time":"2025-02-19T00:05:28Z","presence_status":"%3","app":{"type":"desktop","presence_status":"%3"}}}})")
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(userId, status)
        .toUtf8();
}

// A request as Zoom sends it; signature and timestamp may be overridden (nullopt = omit).
struct Req
{
    QByteArray method = QByteArrayLiteral("POST");
    QByteArray path = QByteArrayLiteral("/webhook");
    QByteArray body;
    std::optional<QByteArray> timestamp;
    std::optional<QByteArray> signature;
    QByteArray extraHeaders; // raw lines, each ending in \r\n
    QByteArray secret = kSecret;
    bool sign = true;

    QByteArray bytes() const
    {
        const QByteArray ts = timestamp.value_or(QByteArray::number(nowSec()));
        QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: Zoom Marketplace/1.0a\r\n"
                                              "Content-Type: application/json; charset=utf-8\r\n";
        if (sign || timestamp)
            out += "x-zm-request-timestamp: " + ts + "\r\n";
        if (signature)
            out += "x-zm-signature: " + *signature + "\r\n";
        else if (sign)
            out += "x-zm-signature: " + WebhookVerifier::sign(secret, ts, body) + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
        return out;
    }
};

QByteArray signedRequest(const QByteArray& body)
{
    Req r;
    r.body = body;
    return r.bytes();
}

QString jsonId(const QByteArray& body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QLatin1String("payload"))
        .toObject()
        .value(QLatin1String("object"))
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

} // namespace

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

    std::unique_ptr<WebhookReceiver> m_rx;
    MonitoredEventBatch m_events;
    QList<RejectReason> m_rejections;
    int m_rejectReports = 0;
    int m_batches = 0;

    WebhookReceiverConfig baseConfig() const
    {
        WebhookReceiverConfig c;
        c.address = QHostAddress::LocalHost;
        c.port = 0;
        return c;
    }

    bool startWith(const WebhookReceiverConfig& config)
    {
        m_rx = std::make_unique<WebhookReceiver>();
        m_rx->setSecretToken(kSecret);
        connect(m_rx.get(), &WebhookReceiver::eventsReceived, this, [this](const MonitoredEventBatch& b) {
            m_events += b;
            ++m_batches;
        });
        connect(m_rx.get(), &WebhookReceiver::rejectionsCounted, this, [this](const RejectCounts& delta) {
            ++m_rejectReports;
            for (size_t i = 0; i < delta.byReason.size(); ++i) {
                for (quint64 n = 0; n < delta.byReason[i]; ++n)
                    m_rejections.append(RejectReason(i));
            }
        });
        const Error e = m_rx->start(config);
        if (!e.ok())
            qWarning() << e.describe();
        return e.ok() && m_rx->isListening() && m_rx->port() != 0;
    }

    Response roundTrip(const QByteArray& request)
    {
        Client c;
        if (!c.connectTo(m_rx->port()))
            return {};
        c.send(request);
        return c.read().value_or(Response{});
    }

    // The counter of `reason` moved by exactly one and no other counter moved.
    bool onlyCounted(RejectReason reason, const std::array<quint64, size_t(RejectReason::Count_)>& before) const
    {
        for (size_t i = 0; i < before.size(); ++i) {
            const quint64 expected = before[i] + (RejectReason(i) == reason ? 1 : 0);
            if (m_rx->rejectedCount(RejectReason(i)) != expected) {
                qWarning() << "counter" << rejectReasonName(RejectReason(i)) << "is"
                           << m_rx->rejectedCount(RejectReason(i)) << "expected" << expected;
                return false;
            }
        }
        return true;
    }
    std::array<quint64, size_t(RejectReason::Count_)> snapshot() const
    {
        std::array<quint64, size_t(RejectReason::Count_)> a{};
        for (size_t i = 0; i < a.size(); ++i)
            a[i] = m_rx->rejectedCount(RejectReason(i));
        return a;
    }

private slots:
    void init()
    {
        m_events.clear();
        m_rejections.clear();
        m_rejectReports = 0;
        m_batches = 0;
    }
    void cleanup()
    {
        m_rx.reset();
    }

    void urlValidationIsAnsweredByteExact()
    {
        QVERIFY(startWith(baseConfig()));
        const QByteArray body = QByteArrayLiteral(
            R"({"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849680,"event":"endpoint.url_validation"})");
        QElapsedTimer t;
        t.start();
        const Response r = roundTrip(signedRequest(body));
        QVERIFY2(t.elapsed() < 1000, "Zoom gives the CRC answer 3 s; it must come back at once");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArrayLiteral("application/json"));
        // encryptedToken from: printf '%s' qgg8vlvZRS6UYooatFL8Aw | openssl dgst -sha256 -hmac whsec-Test-Token-1234
        QCOMPARE(r.body, QByteArrayLiteral(R"({"plainToken":"qgg8vlvZRS6UYooatFL8Aw","encryptedToken":"ccfd678245a3bf66c3dbcc9769139ac251c8776c497c8175e670b327c46cee29"})"));
        QCOMPARE(m_rx->validationCount(), quint64(1));
        QCOMPARE(m_rx->acceptedCount(), quint64(0));
        QTRY_COMPARE(m_events.size(), 1);
        QCOMPARE(m_events.first().parsed.type, ZoomEventType::EndpointUrlValidation);
        QCOMPARE(m_events.first().parsed.plainToken, QStringLiteral("qgg8vlvZRS6UYooatFL8Aw"));
        QCOMPARE(m_events.first().raw.body, body);
        QCOMPARE(m_events.first().raw.source, EventSourceKind::Webhook);
        QCOMPARE(m_events.first().raw.verification, Verification::SignatureValid);
    }

    void urlValidationEscapesThePlainToken()
    {
        QVERIFY(startWith(baseConfig()));
        const QByteArray body = QByteArrayLiteral(
            "{\"event\":\"endpoint.url_validation\",\"payload\":{\"plainToken\":\"a\\\"b\\\\c\\u00e9\\u0001\\n\"}}");
        const Response r = roundTrip(signedRequest(body));
        QCOMPARE(r.status, 200);
        // RFC 8259: control characters only as escapes (Qt's parser would accept them raw).
        for (const char c : r.body)
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20, r.body.constData());
        QVERIFY(r.body.contains("\\u0001\\u000a"));
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QString token = QStringLiteral("a\"b\\c\u00e9\u0001\n");
        QCOMPARE(o.value(QLatin1String("plainToken")).toString(), token);
        QCOMPARE(o.value(QLatin1String("encryptedToken")).toString().toLatin1(),
                 WebhookVerifier::encryptedToken(kSecret, token.toUtf8()));
    }

    void urlValidationMustBeSignedToo()
    {
        QVERIFY(startWith(baseConfig()));
        Req unsignedReq;
        unsignedReq.body = QByteArrayLiteral(R"({"event":"endpoint.url_validation","payload":{"plainToken":"x"}})");
        unsignedReq.sign = false;
        QCOMPARE(roundTrip(unsignedReq.bytes()).status, 401);
        Req wrongSecret = unsignedReq;
        wrongSecret.sign = true;
        wrongSecret.secret = "not-the-secret";
        const Response r = roundTrip(wrongSecret.bytes());
        QCOMPARE(r.status, 401);
        QVERIFY(!r.body.contains("encryptedToken"));
        QCOMPARE(m_rx->validationCount(), quint64(0));
        QCOMPARE(m_rx->rejectedCount(RejectReason::MissingSignature), quint64(1));
        QCOMPARE(m_rx->rejectedCount(RejectReason::BadSignature), quint64(1));
    }

    void openSslSignedRequestIsAccepted()
    {
        // Signature computed outside Qt (openssl dgst, see tst_webhookverifier); the clock check is
        // switched off explicitly so the fixed 2025 timestamp is not stale.
        auto cfg = baseConfig();
        cfg.disableTimestampCheck = true;
        QVERIFY(startWith(cfg));
        Req r;
        r.body = QByteArrayLiteral(
            R"({"event":"user.presence_status_updated","event_ts":1739923528000,"payload":{"account_id":"AAA","object":{"id":"u1","presence_status":"Available"}}})");
        r.timestamp = QByteArrayLiteral("1739923528");
        r.signature = QByteArrayLiteral("v0=afc5516000fee19745693996ed592299d1c0c82e2d0dcbfbc961370b829ea2c8");
        QCOMPARE(roundTrip(r.bytes()).status, 204);
        r.signature = QByteArrayLiteral("v0=afc5516000fee19745693996ed592299d1c0c82e2d0dcbfbc961370b829ea2c9");
        QCOMPARE(roundTrip(r.bytes()).status, 401);
    }

    void eventIsDeliveredWithRawBytesAndLowercasedHeaders()
    {
        QVERIFY(startWith(baseConfig()));
        const QByteArray body = presenceBody(QStringLiteral("user-1"), QStringLiteral("Do_Not_Disturb"));
        Req req;
        req.body = body;
        req.extraHeaders = "X-Zm-Request-Id: 6009d653_d487\r\nTraceParent: 00-abc\r\n";
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Response r = roundTrip(req.bytes());
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QVERIFY(!r.header("date").isEmpty());
        QTRY_COMPARE(m_events.size(), 1);
        const MonitoredEvent& e = m_events.first();
        QCOMPARE(e.raw.body, body);
        QCOMPARE(e.raw.source, EventSourceKind::Webhook);
        QCOMPARE(e.raw.verification, Verification::SignatureValid);
        QVERIFY(e.raw.receivedAtMs >= before && e.raw.receivedAtMs <= QDateTime::currentMSecsSinceEpoch());
        bool sawRequestId = false;
        bool sawTraceparent = false;
        for (const auto& h : e.raw.headers) {
            QCOMPARE(h.first, h.first.toLower());
            if (h.first == "x-zm-request-id") {
                sawRequestId = true;
                QCOMPARE(h.second, QByteArrayLiteral("6009d653_d487"));
            }
            sawTraceparent |= h.first == "traceparent";
        }
        QVERIFY(sawRequestId);
        QVERIFY(sawTraceparent);
        QCOMPARE(e.parsed.type, ZoomEventType::UserPresenceStatusUpdated);
        QCOMPARE(e.parsed.userId, QStringLiteral("user-1"));
        QCOMPARE(e.parsed.presence, PresenceState::DoNotDisturb);
        QCOMPARE(m_rx->acceptedCount(), quint64(1));
        QCOMPARE(m_rx->rejectedTotal(), quint64(0));
    }

    void rawBytesAreVerifiedNotReserialised()
    {
        QVERIFY(startWith(baseConfig()));
        // Pretty-printed, signed as sent: accepted, and delivered byte for byte.
        const QByteArray pretty = QByteArrayLiteral(
            "{\n  \"event\": \"user.presence_status_updated\",\n  \"event_ts\": 1739923528000,\n"
            "  \"payload\": {\n    \"account_id\": \"AAA\",\n    \"object\": {\n      \"id\": \"pretty\",\n"
            "      \"presence_status\": \"Away\"\n    }\n  }\n}\n");
        QCOMPARE(roundTrip(signedRequest(pretty)).status, 204);
        // \u-escapes and a slash escape, signed as sent: a re-serialiser would write "é" and "/".
        const QByteArray escaped = QByteArrayLiteral(
            "{\"event\":\"user.updated\",\"payload\":{\"object\":{\"id\":\"esc\",\"first_name\":\"Ren\\u00e9e\","
            "\"dept\":\"R\\/D \\u65e5\\u672c\"}}}");
        QCOMPARE(roundTrip(signedRequest(escaped)).status, 204);
        QTRY_COMPARE(m_events.size(), 2);
        QCOMPARE(m_events[0].raw.body, pretty);
        QCOMPARE(m_events[1].raw.body, escaped);

        // The same JSON, signed over its compact re-serialisation but sent pretty: rejected.
        const QByteArray compact = QJsonDocument::fromJson(pretty).toJson(QJsonDocument::Compact);
        QVERIFY(compact != pretty);
        Req r;
        r.body = pretty;
        r.timestamp = QByteArray::number(nowSec());
        r.signature = WebhookVerifier::sign(kSecret, *r.timestamp, compact);
        QCOMPARE(roundTrip(r.bytes()).status, 401);
        // And the escaped one signed over its decoded form.
        const QByteArray decoded = QJsonDocument::fromJson(escaped).toJson(QJsonDocument::Compact);
        QVERIFY(decoded != escaped);
        r.body = escaped;
        r.signature = WebhookVerifier::sign(kSecret, *r.timestamp, decoded);
        QCOMPARE(roundTrip(r.bytes()).status, 401);
        QCOMPARE(m_rx->rejectedCount(RejectReason::BadSignature), quint64(2));
        QCOMPARE(m_rx->acceptedCount(), quint64(2));
    }

    void everyRejectionHasItsStatusAndCounter_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("reason");
        QTest::addColumn<bool>("closes");
        const QByteArray body = presenceBody(QStringLiteral("u"));
        const QByteArray ts = QByteArray::number(nowSec());
        const QByteArray goodSig = WebhookVerifier::sign(kSecret, ts, body);
        auto make = [&](auto tweak) {
            Req r;
            r.body = body;
            r.timestamp = ts;
            r.signature = goodSig;
            tweak(r);
            return r.bytes();
        };
        QTest::newRow("missing signature") << make([](Req& r) { r.signature.reset(); r.sign = false; }) << 401
                                           << int(RejectReason::MissingSignature) << false;
        QTest::newRow("malformed signature") << make([](Req& r) { r.signature = "sha256=abc"; }) << 401
                                             << int(RejectReason::MalformedSignature) << false;
        QTest::newRow("bad signature") << make([&](Req& r) { r.signature = WebhookVerifier::sign("x", ts, body); })
                                       << 401 << int(RejectReason::BadSignature) << false;
        QTest::newRow("missing timestamp")
            << QByteArray(make([](Req&) {})).replace("x-zm-request-timestamp", "x-zm-other") << 401
            << int(RejectReason::MissingTimestamp) << false;
        QTest::newRow("malformed timestamp") << make([&](Req& r) {
            r.timestamp = "yesterday";
            r.signature = WebhookVerifier::sign(kSecret, "yesterday", body);
        }) << 401 << int(RejectReason::MalformedTimestamp)
                                             << false;
        QTest::newRow("stale timestamp") << make([&](Req& r) {
            r.timestamp = QByteArray::number(nowSec() - 3600);
            r.signature = WebhookVerifier::sign(kSecret, *r.timestamp, body);
        }) << 401 << int(RejectReason::StaleTimestamp)
                                         << false;
        QTest::newRow("not json") << make([&](Req& r) {
            r.body = "event=user.created";
            r.signature = WebhookVerifier::sign(kSecret, ts, r.body);
        }) << 400 << int(RejectReason::NotJson)
                                  << false;
        QTest::newRow("json array") << make([&](Req& r) {
            r.body = R"([{"event":"user.created"}])";
            r.signature = WebhookVerifier::sign(kSecret, ts, r.body);
        }) << 400 << int(RejectReason::NotJson)
                                    << false;
        QTest::newRow("truncated json") << make([&](Req& r) {
            r.body = body.chopped(1);
            r.signature = WebhookVerifier::sign(kSecret, ts, r.body);
        }) << 400 << int(RejectReason::NotJson)
                                        << false;
        QTest::newRow("validation without token") << make([&](Req& r) {
            r.body = R"({"event":"endpoint.url_validation","payload":{}})";
            r.signature = WebhookVerifier::sign(kSecret, ts, r.body);
        }) << 400 << int(RejectReason::NotJson)
                                                  << false;
        QTest::newRow("GET on the path") << make([](Req& r) { r.method = "GET"; }) << 405
                                         << int(RejectReason::MethodNotAllowed) << false;
        QTest::newRow("PUT on the path") << make([](Req& r) { r.method = "PUT"; }) << 405
                                         << int(RejectReason::MethodNotAllowed) << false;
        QTest::newRow("other path") << make([](Req& r) { r.path = "/webhooks"; }) << 404
                                    << int(RejectReason::NotFound) << false;
        QTest::newRow("GET other path") << make([](Req& r) {
            r.method = "GET";
            r.path = "/";
        }) << 404 << int(RejectReason::NotFound)
                                        << false;
        QTest::newRow("garbage request line") << QByteArrayLiteral("HELLO\r\n\r\n") << 400
                                              << int(RejectReason::MalformedRequest) << true;
        QTest::newRow("space before colon")
            << QByteArrayLiteral("POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Length : 2\r\n\r\n{}") << 400
            << int(RejectReason::MalformedRequest) << true;
        QTest::newRow("no Host in HTTP/1.1")
            << QByteArrayLiteral("POST /webhook HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}") << 400
            << int(RejectReason::MalformedRequest) << true;
        QTest::newRow("bad Content-Length")
            << QByteArrayLiteral("POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Length: +2\r\n\r\n{}") << 400
            << int(RejectReason::MalformedRequest) << true;
        QTest::newRow("conflicting Content-Length")
            << QByteArrayLiteral("POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}")
            << 400 << int(RejectReason::MalformedRequest) << true;
        QTest::newRow("chunked") << QByteArrayLiteral("POST /webhook HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                                                      "chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
                                 << 411 << int(RejectReason::MalformedRequest) << true;
        QTest::newRow("chunked and length")
            << QByteArrayLiteral(
                   "POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}")
            << 400 << int(RejectReason::MalformedRequest) << true;
        QTest::newRow("HTTP/2.0") << QByteArrayLiteral("POST /webhook HTTP/2.0\r\nHost: x\r\n\r\n") << 505
                                  << int(RejectReason::MalformedRequest) << true;
        QTest::newRow("header block too large")
            << QByteArray("POST /webhook HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n")
            << 431 << int(RejectReason::MalformedRequest) << true;
    }
    void everyRejectionHasItsStatusAndCounter()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(int, reason);
        QFETCH(bool, closes);
        QVERIFY(startWith(baseConfig()));
        const auto before = snapshot();
        Client c;
        QVERIFY(c.connectTo(m_rx->port()));
        c.send(request);
        const auto r = c.read();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, status);
        QVERIFY(onlyCounted(RejectReason(reason), before));
        QCOMPARE(m_rx->rejectedTotal(), quint64(1));
        QCOMPARE(m_rx->acceptedCount(), quint64(0));
        if (status == 405)
            QCOMPARE(r->header("allow"), QByteArrayLiteral("POST"));
        QVERIFY(r->body.contains(rejectReasonName(RejectReason(reason)).toLatin1()));
        if (closes) {
            QCOMPARE(r->header("connection"), QByteArrayLiteral("close"));
            QVERIFY(c.waitClosed(3000));
        } else {
            // Framing is intact after these: the same connection serves the next request.
            c.send(signedRequest(presenceBody(QStringLiteral("after"))));
            const auto next = c.read();
            QVERIFY(next.has_value());
            QCOMPARE(next->status, 204);
        }
        QTRY_COMPARE(m_rejections.size(), 1);
        QCOMPARE(int(m_rejections.first()), reason);
        QTRY_COMPARE(m_events.size(), closes ? 0 : 1);
    }

    void bodyOverTheLimitIs413BeforeTheBodyIsRead()
    {
        QVERIFY(startWith(baseConfig())); // maxBodyBytes = 1 MiB
        const qint64 limit = 1024 * 1024;
        auto jsonOfSize = [](qint64 size) {
            QByteArray b = "{\"event\":\"user.updated\",\"payload\":{\"pad\":\"";
            const QByteArray tail = "\"}}";
            b += QByteArray(size - b.size() - tail.size(), 'a');
            b += tail;
            return b;
        };
        const QByteArray exact = jsonOfSize(limit);
        QCOMPARE(exact.size(), limit);
        Client ok;
        QVERIFY(ok.connectTo(m_rx->port()));
        ok.send(signedRequest(exact));
        const auto accepted = ok.read(10000);
        QVERIFY(accepted.has_value());
        QCOMPARE(accepted->status, 204);

        // Only the head of a 1 MiB + 1 request is sent: the answer must not wait for the body.
        const QByteArray over = jsonOfSize(limit + 1);
        const QByteArray full = signedRequest(over);
        const qsizetype headLen = full.indexOf("\r\n\r\n") + 4;
        Client c;
        QVERIFY(c.connectTo(m_rx->port()));
        c.send(full.left(headLen));
        const auto r = c.read(3000);
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 413);
        QCOMPARE(r->header("connection"), QByteArrayLiteral("close"));
        // The client may still send the announced body; the server drains it and then closes.
        c.send(full.mid(headLen));
        QVERIFY(c.waitClosed(5000));
        QCOMPARE(m_rx->rejectedCount(RejectReason::BodyTooLarge), quint64(1));
        QCOMPARE(m_rx->acceptedCount(), quint64(1));
    }

    void wholeOversizedRequestStillGets413()
    {
        QVERIFY(startWith(baseConfig()));
        const QByteArray full = signedRequest(QByteArray(1024 * 1024 + 1, ' ')); // sent in one go
        Client c;
        QVERIFY(c.connectTo(m_rx->port()));
        c.send(full);
        const auto r = c.read(10000);
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 413);
        QVERIFY(c.waitClosed(5000));
        QCOMPARE(m_rx->rejectedCount(RejectReason::BodyTooLarge), quint64(1));
    }

    void unknownEventIsAcknowledgedAndDelivered()
    {
        QVERIFY(startWith(baseConfig()));
        const QByteArray body = R"({"event":"meeting.brand_new_thing","event_ts":1,"payload":{"x":[1,2,{"y":null}]}})";
        const Response r = roundTrip(signedRequest(body));
        QVERIFY(r.status >= 200 && r.status < 300);
        QTRY_COMPARE(m_events.size(), 1);
        QCOMPARE(m_events.first().parsed.type, ZoomEventType::Unknown);
        QCOMPARE(m_events.first().parsed.name, QStringLiteral("meeting.brand_new_thing"));
        QCOMPARE(m_events.first().raw.body, body);
        QCOMPARE(m_rx->acceptedCount(), quint64(1));
    }

    void extraAuthHeader_data()
    {
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QByteArray>("sentLine");
        QTest::addColumn<int>("status");
        const QByteArray basic = "Basic " + QByteArray("zoom:s3cr3t").toBase64();
        QTest::newRow("basic ok") << QByteArray("authorization") << basic << QByteArray("Authorization: " + basic)
                                  << 204;
        QTest::newRow("basic missing") << QByteArray("authorization") << basic << QByteArray() << 401;
        QTest::newRow("basic wrong") << QByteArray("authorization") << basic
                                     << QByteArray("Authorization: Basic " + QByteArray("zoom:s3cr3u").toBase64())
                                     << 401;
        QTest::newRow("basic prefix only") << QByteArray("authorization") << basic
                                           << QByteArray("Authorization: " + basic.chopped(2)) << 401;
        QTest::newRow("custom ok") << QByteArray("x-my-auth") << QByteArray("v4lue") << QByteArray("X-My-Auth: v4lue")
                                   << 204;
        QTest::newRow("custom wrong case") << QByteArray("x-my-auth") << QByteArray("v4lue")
                                           << QByteArray("X-My-Auth: V4lue") << 401;
    }
    void extraAuthHeader()
    {
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, expected);
        QFETCH(QByteArray, sentLine);
        QFETCH(int, status);
        auto cfg = baseConfig();
        cfg.extraAuthHeader = headerName;
        cfg.extraAuthValue = expected;
        QVERIFY(startWith(cfg));
        Req r;
        r.body = presenceBody(QStringLiteral("auth"));
        if (!sentLine.isEmpty())
            r.extraHeaders = sentLine + "\r\n";
        const Response resp = roundTrip(r.bytes());
        QCOMPARE(resp.status, status);
        QCOMPARE(m_rx->rejectedCount(RejectReason::ExtraAuthFailed), quint64(status == 401 ? 1 : 0));
        QCOMPARE(m_rx->acceptedCount(), quint64(status == 204 ? 1 : 0));
        if (status == 401 && headerName == "authorization")
            QVERIFY(resp.header("www-authenticate").startsWith("Basic"));
    }

    void keepAliveServesManyRequestsOnOneConnection()
    {
        QVERIFY(startWith(baseConfig()));
        Client c;
        QVERIFY(c.connectTo(m_rx->port()));
        const int n = 300;
        for (int i = 0; i < n; ++i) {
            c.send(signedRequest(presenceBody(QStringLiteral("ka-%1").arg(i))));
            const auto r = c.read();
            QVERIFY2(r.has_value(), qPrintable(QStringLiteral("no response to request %1").arg(i)));
            QCOMPARE(r->status, 204);
            QVERIFY(r->header("connection") != "close");
        }
        QCOMPARE(c.socket().state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_rx->openConnections(), 1);
        QTRY_COMPARE(m_events.size(), n);
        for (int i = 0; i < n; ++i)
            QCOMPARE(jsonId(m_events[i].raw.body), QStringLiteral("ka-%1").arg(i));
        // Batched: far fewer deliveries than events (each batch waits up to ~10 ms).
        QVERIFY2(m_batches < n, qPrintable(QString::number(m_batches)));
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        QVERIFY(startWith(baseConfig()));
        Client c;
        QVERIFY(c.connectTo(m_rx->port()));
        QByteArray all;
        QList<int> expected;
        for (int i = 0; i < 60; ++i) {
            if (i % 10 == 7) {
                Req bad; // wrong secret in the middle of the pipeline: 401, connection stays usable
                bad.body = presenceBody(QStringLiteral("bad-%1").arg(i));
                bad.secret = "wrong";
                all += bad.bytes();
                expected.append(401);
            } else if (i % 10 == 3) {
                Req get;
                get.method = "GET";
                get.sign = false;
                all += get.bytes();
                expected.append(405);
            } else {
                all += signedRequest(presenceBody(QStringLiteral("p-%1").arg(i)));
                expected.append(204);
            }
        }
        // Delivered in awkward pieces: one byte, then odd-sized chunks across request boundaries.
        c.send(all.left(1));
        QTest::qWait(20);
        for (qsizetype pos = 1; pos < all.size(); pos += 997)
            c.send(all.mid(pos, 997));
        for (int i = 0; i < expected.size(); ++i) {
            const auto r = c.read();
            QVERIFY2(r.has_value(), qPrintable(QStringLiteral("missing response %1").arg(i)));
            QCOMPARE(r->status, expected[i]);
        }
        QTRY_COMPARE(m_events.size(), 48);
        QStringList ids;
        for (const auto& e : std::as_const(m_events))
            ids << jsonId(e.raw.body);
        QStringList want;
        for (int i = 0; i < 60; ++i) {
            if (i % 10 != 7 && i % 10 != 3)
                want << QStringLiteral("p-%1").arg(i);
        }
        QCOMPARE(ids, want);
        QCOMPARE(m_rx->rejectedCount(RejectReason::BadSignature), quint64(6));
        QCOMPARE(m_rx->rejectedCount(RejectReason::MethodNotAllowed), quint64(6));
        // One signal per rejection, even when they arrive together.
        QTRY_COMPARE(m_rejections.size(), 12);
        QCOMPARE(m_rejections.count(RejectReason::BadSignature), 6);
    }

    void connectionCloseIsHonoured()
    {
        QVERIFY(startWith(baseConfig()));
        Req r;
        r.body = presenceBody(QStringLiteral("bye"));
        r.extraHeaders = "Connection: close\r\n";
        Client c;
        QVERIFY(c.connectTo(m_rx->port()));
        c.send(r.bytes());
        const auto resp = c.read();
        QVERIFY(resp.has_value());
        QCOMPARE(resp->status, 204);
        QCOMPARE(resp->header("connection"), QByteArrayLiteral("close"));
        QVERIFY(c.waitClosed(3000));

        // HTTP/1.0 closes by default, and stays open when it asks for keep-alive.
        Client old;
        QVERIFY(old.connectTo(m_rx->port()));
        QByteArray http10 = signedRequest(presenceBody(QStringLiteral("h10"))).replace(" HTTP/1.1\r\n", " HTTP/1.0\r\n");
        old.send(http10);
        QCOMPARE(statusOf(old.read()), 204);
        QVERIFY(old.waitClosed(3000));
        Client old2;
        QVERIFY(old2.connectTo(m_rx->port()));
        // Another event: the same signed bytes again would be a replay (answered, not stored).
        const QByteArray http10b =
            signedRequest(presenceBody(QStringLiteral("h10b"))).replace(" HTTP/1.1\r\n", " HTTP/1.0\r\n");
        old2.send(QByteArray(http10b).replace("Host:", "Connection: keep-alive\r\nHost:"));
        const auto r2 = old2.read();
        QVERIFY(r2.has_value());
        QCOMPARE(r2->header("connection"), QByteArrayLiteral("keep-alive"));
        QVERIFY(!old2.waitClosed(300));
        QTRY_COMPARE(m_events.size(), 3);
    }

    void expectContinueGets100First()
    {
        QVERIFY(startWith(baseConfig()));
        Req r;
        r.body = presenceBody(QStringLiteral("cont"));
        r.extraHeaders = "Expect: 100-continue\r\n";
        const QByteArray full = r.bytes();
        const qsizetype headLen = full.indexOf("\r\n\r\n") + 4;
        Client c;
        QVERIFY(c.connectTo(m_rx->port()));
        c.send(full.left(headLen));
        const auto interim = c.read(3000);
        QVERIFY(interim.has_value());
        QCOMPARE(interim->status, 100);
        c.send(full.mid(headLen));
        const auto final = c.read(3000);
        QVERIFY(final.has_value());
        QCOMPARE(final->status, 204);
    }

    void concurrentClientsAreAllDeliveredExactlyOnce()
    {
        auto cfg = baseConfig();
        QVERIFY(startWith(cfg));
        constexpr int kClients = 16;
        constexpr int kPerClient = 500;
        constexpr int kWindow = 8; // requests in flight per connection
        struct Conn
        {
            QTcpSocket socket;
            QByteArray buf;
            int sent = 0;
            int answered = 0;
            int non204 = 0;
        };
        std::vector<std::unique_ptr<Conn>> conns;
        const qint64 ts = nowSec();
        auto requestFor = [&](int client, int i) {
            Req r;
            r.body = presenceBody(QStringLiteral("c%1-e%2").arg(client).arg(i));
            r.timestamp = QByteArray::number(ts);
            return r.bytes();
        };
        for (int k = 0; k < kClients; ++k) {
            auto c = std::make_unique<Conn>();
            Conn* raw = c.get();
            QObject::connect(&raw->socket, &QTcpSocket::readyRead, this, [&, raw, k] {
                raw->buf += raw->socket.readAll();
                Response r;
                QByteArray more;
                while (takeResponse(raw->buf, &r)) {
                    ++raw->answered;
                    if (r.status != 204)
                        ++raw->non204;
                    if (raw->sent < kPerClient)
                        more += requestFor(k, raw->sent++);
                }
                if (!more.isEmpty())
                    raw->socket.write(more);
            });
            QObject::connect(&raw->socket, &QTcpSocket::connected, this, [&, raw, k] {
                QByteArray first;
                while (raw->sent < kWindow)
                    first += requestFor(k, raw->sent++);
                raw->socket.write(first);
            });
            raw->socket.connectToHost(QHostAddress::LocalHost, m_rx->port());
            conns.push_back(std::move(c));
        }
        auto answered = [&] {
            int n = 0;
            for (const auto& c : conns)
                n += c->answered;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(answered(), kClients * kPerClient, 60000);
        for (const auto& c : conns)
            QCOMPARE(c->non204, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_events.size(), kClients * kPerClient, 10000);
        QSet<QString> ids;
        for (const auto& e : std::as_const(m_events))
            ids.insert(jsonId(e.raw.body));
        QCOMPARE(ids.size(), kClients * kPerClient);
        QVERIFY(ids.contains(QStringLiteral("c0-e0")));
        QVERIFY(ids.contains(QStringLiteral("c15-e499")));
        QCOMPARE(m_rx->acceptedCount(), quint64(kClients * kPerClient));
        QCOMPARE(m_rx->rejectedTotal(), quint64(0));
        QTest::qWait(50); // nothing extra trickles in later
        QCOMPARE(m_events.size(), kClients * kPerClient);
        QVERIFY2(m_batches <= kClients * kPerClient / 4, qPrintable(QString::number(m_batches)));
    }

    void slowClientDoesNotBlockOthersAndTimesOut()
    {
        auto cfg = baseConfig();
        cfg.requestTimeoutMs = 600;
        QVERIFY(startWith(cfg));
        const QByteArray full = signedRequest(presenceBody(QStringLiteral("slow")));
        Client slow;
        QVERIFY(slow.connectTo(m_rx->port()));
        slow.send(full.left(full.size() / 2)); // half a request, then nothing
        QElapsedTimer t;
        t.start();

        Client fast;
        QVERIFY(fast.connectTo(m_rx->port()));
        for (int i = 0; i < 50; ++i) {
            fast.send(signedRequest(presenceBody(QStringLiteral("fast-%1").arg(i))));
            const auto r = fast.read(2000);
            QVERIFY(r.has_value());
            QCOMPARE(r->status, 204);
        }
        QVERIFY2(t.elapsed() < 600, "the fast client had to wait for the slow one");
        QCOMPARE(m_rx->rejectedCount(RejectReason::Timeout), quint64(0));

        // Dribbling a byte every 100 ms must not extend the deadline (slowloris): the connection
        // is closed about 600 ms after the request began, not after the last byte.
        qsizetype pos = full.size() / 2;
        while (slow.socket().state() == QAbstractSocket::ConnectedState && t.elapsed() < 4000
               && pos < full.size() - 1) {
            slow.send(full.mid(pos++, 1));
            slow.waitClosed(100);
        }
        QVERIFY(slow.waitClosed(3000));
        QVERIFY2(t.elapsed() >= 550, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        Response r;
        QVERIFY(takeResponse(slow.buffer(), &r));
        QCOMPARE(r.status, 408);
        QCOMPARE(m_rx->rejectedCount(RejectReason::Timeout), quint64(1));
        QCOMPARE(fast.socket().state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE(m_events.size(), 50);
        QTRY_COMPARE(m_rejections.count(RejectReason::Timeout), 1);
    }

    void idleKeepAliveConnectionIsClosedQuietly()
    {
        auto cfg = baseConfig();
        cfg.idleTimeoutMs = 300;
        QVERIFY(startWith(cfg));
        Client c;
        QVERIFY(c.connectTo(m_rx->port()));
        c.send(signedRequest(presenceBody(QStringLiteral("idle"))));
        QCOMPARE(statusOf(c.read()), 204);
        QElapsedTimer t;
        t.start();
        QVERIFY(c.waitClosed(3000));
        QVERIFY(t.elapsed() >= 250);
        QVERIFY(c.buffer().isEmpty()); // no 408 for an idle connection
        QCOMPARE(m_rx->rejectedTotal(), quint64(0));
        QTRY_COMPARE(m_rx->openConnections(), 0);
    }

    // Slowloris: a bare CRLF every 20 s used to keep a connection for ever, because every byte
    // restarted the idle clock. Bytes that are no request must not extend any deadline.
    void blankLinesDoNotKeepAConnectionOpen_data()
    {
        QTest::addColumn<bool>("afterARequest");
        QTest::newRow("from the start") << false;
        QTest::newRow("after a request") << true;
    }
    void blankLinesDoNotKeepAConnectionOpen()
    {
        QFETCH(bool, afterARequest);
        auto cfg = baseConfig();
        cfg.idleTimeoutMs = 400;
        cfg.requestTimeoutMs = 300;
        QVERIFY(startWith(cfg));
        Client c;
        QVERIFY(c.connectTo(m_rx->port()));
        if (afterARequest) {
            c.send(signedRequest(presenceBody(QStringLiteral("first"))));
            QCOMPARE(statusOf(c.read()), 204);
            c.buffer().clear();
        }
        QElapsedTimer t;
        t.start();
        while (c.socket().state() == QAbstractSocket::ConnectedState && t.elapsed() < 3000) {
            c.send("\r\n");
            c.waitClosed(100);
        }
        QVERIFY2(c.socket().state() != QAbstractSocket::ConnectedState, "blank lines kept the connection open");
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        QVERIFY(c.buffer().isEmpty()); // an idle close, no 408: no request had begun
        QTRY_COMPARE(m_rx->openConnections(), 0);
    }

    void headersMustBeCompleteWithinTheRequestTimeoutOfTheFirstByte()
    {
        auto cfg = baseConfig();
        cfg.idleTimeoutMs = 5000;
        cfg.requestTimeoutMs = 400;
        QVERIFY(startWith(cfg));
        Client c;
        QVERIFY(c.connectTo(m_rx->port()));
        QElapsedTimer t;
        t.start();
        // One header line every 100 ms: each is progress for the parser, but not a request.
        c.send("POST /webhook HTTP/1.1\r\n");
        int line = 0;
        while (c.socket().state() == QAbstractSocket::ConnectedState && t.elapsed() < 3000) {
            c.send("x-dribble-" + QByteArray::number(line++) + ": 1\r\n");
            c.waitClosed(100);
        }
        QVERIFY2(t.elapsed() < 1200, qPrintable(QString::number(t.elapsed())));
        Response r;
        QVERIFY(takeResponse(c.buffer(), &r));
        QCOMPARE(r.status, 408);
        QCOMPARE(m_rx->rejectedCount(RejectReason::Timeout), quint64(1));
    }

    // 256 slowloris clients used to fill every slot. From one address they now get
    // maxConnectionsPerPeer slots at most, and Zoom (another address) still gets in.
    void onePeerCannotTakeEverySlot()
    {
        auto cfg = baseConfig();
        cfg.maxConnections = 8;
        cfg.maxConnectionsPerPeer = 3;
        QVERIFY(startWith(cfg));
        std::vector<std::unique_ptr<Client>> greedy;
        for (int i = 0; i < 6; ++i) {
            auto c = std::make_unique<Client>();
            QVERIFY(c->connectTo(m_rx->port()));
            c->send("\r\n");
            greedy.push_back(std::move(c));
        }
        QTRY_COMPARE(m_rx->rejectedCount(RejectReason::TooManyFromPeer), quint64(3));
        QTRY_COMPARE(m_rx->openConnections(), 3);
        QCOMPARE(m_rx->rejectedCount(RejectReason::TooManyConnections), quint64(0));

        Client zoom;
        QVERIFY(zoom.connectFrom(QHostAddress(QStringLiteral("127.0.0.2")), m_rx->port()));
        zoom.send(signedRequest(presenceBody(QStringLiteral("zoom"))));
        QCOMPARE(statusOf(zoom.read()), 204);
        QTRY_COMPARE(m_events.size(), 1);
        QTRY_COMPARE(m_rejections.count(RejectReason::TooManyFromPeer), 3);

        // A slot of the greedy peer frees up when one of its connections leaves.
        greedy.front()->socket().abort();
        QTRY_COMPARE(m_rx->openConnections(), 3);
        Client again;
        QVERIFY(again.connectTo(m_rx->port()));
        again.send(signedRequest(presenceBody(QStringLiteral("again"))));
        QCOMPARE(statusOf(again.read()), 204);
    }

    void connectionCapClosesExtraConnections()
    {
        auto cfg = baseConfig();
        cfg.maxConnections = 2;
        QVERIFY(startWith(cfg));
        Client a, b;
        QVERIFY(a.connectTo(m_rx->port()));
        QVERIFY(b.connectTo(m_rx->port()));
        a.send(signedRequest(presenceBody(QStringLiteral("a"))));
        b.send(signedRequest(presenceBody(QStringLiteral("b"))));
        QCOMPARE(statusOf(a.read()), 204);
        QCOMPARE(statusOf(b.read()), 204);
        QCOMPARE(m_rx->openConnections(), 2);

        Client extra;
        QVERIFY(extra.connectTo(m_rx->port())); // the kernel accepts; the receiver closes at once
        extra.send(signedRequest(presenceBody(QStringLiteral("extra"))));
        QVERIFY(extra.waitClosed(3000));
        QVERIFY(!extra.read(100).has_value());
        QTRY_COMPARE(m_rx->rejectedCount(RejectReason::TooManyConnections), quint64(1));
        QCOMPARE(m_rx->openConnections(), 2);

        // The two admitted connections still work, and a slot frees up when one leaves.
        a.send(signedRequest(presenceBody(QStringLiteral("a2"))));
        QCOMPARE(statusOf(a.read()), 204);
        b.socket().disconnectFromHost();
        QTRY_COMPARE(m_rx->openConnections(), 1);
        Client later;
        QVERIFY(later.connectTo(m_rx->port()));
        later.send(signedRequest(presenceBody(QStringLiteral("later"))));
        const auto r = later.read();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 204);
        QTRY_COMPARE(m_events.size(), 4);
        QTRY_COMPARE(m_rejections.count(RejectReason::TooManyConnections), 1);
    }

    // A flood of badly signed requests once cost the GUI thread one queued signal (and one counter
    // refresh) per request and kept it at 100 % for seconds after the flood. Now the receiver
    // counts on its own thread and reports a few times a second; the totals stay exact.
    void rejectionFloodReachesTheOwnerThreadAsAFewReports()
    {
        QVERIFY(startWith(baseConfig()));
        EventStore store(1000);
        MonitorPipeline pipeline(&store);
        pipeline.attach(m_rx.get());
        int countersChanged = 0;
        connect(&pipeline, &MonitorPipeline::countersChanged, this, [&] { ++countersChanged; });

        constexpr int kClients = 4;
        constexpr int kPerClient = 1250;
        Req bad;
        bad.body = presenceBody(QStringLiteral("forged"));
        bad.secret = "not-the-secret";
        const QByteArray one = bad.bytes();
        QElapsedTimer t;
        t.start();
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < kClients; ++i) {
            auto c = std::make_unique<Client>();
            QVERIFY(c->connectTo(m_rx->port()));
            clients.push_back(std::move(c));
        }
        // Pipelined in chunks, every response read: this thread's event loop does not run meanwhile,
        // exactly like a GUI thread that is busy; the reports queue up for it.
        for (int sent = 0; sent < kPerClient; sent += 50) {
            for (auto& c : clients)
                c->send(one.repeated(50));
            for (auto& c : clients) {
                for (int k = 0; k < 50; ++k)
                    QCOMPARE(statusOf(c->read()), 401);
            }
        }
        const qint64 floodMs = t.elapsed();
        QCOMPARE(m_rx->rejectedCount(RejectReason::BadSignature), quint64(kClients * kPerClient));
        QTRY_COMPARE(m_rejections.size(), kClients * kPerClient);
        QTRY_COMPARE(pipeline.counters().rejectedTotal, quint64(kClients * kPerClient));
        QCOMPARE(pipeline.counters().rejected[size_t(RejectReason::BadSignature)], quint64(kClients * kPerClient));
        QCOMPARE(m_rejections.count(RejectReason::BadSignature), kClients * kPerClient);
        // At most one report per interval while the flood lasted, plus the last one.
        const int allowed = int(floodMs / WebhookReceiver::kRejectReportIntervalMs) + 2;
        QVERIFY2(m_rejectReports <= allowed,
                 qPrintable(QStringLiteral("%1 reports in %2 ms").arg(m_rejectReports).arg(floodMs)));
        QVERIFY2(countersChanged <= allowed + 2 + int(t.elapsed() / 1000),
                 qPrintable(QStringLiteral("%1 counter refreshes").arg(countersChanged)));
        QTest::qWait(2 * WebhookReceiver::kRejectReportIntervalMs);
        QCOMPARE(m_rejections.size(), kClients * kPerClient); // nothing counted twice
    }

    // The same signed request replayed 20 times used to be stored 20 times.
    void replayIsAnsweredButStoredOnce()
    {
        QVERIFY(startWith(baseConfig()));
        const QByteArray once = signedRequest(presenceBody(QStringLiteral("replayed")));
        Client keepAlive;
        QVERIFY(keepAlive.connectTo(m_rx->port()));
        for (int i = 0; i < 10; ++i) {
            keepAlive.send(once);
            QCOMPARE(statusOf(keepAlive.read()), 204);
        }
        for (int i = 0; i < 10; ++i) // and on fresh connections
            QCOMPARE(roundTrip(once).status, 204);
        QTRY_COMPARE(m_rejections.count(RejectReason::Replayed), 19);
        QCOMPARE(m_events.size(), 1);
        QCOMPARE(m_rx->acceptedCount(), quint64(1));
        QCOMPARE(m_rx->rejectedCount(RejectReason::Replayed), quint64(19));
        QCOMPARE(rejectReasonName(RejectReason::Replayed), QStringLiteral("replayed"));

        // Other events, even with the same timestamp, are not replays.
        Req other;
        other.timestamp = QByteArray::number(nowSec());
        for (int i = 0; i < 3; ++i) {
            other.body = presenceBody(QStringLiteral("other-%1").arg(i));
            QCOMPARE(roundTrip(other.bytes()).status, 204);
        }
        QTRY_COMPARE(m_events.size(), 4);
        QCOMPARE(m_rx->rejectedCount(RejectReason::Replayed), quint64(19));
    }

    void replayCacheIsBounded()
    {
        auto cfg = baseConfig();
        cfg.replayCacheEntries = 3;
        QVERIFY(startWith(cfg));
        QList<QByteArray> requests;
        for (int i = 0; i < 5; ++i)
            requests.append(signedRequest(presenceBody(QStringLiteral("bounded-%1").arg(i))));
        for (const QByteArray& r : requests)
            QCOMPARE(roundTrip(r).status, 204);
        QCOMPARE(roundTrip(requests.last()).status, 204); // remembered
        QCOMPARE(roundTrip(requests.first()).status, 204); // forgotten: the cache holds the last 3
        QTRY_COMPARE(m_events.size(), 6);
        QCOMPARE(m_rx->rejectedCount(RejectReason::Replayed), quint64(1));
    }

    void validationRepeatsAreAnsweredEveryTime()
    {
        QVERIFY(startWith(baseConfig()));
        const QByteArray req = signedRequest(
            QByteArrayLiteral(R"({"event":"endpoint.url_validation","payload":{"plainToken":"abc"},"event_ts":1})"));
        for (int i = 0; i < 2; ++i) {
            const Response r = roundTrip(req);
            QCOMPARE(r.status, 200);
            QVERIFY(r.body.contains(WebhookVerifier::encryptedToken(kSecret, "abc")));
        }
        QCOMPARE(m_rx->rejectedCount(RejectReason::Replayed), quint64(0));
    }

    // --tolerance 0 (or tolerance_sec 0 in a profile) once switched the clock check off, and a
    // signed request from 2001 got 204. The receiver now refuses to start with it.
    void zeroToleranceIsRefused()
    {
        m_rx = std::make_unique<WebhookReceiver>();
        auto cfg = baseConfig();
        cfg.toleranceSec = 0;
        const Error e = m_rx->start(cfg);
        QCOMPARE(e.code, ErrorCode::InvalidInput);
        QVERIFY2(e.message.contains(QStringLiteral("at least 1 second")), qPrintable(e.message));
        QVERIFY(!m_rx->isListening());
        cfg.toleranceSec = -1;
        QCOMPARE(m_rx->start(cfg).code, ErrorCode::InvalidInput);

        cfg.toleranceSec = 300;
        QVERIFY(startWith(cfg));
        Req old;
        old.body = presenceBody(QStringLiteral("2001"));
        old.timestamp = QByteArrayLiteral("1000000000"); // 2001-09-09
        QCOMPARE(roundTrip(old.bytes()).status, 401);
        QCOMPARE(m_rx->rejectedCount(RejectReason::StaleTimestamp), quint64(1));

        // Only the explicit switch accepts it.
        cfg.toleranceSec = 0;
        cfg.disableTimestampCheck = true;
        QVERIFY(startWith(cfg));
        QCOMPARE(roundTrip(old.bytes()).status, 204);
    }

    void secretTokenCanBeRotatedWhileRunning()
    {
        QVERIFY(startWith(baseConfig()));
        Client c;
        QVERIFY(c.connectTo(m_rx->port()));
        c.send(signedRequest(presenceBody(QStringLiteral("old"))));
        QCOMPARE(statusOf(c.read()), 204);
        m_rx->setSecretToken("rotated-secret");
        c.send(signedRequest(presenceBody(QStringLiteral("old-again"))));
        QCOMPARE(statusOf(c.read()), 401);
        Req r;
        r.body = presenceBody(QStringLiteral("new"));
        r.secret = "rotated-secret";
        c.send(r.bytes());
        QCOMPARE(statusOf(c.read()), 204);
    }

    void noSecretMeansNothingIsAccepted()
    {
        m_rx = std::make_unique<WebhookReceiver>();
        QVERIFY(m_rx->start(baseConfig()).ok());
        Req r;
        r.body = presenceBody(QStringLiteral("x"));
        r.secret = QByteArray();
        QCOMPARE(roundTrip(r.bytes()).status, 401);
        QCOMPARE(m_rx->acceptedCount(), quint64(0));
    }

    void listenFailureIsExplained()
    {
        QVERIFY(startWith(baseConfig()));
        WebhookReceiver second;
        auto cfg = baseConfig();
        cfg.port = m_rx->port();
        const Error e = second.start(cfg);
        QCOMPARE(e.code, ErrorCode::ListenFailed);
        QVERIFY2(e.message.contains(QStringLiteral("127.0.0.1:%1").arg(cfg.port)), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("monitor settings")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("already in use")), qPrintable(e.message));
        QVERIFY(!second.isListening());
        // The failed one can still be started elsewhere.
        cfg.port = 0;
        QVERIFY(second.start(cfg).ok());
        QVERIFY(second.isListening());
    }

    void stopClosesEverything()
    {
        QVERIFY(startWith(baseConfig()));
        const quint16 port = m_rx->port();
        QCOMPARE(m_rx->url().toString(), QStringLiteral("http://127.0.0.1:%1/webhook").arg(port));
        Client c;
        QVERIFY(c.connectTo(port));
        c.send(signedRequest(presenceBody(QStringLiteral("before-stop"))));
        QCOMPARE(statusOf(c.read()), 204);
        QSignalSpy stopped(m_rx.get(), &WebhookReceiver::stopped);
        m_rx->stop();
        QCOMPARE(stopped.size(), 1);
        QVERIFY(!m_rx->isListening());
        QCOMPARE(m_rx->openConnections(), 0);
        QVERIFY(c.waitClosed(3000));
        // Accepted before the stop: still delivered.
        QTRY_COMPARE(m_events.size(), 1);
        QTcpSocket again;
        again.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!again.waitForConnected(1000) || again.waitForDisconnected(1000));
    }

    // The parser on its own (no sockets): what the receiver relies on for framing.
    void parserIsIndependentOfHowBytesArrive()
    {
        QByteArray two = signedRequest(presenceBody(QStringLiteral("one")));
        two += "\r\n"; // a stray CRLF between requests is tolerated (RFC 9112 2.2)
        two += signedRequest(presenceBody(QStringLiteral("two"))).replace("Content-Type", "CONTENT-type");
        auto parse = [](const QByteArray& bytes, qsizetype chunk) {
            HttpRequestParser p;
            QList<HttpRequest> out;
            HttpRequest r;
            for (qsizetype i = 0; i < bytes.size(); i += chunk) {
                p.append(QByteArrayView(bytes).sliced(i, qMin(chunk, bytes.size() - i)));
                while (p.next(&r) == HttpRequestParser::Status::Complete)
                    out.append(r);
            }
            return std::make_pair(out, p.isIdle());
        };
        const auto whole = parse(two, two.size());
        QCOMPARE(whole.first.size(), 2);
        QVERIFY(whole.second);
        for (qsizetype chunk : {1, 2, 3, 7, 64, 1000}) {
            const auto split = parse(two, chunk);
            QCOMPARE(split.first.size(), 2);
            for (int i = 0; i < 2; ++i) {
                QCOMPARE(split.first[i].body, whole.first[i].body);
                QCOMPARE(split.first[i].headers, whole.first[i].headers);
            }
        }
        const HttpRequest& second = whole.first[1];
        QCOMPARE(second.method, QByteArrayLiteral("POST"));
        QCOMPARE(second.path, QByteArrayLiteral("/webhook"));
        QCOMPARE(second.header("content-type"), QByteArrayLiteral("application/json; charset=utf-8"));
        QCOMPARE(jsonId(second.body), QStringLiteral("two"));
        QVERIFY(second.keepAlive);
    }

    void parserTargetsAndLineEndings()
    {
        HttpRequestParser p;
        HttpRequest r;
        p.append("POST http://example.com:8080/webhook?x=1 HTTP/1.1\nHost: example.com\nContent-Length: 2\n\n{}");
        QCOMPARE(p.next(&r), HttpRequestParser::Status::Complete);
        QCOMPARE(r.path, QByteArrayLiteral("/webhook"));
        QCOMPARE(r.target, QByteArrayLiteral("http://example.com:8080/webhook?x=1"));
        QCOMPARE(r.body, QByteArrayLiteral("{}"));
        p.append("POST /webhook?token=a HTTP/1.0\r\nX-Pad:    padded value \t \r\n\r\n");
        QCOMPARE(p.next(&r), HttpRequestParser::Status::Complete);
        QCOMPARE(r.path, QByteArrayLiteral("/webhook"));
        QCOMPARE(r.header("x-pad"), QByteArrayLiteral("padded value"));
        QCOMPARE(r.versionMinor, 0);
        QVERIFY(!r.keepAlive);
        QVERIFY(p.isIdle());
    }

    void parserRejections_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("obs-fold") << QByteArrayLiteral("POST / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  2\r\n\r\n") << 400;
        static const char withNul[] = "POST / HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n";
        QTest::newRow("NUL in value") << QByteArray(withNul, sizeof withNul - 1) << 400;
        QTest::newRow("two spaces") << QByteArrayLiteral("POST  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("lowercase version") << QByteArrayLiteral("POST / http/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("relative target") << QByteArrayLiteral("POST webhook HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("two hosts") << QByteArrayLiteral("POST / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n") << 400;
        QTest::newRow("negative length") << QByteArrayLiteral("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("huge length") << QByteArrayLiteral("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n") << 413;
        QByteArray many = "POST / HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 101; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("101 headers") << QByteArray(many + "\r\n") << 431;
        QTest::newRow("endless header line") << QByteArray("POST / HTTP/1.1\r\nX: " + QByteArray(17000, 'a')) << 431;
    }
    void parserRejections()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        HttpRequestParser p;
        HttpRequest r;
        p.append(bytes);
        QCOMPARE(p.next(&r), HttpRequestParser::Status::Error);
        QCOMPARE(p.errorStatus(), status);
        QVERIFY(p.hasError());
        p.append("GET / HTTP/1.1\r\nHost: x\r\n\r\n"); // sticky: framing is lost for good
        QCOMPARE(p.next(&r), HttpRequestParser::Status::Error);
    }

    void reasonNamesAndLabels()
    {
        QSet<QString> names;
        for (int i = 0; i < int(RejectReason::Count_); ++i) {
            const auto r = RejectReason(i);
            QVERIFY(!rejectReasonLabel(r).isEmpty());
            QVERIFY(!rejectReasonName(r).isEmpty());
            names.insert(rejectReasonName(r));
        }
        QCOMPARE(names.size(), int(RejectReason::Count_));
        QCOMPARE(rejectReasonName(RejectReason::TooManyConnections), QStringLiteral("too_many_connections"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
