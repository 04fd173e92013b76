// The sandbox's simulated team, delivered the way Zoom delivers: signed webhooks into the real
// WebhookReceiver over loopback sockets, and the sandbox's WebSocket endpoint.
#include "monitor/WebhookReceiver.h"
#include "net/RestClient.h"
#include "sandbox/SandboxEventSimulator.h"
#include "sandbox/ZoomSandbox.h"
#include "zoom/ZoomAuth.h"
#include "zoom/ZoomEvent.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <algorithm>
#include <memory>
#include <numeric>

using namespace syncdesk;

namespace {

const QSet<QString> kWebhookPresence = {
    QStringLiteral("Available"),         QStringLiteral("Away"),          QStringLiteral("Do_Not_Disturb"),
    QStringLiteral("In_Meeting"),        QStringLiteral("On_Phone_Call"), QStringLiteral("Presenting"),
    QStringLiteral("In_Calendar_Event"), QStringLiteral("Offline"),       QStringLiteral("Busy"),
    QStringLiteral("Mobile_signed_in")};

QByteArray header(const HeaderList& headers, const char* name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct CallTrace
{
    QList<ZoomEventType> steps; // in event_ts order
    QList<qint64> timestamps;
    QString callerId, calleeId; // internal parties
    QString handupResult;       // of the end event
    QString ringingStart, connectedStart;
};

} // namespace

class TestEventSimulator : public QObject
{
    Q_OBJECT

    std::unique_ptr<ZoomSandbox> m_sandbox;
    QSet<QString> m_userIds;

    // A receiver wired to collect everything it accepts.
    struct Receiving
    {
        WebhookReceiver receiver;
        MonitoredEventBatch events;
    };
    std::unique_ptr<Receiving> startReceiver(const QByteArray& secret)
    {
        auto r = std::make_unique<Receiving>();
        r->receiver.setSecretToken(secret);
        connect(&r->receiver, &WebhookReceiver::eventsReceived, this,
                [events = &r->events](const MonitoredEventBatch& batch) { events->append(batch); });
        const Error e = r->receiver.start({});
        if (!e.ok())
            qWarning() << e.describe();
        return r;
    }

    QByteArray secret() const { return m_sandbox->credentials().secretToken.toUtf8(); }

private slots:
    void initTestCase()
    {
        SandboxConfig config;
        config.users = 60;
        m_sandbox = std::make_unique<ZoomSandbox>(config);
        QVERIFY(m_sandbox->start().ok());
        for (const SandboxUser& u : m_sandbox->users())
            m_userIds.insert(u.id);
    }

