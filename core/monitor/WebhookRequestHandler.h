#pragma once

#include "HttpRequestParser.h"
#include "MonitoredEvent.h"
#include "WebhookReceiver.h" // RejectReason, WebhookReceiverConfig
#include "zoom/WebhookVerifier.h"

#include <QByteArray>

#include <deque>
#include <unordered_set>

namespace syncdesk {

// The socket-free half of WebhookReceiver: decides what one complete HTTP request gets (route,
// extra auth, x-zm-signature over the raw bytes, JSON check, URL validation) and serialises the
// response. Kept apart from the sockets so the fuzzer and the tests can drive exactly the code
// the receiver runs. Not thread-safe: one instance per worker thread.
// Signatures of recently accepted events. An entry is needed only while a replay of its request
// would still pass the clock check (timestamp + tolerance); the size is bounded besides.
class ReplayCache
{
public:
    struct Key
    {
        quint64 a = 0, b = 0; // the first 128 bits of the verified HMAC: unforgeable without the secret
        bool operator==(const Key& o) const { return a == o.a && b == o.b; }
    };
    static Key keyOf(const WebhookVerifier::Mac& mac);

    // windowSec < 0: entries never expire by time (the timestamp check is off), only by capacity.
    void configure(qsizetype capacity, qint64 windowSec);
    bool contains(const Key& key) const { return m_keys.count(key) != 0; }
    void remember(const Key& key, qint64 timestampSec, qint64 nowSec);
    qsizetype size() const { return qsizetype(m_keys.size()); }

private:
    struct Hash
    {
        size_t operator()(const Key& k) const { return size_t(k.a); } // already uniformly random
    };
    struct Entry
    {
        Key key;
        qint64 expiresSec;
    };
    void prune(qint64 nowSec);

    std::unordered_set<Key, Hash> m_keys;
    std::deque<Entry> m_order; // insertion order: evicted from the front
    qsizetype m_capacity = 0;
    qint64 m_windowSec = 0;
};

class WebhookRequestHandler
{
public:
    // Replayed: correctly signed, but the same request was accepted before: answered 204, not delivered.
    enum class Kind : quint8 { Event, Validation, Rejected, Replayed };
    struct Outcome
    {
        Kind kind = Kind::Rejected;
        RejectReason reason = RejectReason::Count_; // when Rejected (Replayed when Replayed)
        int status = 0;
        MonitoredEvent event;                        // when Event or Validation
    };

    explicit WebhookRequestHandler(const WebhookReceiverConfig& config = {});
    void setConfig(const WebhookReceiverConfig& config);
    void setSecretToken(const QByteArray& secretToken) { m_verifier.setSecretToken(secretToken); }

    // Handles one request and appends the complete response to *response. The body and headers are
    // moved out of the request into outcome->event (no copy of the bytes that were verified).
    // The caller closes the connection afterwards when !request.keepAlive.
    void handle(HttpRequest& request, qint64 nowMs, QByteArray* response, Outcome* outcome);

    // Responses for what is found before a request is complete: parser errors (400, 411, 413,
    // 431, 505) and request timeouts (408). These always close the connection.
    void appendErrorResponse(QByteArray* response, int status, const char* detail, qint64 nowMs);
    static void append100Continue(QByteArray* response);

    static RejectReason reasonFor(WebhookVerifier::Result result);
    // JSON string literal with the escapes RFC 8259 requires; input is UTF-8 and passes through.
    static void appendJsonString(QByteArray* out, QByteArrayView utf8);

private:
    void reject(RejectReason reason, int status, const HttpRequest& request, qint64 nowMs, QByteArray* response,
                Outcome* outcome, const char* detail = nullptr);
    void appendHead(QByteArray* response, int status, bool keepAlive, int versionMinor, qint64 nowMs);
    const QByteArray& dateLine(qint64 nowMs);

    WebhookVerifier m_verifier;
    ReplayCache m_replays;
    QByteArray m_path;
    QByteArray m_extraAuthHeader;
    QByteArray m_extraAuthDigest; // SHA-256 of the expected value: compared digests have equal length
    qint64 m_dateSecond = -1;
    QByteArray m_dateLine;        // "Date: …\r\n", rebuilt once per second
};

} // namespace syncdesk
