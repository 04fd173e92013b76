#pragma once

#include "EventSource.h"
#include "MonitoredEvent.h"
#include "common/Error.h"
#include "zoom/WebhookVerifier.h"

#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QUrl>

#include <array>
#include <atomic>

namespace syncdesk {

struct WebhookReceiverConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;                         // 0 = ephemeral
    QString path = QStringLiteral("/webhook");
    int toleranceSec = 300;                   // accepted clock difference; at least 1 (start() refuses less)
    // Accept signed requests whatever their timestamp. Only for replaying old captures against a
    // test receiver: with it, a recorded request is valid forever. Never implied by a tolerance of 0.
    bool disableTimestampCheck = false;
    qint64 maxBodyBytes = 1024 * 1024;        // larger bodies: 413
    // Signatures of accepted events remembered for the tolerance window, so a replay is answered 2xx
    // but not stored twice. Bounded: at more events per window than this, the oldest are forgotten
    // early (about 40 bytes each).
    int replayCacheEntries = 100000;
    int maxConnections = 256;                 // more: the new connection is closed at once
    // Per peer address (IPv6: per /64), so one client cannot take every slot. Behind a tunnel or
    // reverse proxy on this computer all connections come from 127.0.0.1: raise it there if needed.
    int maxConnectionsPerPeer = 32;
    int idleTimeoutMs = 30000;                // keep-alive connection without a complete request since: closed
    // A request must be complete within this time of its first byte. More bytes do not extend it, and
    // bytes that are no request (blank lines) do not extend the idle timeout either (slowloris).
    int requestTimeoutMs = 10000;
    // Optional extra authentication Zoom can add: Basic ("authorization: Basic …") or a custom
    // header. Empty name = off. The value is a secret (from the keychain).
    QByteArray extraAuthHeader;               // lowercase header name, e.g. "authorization" or "x-my-auth"
    QByteArray extraAuthValue;                // exact expected value
};

// The reasons a request is refused; each is counted.
enum class RejectReason : quint8 {
    MissingSignature = 0,
    MalformedSignature,
    BadSignature,
    MissingTimestamp,
    MalformedTimestamp,
    StaleTimestamp,
    ExtraAuthFailed,   // 401
    BodyTooLarge,      // 413
    NotJson,           // 400 (correctly signed, but not a JSON object)
    MethodNotAllowed,  // 405
    NotFound,          // 404 (other path)
    MalformedRequest,  // 400 (HTTP syntax)
    TooManyConnections,
    Timeout,           // request not completed in time
    TooManyFromPeer,   // connection cap per peer address
    Replayed,          // 204: a signed request already received within the tolerance; not stored again
    Count_
};
QString rejectReasonName(RejectReason r);  // stable key

// Rejections counted since the previous report, per reason.
struct RejectCounts
{
    std::array<quint64, size_t(RejectReason::Count_)> byReason{};
    quint64 total() const;
    bool isEmpty() const { return total() == 0; }
};
QString rejectReasonLabel(RejectReason r); // translated

// Zoom's webhook endpoint, run locally: answers endpoint.url_validation, verifies x-zm-signature
// over the raw bytes, answers 200/204 to every accepted event (unknown types too: a non-2xx makes
// Zoom retry), keep-alive, bounded connections. Sockets run on a worker thread of its own; accepted
// events reach the owner's thread in batches (eventsReceived), at most one batch per ~10 ms.
class WebhookReceiver : public EventSource
{
    Q_OBJECT
public:
    static constexpr int kRejectReportIntervalMs = 250;

    explicit WebhookReceiver(QObject* parent = nullptr);
    ~WebhookReceiver() override;

    EventSourceKind kind() const override { return EventSourceKind::Webhook; }
    State state() const override { return isListening() ? State::Running : State::Stopped; }

    // The secret token (from the keychain) may be changed while running.
    void setSecretToken(const QByteArray& secretToken);
    Error start(const WebhookReceiverConfig& config);
    void stop() override;
    bool isListening() const;
    quint16 port() const;
    QUrl url() const; // http://<address>:<port><path>

    quint64 acceptedCount() const;
    quint64 validationCount() const; // endpoint.url_validation requests answered
    quint64 rejectedCount(RejectReason reason) const;
    quint64 rejectedTotal() const;
    int openConnections() const;

signals:
    // Rejections since the last report, counted on the receiver's thread and reported at most every
    // kRejectReportIntervalMs: a flood of bad requests costs the owner's (GUI) thread a few calls a
    // second, not one per request.
    void rejectionsCounted(const syncdesk::RejectCounts& delta);
    void stopped();

private:
    void stopImpl(bool announce);

    class Worker;
    Worker* m_worker = nullptr;
    class QThread* m_thread = nullptr;
    WebhookReceiverConfig m_config;
    quint16 m_port = 0;

    // Written by the worker thread, read from anywhere: relaxed atomics are enough for counters.
    std::atomic<quint64> m_accepted{0};
    std::atomic<quint64> m_validations{0};
    std::array<std::atomic<quint64>, size_t(RejectReason::Count_)> m_rejected{};
    std::atomic<int> m_open{0};
    // The worker copies the secret only when the generation moved, so the per-request cost of
    // thread-safe rotation is one atomic load.
    mutable QMutex m_secretMutex;
    QByteArray m_secret;
    std::atomic<quint64> m_secretGeneration{0};
};

} // namespace syncdesk

Q_DECLARE_METATYPE(syncdesk::RejectCounts)