    void defaults()
    {
        SandboxEventSimulator sim(m_sandbox.get());
        QCOMPARE(sim.rate(), 5.0);
        QVERIFY(!sim.isRunning());
        sim.start();
        QVERIFY(sim.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(sim.generated() >= 1, 2000);
        sim.stop();
        QVERIFY(!sim.isRunning());
        const quint64 n = sim.generated();
        QTest::qWait(300); // stopped means no more events
        QCOMPARE(sim.generated(), n);
        // Nowhere to deliver to: nothing delivered, nothing failed.
        QCOMPARE(sim.webhooksDelivered(), quint64(0));
        QCOMPARE(sim.webhookFailures(), quint64(0));
    }

    // Signed webhooks reach the receiver, which accepts every one of them.
    void webhooksAreSignedAndAccepted()
    {
        auto r = startReceiver(secret());
        QVERIFY(r->receiver.isListening());
        SandboxEventSimulator sim(m_sandbox.get());
        QSignalSpy failed(&sim, &SandboxEventSimulator::deliveryFailed);
        sim.setRate(300);
        sim.setWebhookTarget(r->receiver.url());
        sim.start();
        QTRY_VERIFY_WITH_TIMEOUT(r->events.size() >= 100, 10000);
        sim.setWebhookTarget(r->receiver.url()); // the same again (settings re-applied): nothing lost
        QTRY_VERIFY_WITH_TIMEOUT(r->events.size() >= 300, 10000);
        sim.stop();
        QTRY_COMPARE_WITH_TIMEOUT(sim.webhooksDelivered(), sim.generated(), 5000);
        QTRY_COMPARE(quint64(r->events.size()), sim.generated());
        QCOMPARE(sim.webhookFailures(), quint64(0));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(r->receiver.rejectedTotal(), quint64(0));
        QCOMPARE(r->receiver.acceptedCount(), sim.generated());

        const QString account = m_sandbox->credentials().accountId;
        QSet<QByteArray> requestIds;
        for (const MonitoredEvent& e : std::as_const(r->events)) {
            QVERIFY(e.raw.verification == Verification::SignatureValid);
            QCOMPARE(header(e.raw.headers, "user-agent"), QByteArray("Zoom Marketplace/1.0a"));
            QCOMPARE(header(e.raw.headers, "content-type"), QByteArray("application/json; charset=utf-8"));
            const QByteArray ts = header(e.raw.headers, "x-zm-request-timestamp");
            QVERIFY(qAbs(ts.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);
            QCOMPARE(header(e.raw.headers, "x-zm-signature"),
                     WebhookVerifier::sign(secret(), ts, e.raw.body));
            requestIds.insert(header(e.raw.headers, "x-zm-request-id"));
            // Compact JSON with Zoom's envelope.
            const QJsonObject o = QJsonDocument::fromJson(e.raw.body).object();
            QCOMPARE(QJsonDocument(o).toJson(QJsonDocument::Compact).size(), e.raw.body.size());
            QVERIFY(e.parsed.valid);
            QCOMPARE(e.parsed.accountId, account);
            QVERIFY(qAbs(e.parsed.eventTsMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
            QVERIFY2(m_userIds.contains(e.parsed.userId), qPrintable(QString::fromUtf8(e.raw.body)));
        }
        QCOMPARE(requestIds.size(), r->events.size()); // every request has its own id
        QVERIFY(!requestIds.contains(QByteArray()));
    }

    // Presence, calls, signing in and out — and every call goes connected → answered → ended.
    void realisticMixAndCompleteCallFlows()
    {
        auto r = startReceiver(secret());
        SandboxEventSimulator sim(m_sandbox.get());
        sim.setRate(800);
        sim.setWebhookTarget(r->receiver.url());
        sim.start();
        QTRY_VERIFY_WITH_TIMEOUT(r->events.size() >= 2000, 15000);
        sim.stop();
        QTRY_COMPARE_WITH_TIMEOUT(quint64(r->events.size()), sim.generated(), 5000);
        QCOMPARE(r->receiver.rejectedTotal(), quint64(0));

        QHash<ZoomEventType, int> byType;
        QHash<QString, CallTrace> calls;
        QHash<QString, QList<QPair<qint64, QString>>> presenceByUser; // (event_ts, presence)
        for (const MonitoredEvent& e : std::as_const(r->events)) {
            ++byType[e.parsed.type];
            const QJsonObject object = QJsonDocument::fromJson(e.raw.body)
                                           .object()
                                           .value(QStringLiteral("payload"))
                                           .toObject()
                                           .value(QStringLiteral("object"))
                                           .toObject();
            switch (e.parsed.type) {
            case ZoomEventType::UserPresenceStatusUpdated: {
                const QString presence = object.value(QStringLiteral("presence_status")).toString();
                QVERIFY2(kWebhookPresence.contains(presence), qPrintable(presence));
                QVERIFY(object.value(QStringLiteral("app")).toObject().contains(QStringLiteral("type")));
                QVERIFY(!object.value(QStringLiteral("date_time")).toString().isEmpty());
                QVERIFY(!object.value(QStringLiteral("email")).toString().isEmpty());
                presenceByUser[e.parsed.userId].append({e.parsed.eventTsMs, presence});
                break;
            }
            case ZoomEventType::PhoneCallerConnected:
            case ZoomEventType::PhoneCalleeAnswered:
            case ZoomEventType::PhoneCallerEnded:
            case ZoomEventType::PhoneCalleeEnded: {
                QVERIFY(!e.parsed.callId.isEmpty());
                const QJsonObject caller = object.value(QStringLiteral("caller")).toObject();
                const QJsonObject callee = object.value(QStringLiteral("callee")).toObject();
                QVERIFY(!caller.value(QStringLiteral("phone_number")).toString().isEmpty());
                QVERIFY(!callee.value(QStringLiteral("phone_number")).toString().isEmpty());
                QVERIFY(!object.value(QStringLiteral("ringing_start_time")).toString().isEmpty());
                // At least one side is one of ours, with an extension.
                const QJsonObject ours = caller.contains(QStringLiteral("user_id")) ? caller : callee;
                QVERIFY(m_userIds.contains(ours.value(QStringLiteral("user_id")).toString()));
                QVERIFY(ours.value(QStringLiteral("extension_number")).toInt() >= 1001);
                if (e.parsed.type == ZoomEventType::PhoneCalleeAnswered)
                    QVERIFY(!object.value(QStringLiteral("answer_start_time")).toString().isEmpty());
                if (e.parsed.type == ZoomEventType::PhoneCallerEnded ||
                    e.parsed.type == ZoomEventType::PhoneCalleeEnded) {
                    QVERIFY(!object.value(QStringLiteral("call_end_time")).toString().isEmpty());
                    QVERIFY(!object.value(QStringLiteral("handup_result")).toString().isEmpty());
                }
                CallTrace& t = calls[e.parsed.callId];
                if (e.parsed.type == ZoomEventType::PhoneCallerConnected) {
                    t.connectedStart = object.value(QStringLiteral("connected_start_time")).toString();
                    QVERIFY(!t.connectedStart.isEmpty());
                }
                if (e.parsed.type == ZoomEventType::PhoneCallerEnded ||
                    e.parsed.type == ZoomEventType::PhoneCalleeEnded)
                    t.handupResult = object.value(QStringLiteral("handup_result")).toString();
                t.ringingStart = object.value(QStringLiteral("ringing_start_time")).toString();
                t.steps.append(e.parsed.type);
                t.timestamps.append(e.parsed.eventTsMs);
                t.callerId = caller.value(QStringLiteral("user_id")).toString();
                t.calleeId = callee.value(QStringLiteral("user_id")).toString();
                break;
            }
            case ZoomEventType::UserSignedIn:
            case ZoomEventType::UserSignedOut:
                QVERIFY(!object.value(QStringLiteral("client_type")).toString().isEmpty());
                break;
            case ZoomEventType::UserUpdated:
                break;
            default:
                QFAIL(qPrintable(QStringLiteral("unexpected event %1").arg(e.parsed.name)));
            }
        }
        const int total = int(r->events.size());
        const int presence = byType.value(ZoomEventType::UserPresenceStatusUpdated);
        const int phone = byType.value(ZoomEventType::PhoneCallerConnected) +
                          byType.value(ZoomEventType::PhoneCalleeAnswered) +
                          byType.value(ZoomEventType::PhoneCallerEnded) +
                          byType.value(ZoomEventType::PhoneCalleeEnded);
        qInfo("%d events: %d presence, %d phone, %d signed in/out, %d updated", total, presence, phone,
              byType.value(ZoomEventType::UserSignedIn) + byType.value(ZoomEventType::UserSignedOut),
              byType.value(ZoomEventType::UserUpdated));
        QVERIFY(presence > total / 3);
        QVERIFY(phone > total / 10);
        QVERIFY(byType.value(ZoomEventType::UserSignedIn) + byType.value(ZoomEventType::UserSignedOut) > 0);
        QVERIFY(byType.value(ZoomEventType::UserUpdated) < total / 20);

        // Order per call_id by event_ts (delivery may interleave, the timestamps must not). The
        // presence app subscribes to no ringing event: a call's first event says it is connected —
        // callee_answered on our callee's side, caller_connected ("the caller is connected to the
        // callee") on our caller's side, both for an internal call. A missed call only ends.
        int complete = 0, onPhoneShown = 0, outbound = 0, inbound = 0, internal = 0, missed = 0;
        for (auto it = calls.begin(); it != calls.end(); ++it) {
            CallTrace t = it.value();
            QList<int> order(t.steps.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(),
                      [&t](int a, int b) { return t.timestamps[a] < t.timestamps[b]; });
            QList<ZoomEventType> steps;
            for (int i : order)
                steps.append(t.steps[i]);
            const int connected = int(steps.count(ZoomEventType::PhoneCallerConnected));
            const int answered = int(steps.count(ZoomEventType::PhoneCalleeAnswered));
            const int ends = int(steps.count(ZoomEventType::PhoneCallerEnded) +
                                 steps.count(ZoomEventType::PhoneCalleeEnded));
            QVERIFY(ends <= 1);
            QVERIFY(connected <= 1 && answered <= 1);
            if (ends == 1)
                QVERIFY(steps.last() == ZoomEventType::PhoneCallerEnded ||
                        steps.last() == ZoomEventType::PhoneCalleeEnded);
            if (t.handupResult == QLatin1String("Call Cancel")) {
                // Nobody answered: never "connected".
                QCOMPARE(steps, QList<ZoomEventType>{ZoomEventType::PhoneCallerEnded});
                ++missed;
                continue;
            }
            if (connected + answered == 0)
                continue; // still ringing when the simulation stopped
            const bool callerOurs = !t.callerId.isEmpty(), calleeOurs = !t.calleeId.isEmpty();
            QVERIFY2(connected == (callerOurs ? 1 : 0), qPrintable(it.key()));
            QVERIFY2(answered == (calleeOurs ? 1 : 0), qPrintable(it.key()));
            QVERIFY(steps.first() != ZoomEventType::PhoneCallerEnded &&
                    steps.first() != ZoomEventType::PhoneCalleeEnded);
            if (connected)
                QVERIFY2(t.connectedStart >= t.ringingStart, qPrintable(it.key())); // ISO 8601, UTC
            outbound += callerOurs && !calleeOurs;
            inbound += !callerOurs && calleeOurs;
            internal += callerOurs && calleeOurs;
            if (ends == 1) {
                ++complete;
                // The caller (if one of ours) showed On_Phone_Call during the call.
                if (callerOurs) {
                    // From the dialling on (ringing_start_time has whole seconds).
                    const qint64 from =
                        QDateTime::fromString(t.ringingStart, Qt::ISODate).toMSecsSinceEpoch();
                    const qint64 to = t.timestamps[order.last()];
                    for (const auto& [ts, value] : presenceByUser.value(t.callerId)) {
                        if (ts >= from && ts <= to && value == QLatin1String("On_Phone_Call")) {
                            ++onPhoneShown;
                            break;
                        }
                    }
                }
            }
        }
        qInfo("calls: %d outbound, %d inbound, %d internal connected; %d missed", outbound, inbound, internal,
              missed);
        QVERIFY(outbound > 0 && inbound > 0 && internal > 0 && missed > 0);
        qInfo("%lld calls, %d complete, %d showed On_Phone_Call", qint64(calls.size()), complete,
              onPhoneShown);
        QVERIFY(complete >= 10);
        QVERIFY(onPhoneShown >= complete / 2);
    }

    // The rate is honoured over a couple of seconds (loosely: this is not a benchmark).
    void rateIsHonoured()
    {
        auto r = startReceiver(secret());
        SandboxEventSimulator sim(m_sandbox.get());
        sim.setRate(400);
        sim.setWebhookTarget(r->receiver.url());
        QElapsedTimer t;
        sim.start();
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(t.elapsed() >= 2000, 5000);
        const double seconds = t.elapsed() / 1000.0;
        const quint64 made = sim.generated();
        sim.stop();
        qInfo("%llu events in %.2f s at 400/s", made, seconds);
        QVERIFY2(made >= quint64(400 * seconds * 0.7), qPrintable(QString::number(made)));
        QVERIFY2(made <= quint64(400 * seconds * 1.2) + 10, qPrintable(QString::number(made)));
        QTRY_COMPARE_WITH_TIMEOUT(sim.webhooksDelivered(), made, 5000);
    }

    // Load: thousands per second into the receiver, nothing rejected or lost. How fast it drains is
    // a matter for a benchmark, not for this test: the drain deadline is generous.
    void highRateIntoTheReceiver()
    {
        auto r = startReceiver(secret());
        SandboxEventSimulator sim(m_sandbox.get());
        sim.setRate(10000);
        sim.setWebhookTarget(r->receiver.url());
        QElapsedTimer t;
        sim.start();
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(t.elapsed() >= 1000, 5000);
        const quint64 deliveredInTime = sim.webhooksDelivered();
        sim.stop();
        const double seconds = t.elapsed() / 1000.0;
        qInfo("%llu delivered while running (%.0f/s)", deliveredInTime, deliveredInTime / seconds);
        QElapsedTimer drain;
        drain.start();
        QTRY_COMPARE_WITH_TIMEOUT(sim.webhooksDelivered() + sim.webhookFailures(), sim.generated(), 60000);
        const double total = seconds + drain.elapsed() / 1000.0;
        qInfo("%llu events delivered in %.2f s (%.0f/s), %llu failures", sim.webhooksDelivered(), total,
              sim.webhooksDelivered() / total, sim.webhookFailures());
        QCOMPARE(sim.webhookFailures(), quint64(0));
        // At thousands per second the simulator makes some byte-identical events in the same
        // millisecond; the receiver answers those 2xx as replays and stores them once.
        const quint64 replayed = r->receiver.rejectedCount(RejectReason::Replayed);
        QCOMPARE(r->receiver.rejectedTotal(), replayed);
        QTRY_COMPARE(quint64(r->events.size()) + replayed, sim.generated());
        // Loose on a shared machine; the simulator itself is meant to sustain 10,000/s.
        QVERIFY2(sim.generated() >= quint64(2500 * seconds), qPrintable(QString::number(sim.generated())));
    }

    // A receiver that refuses (wrong secret: 401) makes failures, not deliveries, and says so.
    void refusedWebhooksAreFailures()
    {
        auto r = startReceiver(QByteArrayLiteral("not-the-sandbox-secret"));
        SandboxEventSimulator sim(m_sandbox.get());
        QSignalSpy failed(&sim, &SandboxEventSimulator::deliveryFailed);
        sim.setRate(200);
        sim.setWebhookTarget(r->receiver.url());
        sim.start();
        QTRY_VERIFY_WITH_TIMEOUT(sim.webhookFailures() >= 100, 5000);
        sim.stop();
        QTRY_COMPARE_WITH_TIMEOUT(sim.webhookFailures(), sim.generated(), 5000);
        QCOMPARE(sim.webhooksDelivered(), quint64(0));
        QCOMPARE(r->receiver.rejectedCount(RejectReason::BadSignature), sim.generated());
        QTRY_VERIFY(failed.count() >= 1);
        // Rate-limited: one report per second at most, not one per event.
        QVERIFY(failed.count() <= 3);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("401")),
                 qPrintable(failed.first().first().toString()));
    }

    // Nobody listening: failures are counted and reported, and delivery resumes once a receiver is up.
    void receiverDownThenUp()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port);
        url.setPath(QStringLiteral("/webhook"));

        SandboxEventSimulator sim(m_sandbox.get());
        QSignalSpy failed(&sim, &SandboxEventSimulator::deliveryFailed);
        sim.setRate(100);
        sim.setWebhookTarget(url);
        sim.start();
        QTRY_VERIFY_WITH_TIMEOUT(sim.webhookFailures() >= 20, 5000);
        QVERIFY(failed.count() >= 1);
        QCOMPARE(sim.webhooksDelivered(), quint64(0));

        WebhookReceiver receiver;
        receiver.setSecretToken(secret());
        WebhookReceiverConfig rc;
        rc.port = port;
        QVERIFY(receiver.start(rc).ok());
        QTRY_VERIFY_WITH_TIMEOUT(sim.webhooksDelivered() >= 50, 10000);
        sim.stop();
        QCOMPARE(receiver.rejectedTotal(), quint64(0));
    }

