#pragma once

#include "HttpRequestParser.h"
#include "MonitoredEvent.h"
#include "WebhookReceiver.h" // RejectReason, WebhookReceiverConfig
#include "zoom/WebhookVerifier.h"

#include <QByteArray>

namespace syncdesk {

// The socket-free half of WebhookReceiver: decides what one complete HTTP request gets (route,
// extra auth, x-zm-signature over the raw bytes, JSON check, URL validation) and serialises the
// response. Kept apart from the sockets so the fuzzer and the tests can drive exactly the code
// the receiver runs. Not thread-safe: one instance per worker thread.
class WebhookRequestHandler
{
public:
    enum class Kind : quint8 { Event, Validation, Rejected };
    struct Outcome
    {
        Kind kind = Kind::Rejected;
        RejectReason reason = RejectReason::Count_; // when Rejected
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
    QByteArray m_path;
    QByteArray m_extraAuthHeader;
    QByteArray m_extraAuthDigest; // SHA-256 of the expected value: compared digests have equal length
    qint64 m_dateSecond = -1;
    QByteArray m_dateLine;        // "Date: …\r\n", rebuilt once per second
};

} // namespace syncdesk