    // Over the sandbox's WebSocket endpoint, as Zoom sends them: module "message", the event a
    // JSON string in "content".
    void webSocketDelivery()
    {
        RestClient rest;
        ZoomAuth auth(&rest, ZoomEndpoints{m_sandbox->oauthUrl(), m_sandbox->apiUrl(), true},
                      ZoomCredentials{m_sandbox->credentials().accountId, m_sandbox->credentials().clientId,
                                      m_sandbox->credentials().clientSecret});
        QByteArray token;
        auth.token(this, [&token](const ZoomToken& t, const Error&) { token = t.accessToken; });
        QTRY_VERIFY(!token.isEmpty());

        QUrl url = m_sandbox->webSocketUrl();
        url.setQuery(QUrlQuery{{QStringLiteral("subscriptionId"), m_sandbox->webSocketSubscriptionId()},
                               {QStringLiteral("access_token"), QString::fromLatin1(token)}});
        QWebSocket ws;
        QList<QJsonObject> events;
        connect(&ws, &QWebSocket::textMessageReceived, this, [&events](const QString& message) {
            const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
            if (o.value(QStringLiteral("module")).toString() != QLatin1String("message"))
                return;
            QVERIFY(o.value(QStringLiteral("content")).isString());
            events.append(
                QJsonDocument::fromJson(o.value(QStringLiteral("content")).toString().toUtf8()).object());
        });
        ws.open(url);
        QTRY_COMPARE(m_sandbox->webSocketClientCount(), 1);

        SandboxEventSimulator sim(m_sandbox.get());
        sim.setRate(200);
        sim.setWebSocketEnabled(true);
        sim.start();
        QTRY_VERIFY_WITH_TIMEOUT(events.size() >= 100, 5000);
        sim.stop();
        QTRY_COMPARE(quint64(events.size()), sim.generated());
        QCOMPARE(sim.webhooksDelivered(), quint64(0));
        QCOMPARE(sim.webhookFailures(), quint64(0));
        for (const QJsonObject& o : std::as_const(events)) {
            const ZoomEvent e = ZoomEventParser::parse(o);
            QVERIFY(e.valid);
            QVERIFY2(e.type != ZoomEventType::Unknown, qPrintable(e.name));
            QVERIFY(m_userIds.contains(e.userId));
        }
        ws.close();
    }
};

QTEST_GUILESS_MAIN(TestEventSimulator)
#include "tst_eventsimulator.moc"
