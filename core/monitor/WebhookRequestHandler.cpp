#include "WebhookRequestHandler.h"

#include "common/Redact.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include <cstdio>
#include <cstring>

namespace syncdesk {

namespace {

// Stable keys: they appear in response bodies, logs and files, so they never change or translate.
const char* reasonKey(RejectReason r)
{
    switch (r) {
    case RejectReason::MissingSignature: return "missing_signature";
    case RejectReason::MalformedSignature: return "malformed_signature";
    case RejectReason::BadSignature: return "bad_signature";
    case RejectReason::MissingTimestamp: return "missing_timestamp";
    case RejectReason::MalformedTimestamp: return "malformed_timestamp";
    case RejectReason::StaleTimestamp: return "stale_timestamp";
    case RejectReason::ExtraAuthFailed: return "extra_auth_failed";
    case RejectReason::BodyTooLarge: return "body_too_large";
    case RejectReason::NotJson: return "not_json";
    case RejectReason::MethodNotAllowed: return "method_not_allowed";
    case RejectReason::NotFound: return "not_found";
    case RejectReason::MalformedRequest: return "malformed_request";
    case RejectReason::TooManyConnections: return "too_many_connections";
    case RejectReason::Timeout: return "timeout";
    case RejectReason::TooManyFromPeer: return "too_many_connections_from_peer";
    case RejectReason::Replayed: return "replayed";
    case RejectReason::Count_: break;
    }
    return "unknown";
}

const char* statusLine(int status)
{
    switch (status) {
    case 100: return "HTTP/1.1 100 Continue\r\n";
    case 200: return "HTTP/1.1 200 OK\r\n";
    case 204: return "HTTP/1.1 204 No Content\r\n";
    case 400: return "HTTP/1.1 400 Bad Request\r\n";
    case 401: return "HTTP/1.1 401 Unauthorized\r\n";
    case 404: return "HTTP/1.1 404 Not Found\r\n";
    case 405: return "HTTP/1.1 405 Method Not Allowed\r\n";
    case 408: return "HTTP/1.1 408 Request Timeout\r\n";
    case 411: return "HTTP/1.1 411 Length Required\r\n";
    case 413: return "HTTP/1.1 413 Content Too Large\r\n";
    case 431: return "HTTP/1.1 431 Request Header Fields Too Large\r\n";
    case 505: return "HTTP/1.1 505 HTTP Version Not Supported\r\n";
    default: break;
    }
    return "HTTP/1.1 500 Internal Server Error\r\n";
}

void appendDecimal(QByteArray* out, qint64 v)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = char('0' + v % 10);
        v /= 10;
    } while (v > 0 && n < 23);
    while (n > 0)
        out->append(buf[--n]);
}

} // namespace

QString rejectReasonName(RejectReason r)
{
    return QString::fromLatin1(reasonKey(r));
}

QString rejectReasonLabel(RejectReason r)
{
    switch (r) {
    case RejectReason::MissingSignature:
        return QCoreApplication::translate("WebhookReceiver", "No x-zm-signature header");
    case RejectReason::MalformedSignature:
        return QCoreApplication::translate("WebhookReceiver", "Malformed x-zm-signature header");
    case RejectReason::BadSignature:
        return QCoreApplication::translate("WebhookReceiver", "Wrong signature (the secret token does not match)");
    case RejectReason::MissingTimestamp:
        return QCoreApplication::translate("WebhookReceiver", "No x-zm-request-timestamp header");
    case RejectReason::MalformedTimestamp:
        return QCoreApplication::translate("WebhookReceiver", "Malformed x-zm-request-timestamp header");
    case RejectReason::StaleTimestamp:
        return QCoreApplication::translate("WebhookReceiver", "Timestamp outside the tolerance (replay or clock skew)");
    case RejectReason::ExtraAuthFailed:
        return QCoreApplication::translate("WebhookReceiver", "Extra authentication header missing or wrong");
    case RejectReason::BodyTooLarge: return QCoreApplication::translate("WebhookReceiver", "Body too large");
    case RejectReason::NotJson:
        return QCoreApplication::translate("WebhookReceiver", "Correctly signed, but the body is not a JSON object");
    case RejectReason::MethodNotAllowed:
        return QCoreApplication::translate("WebhookReceiver", "Method not allowed (only POST)");
    case RejectReason::NotFound: return QCoreApplication::translate("WebhookReceiver", "Unknown path");
    case RejectReason::MalformedRequest: return QCoreApplication::translate("WebhookReceiver", "Malformed HTTP request");
    case RejectReason::TooManyConnections:
        return QCoreApplication::translate("WebhookReceiver", "Too many connections at once");
    case RejectReason::Timeout:
        return QCoreApplication::translate("WebhookReceiver", "Request not completed in time");
    case RejectReason::TooManyFromPeer:
        return QCoreApplication::translate("WebhookReceiver", "Too many connections from one address");
    case RejectReason::Replayed:
        return QCoreApplication::translate("WebhookReceiver",
                                           "Replay of a request already received (answered, not stored again)");
    case RejectReason::Count_: break;
    }
    return {};
}

ReplayCache::Key ReplayCache::keyOf(const WebhookVerifier::Mac& mac)
{
    Key k;
    std::memcpy(&k.a, mac.data(), 8);
    std::memcpy(&k.b, mac.data() + 8, 8);
    return k;
}

void ReplayCache::configure(qsizetype capacity, qint64 windowSec)
{
    m_capacity = qMax<qsizetype>(0, capacity);
    m_windowSec = windowSec;
    m_keys.clear();
    m_order.clear();
}

void ReplayCache::prune(qint64 nowSec)
{
    // Timestamps arrive roughly in order, so expired entries gather at the front; one that expires
    // out of order waits behind the front until it or the capacity moves it out. Harmless: a
    // replay of it fails the clock check anyway.
    while (!m_order.empty()
           && (qsizetype(m_order.size()) > m_capacity || (m_windowSec >= 0 && m_order.front().expiresSec < nowSec))) {
        m_keys.erase(m_order.front().key);
        m_order.pop_front();
    }
}

void ReplayCache::remember(const Key& key, qint64 timestampSec, qint64 nowSec)
{
    if (m_capacity == 0 || !m_keys.insert(key).second)
        return;
    m_order.push_back({key, m_windowSec >= 0 ? timestampSec + m_windowSec : 0});
    prune(nowSec);
}

WebhookRequestHandler::WebhookRequestHandler(const WebhookReceiverConfig& config)
{
    setConfig(config);
}

void WebhookRequestHandler::setConfig(const WebhookReceiverConfig& config)
{
    m_verifier.setToleranceSec(config.toleranceSec);
    m_verifier.setTimestampCheckDisabled(config.disableTimestampCheck);
    m_replays.configure(config.replayCacheEntries, config.disableTimestampCheck ? -1 : qMax(0, config.toleranceSec));
    // Requests carry the path percent-encoded; encode the configured one the same way once.
    m_path = QUrl::toPercentEncoding(config.path, "/!$&'()*+,;=:@-._~");
    m_extraAuthHeader = config.extraAuthHeader.toLower();
    redact::addCredentialHeader(m_extraAuthHeader); // masked wherever headers are shown or written
    m_extraAuthDigest = m_extraAuthHeader.isEmpty()
        ? QByteArray()
        : QCryptographicHash::hash(config.extraAuthValue, QCryptographicHash::Sha256);
}

RejectReason WebhookRequestHandler::reasonFor(WebhookVerifier::Result result)
{
    switch (result) {
    case WebhookVerifier::Result::MissingSignature: return RejectReason::MissingSignature;
    case WebhookVerifier::Result::MalformedSignature: return RejectReason::MalformedSignature;
    case WebhookVerifier::Result::BadSignature: return RejectReason::BadSignature;
    case WebhookVerifier::Result::MissingTimestamp: return RejectReason::MissingTimestamp;
    case WebhookVerifier::Result::MalformedTimestamp: return RejectReason::MalformedTimestamp;
    case WebhookVerifier::Result::StaleTimestamp: return RejectReason::StaleTimestamp;
    case WebhookVerifier::Result::Valid:
    case WebhookVerifier::Result::Count_: break;
    }
    return RejectReason::BadSignature;
}

void WebhookRequestHandler::appendJsonString(QByteArray* out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out->append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out->append('\\');
            out->append(ch);
        } else if (c < 0x20) {
            out->append("\\u00", 4);
            out->append(hex[c >> 4]);
            out->append(hex[c & 0xf]);
        } else {
            out->append(ch);
        }
    }
    out->append('"');
}

const QByteArray& WebhookRequestHandler::dateLine(qint64 nowMs)
{
    // RFC 9110 §6.6.1: origin servers with a clock send Date. Formatting costs more than the rest
    // of a 204, so it is done once per second, by hand (IMF-fixdate must not follow the locale).
    const qint64 second = nowMs / 1000;
    if (second != m_dateSecond) {
        static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        const QDateTime t = QDateTime::fromSecsSinceEpoch(second, Qt::UTC);
        const QDate d = t.date();
        const QTime tm = t.time();
        char buf[64];
        const int n = std::snprintf(buf, sizeof buf, "Date: %s, %02d %s %04d %02d:%02d:%02d GMT\r\n",
                                    days[qBound(1, d.dayOfWeek(), 7) - 1], d.day(), months[qBound(1, d.month(), 12) - 1],
                                    d.year(), tm.hour(), tm.minute(), tm.second());
        m_dateLine = QByteArray(buf, qBound(0, n, int(sizeof buf) - 1));
        m_dateSecond = second;
    }
    return m_dateLine;
}

void WebhookRequestHandler::appendHead(QByteArray* response, int status, bool keepAlive, int versionMinor,
                                       qint64 nowMs)
{
    response->append(statusLine(status));
    response->append(dateLine(nowMs));
    if (!keepAlive)
        response->append("Connection: close\r\n", 19);
    else if (versionMinor == 0)
        response->append("Connection: keep-alive\r\n", 24); // HTTP/1.0 closes unless told otherwise
}

void WebhookRequestHandler::append100Continue(QByteArray* response)
{
    response->append("HTTP/1.1 100 Continue\r\n\r\n", 25);
}

void WebhookRequestHandler::appendErrorResponse(QByteArray* response, int status, const char* detail, qint64 nowMs)
{
    appendHead(response, status, false, 1, nowMs);
    QByteArray body = QByteArrayLiteral("{\"error\":");
    appendJsonString(&body, status == 413 ? "body_too_large" : status == 408 ? "timeout" : "malformed_request");
    if (detail && *detail) {
        body.append(",\"detail\":", 10);
        appendJsonString(&body, detail);
    }
    body.append('}');
    response->append("Content-Type: application/json\r\nContent-Length: ");
    appendDecimal(response, body.size());
    response->append("\r\n\r\n", 4);
    response->append(body);
}

void WebhookRequestHandler::reject(RejectReason reason, int status, const HttpRequest& request, qint64 nowMs,
                                   QByteArray* response, Outcome* outcome, const char* detail)
{
    outcome->kind = Kind::Rejected;
    outcome->reason = reason;
    outcome->status = status;
    appendHead(response, status, request.keepAlive, request.versionMinor, nowMs);
    if (status == 405)
        response->append("Allow: POST\r\n", 13);
    if (reason == RejectReason::ExtraAuthFailed && m_extraAuthHeader == "authorization")
        response->append("WWW-Authenticate: Basic realm=\"syncdesk-webhook\"\r\n");
    QByteArray body = QByteArrayLiteral("{\"error\":");
    appendJsonString(&body, reasonKey(reason));
    if (detail) {
        body.append(",\"detail\":", 10);
        appendJsonString(&body, detail);
    }
    body.append('}');
    response->append("Content-Type: application/json\r\nContent-Length: ");
    appendDecimal(response, body.size());
    response->append("\r\n\r\n", 4);
    response->append(body);
}

void WebhookRequestHandler::handle(HttpRequest& request, qint64 nowMs, QByteArray* response, Outcome* outcome)
{
    if (request.path != m_path)
        return reject(RejectReason::NotFound, 404, request, nowMs, response, outcome);
    if (request.method != "POST")
        return reject(RejectReason::MethodNotAllowed, 405, request, nowMs, response, outcome);

    if (!m_extraAuthHeader.isEmpty()) {
        // Digests of both sides: equal lengths, so the comparison time says nothing about the secret.
        const QByteArray given = request.header(m_extraAuthHeader);
        const QByteArray digest = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
        if (given.isEmpty() || !WebhookVerifier::constantTimeEquals(digest, m_extraAuthDigest))
            return reject(RejectReason::ExtraAuthFailed, 401, request, nowMs, response, outcome);
    }

    // Over request.body exactly as received: re-serialised JSON would differ from what Zoom signed.
    WebhookVerifier::Verified verified;
    const WebhookVerifier::Result verdict =
        m_verifier.verify(request.header("x-zm-signature"), request.header("x-zm-request-timestamp"), request.body,
                          nowMs / 1000, &verified);
    if (verdict != WebhookVerifier::Result::Valid)
        return reject(reasonFor(verdict), 401, request, nowMs, response, outcome);

    // The same signed request again (a replay, or Zoom resending what it did not see answered):
    // 2xx, so a genuine resend stops, but not stored twice. Only events are remembered (below);
    // a URL validation is answered again whenever asked, it changes nothing.
    const ReplayCache::Key replayKey = ReplayCache::keyOf(verified.mac);
    if (m_replays.contains(replayKey)) {
        outcome->kind = Kind::Replayed;
        outcome->reason = RejectReason::Replayed;
        outcome->status = 204;
        appendHead(response, 204, request.keepAlive, request.versionMinor, nowMs);
        response->append("\r\n", 2);
        return;
    }

    // The one parse of this body: the JSON check, the event name and plainToken below all come
    // from it. A body that is JSON in shape but not strictly valid (bytes that are not UTF-8, 1e400)
    // is signed by Zoom, so it is accepted and kept with its raw bytes, never dropped.
    MonitoredEvent& ev = outcome->event;
    ev.parsed = ZoomEventParser::parse(request.body);
    if (!ev.parsed.jsonObject && !ev.parsed.bodyInvalidJson)
        return reject(RejectReason::NotJson, 400, request, nowMs, response, outcome);

    if (ev.parsed.jsonObject && ev.parsed.name == QLatin1StringView("endpoint.url_validation")) {
        if (ev.parsed.plainToken.isEmpty())
            return reject(RejectReason::NotJson, 400, request, nowMs, response, outcome,
                          "endpoint.url_validation without payload.plainToken");
        const QString plainToken = ev.parsed.plainToken;
        const QByteArray plain = plainToken.toUtf8();
        QByteArray body;
        body.reserve(plain.size() + 110);
        body.append("{\"plainToken\":", 14);
        appendJsonString(&body, plain);
        body.append(",\"encryptedToken\":\"", 19);
        body.append(m_verifier.encryptedToken(plain));
        body.append("\"}", 2);
        appendHead(response, 200, request.keepAlive, request.versionMinor, nowMs);
        response->append("Content-Type: application/json\r\nContent-Length: ");
        appendDecimal(response, body.size());
        response->append("\r\n\r\n", 4);
        response->append(body);
        outcome->kind = Kind::Validation;
        outcome->status = 200;
        // Delivered too, so admins see every (re)validation; typed consistently with the reply.
        ev.parsed.type = ZoomEventType::EndpointUrlValidation;
        ev.parsed.plainToken = plainToken; // the token this reply answered, whatever the parser made of it
    } else {
        // 204: Zoom counts any 2xx as delivered, unknown event types included (a 4xx would make
        // the subscription look broken, a 5xx would make Zoom retry the same event).
        appendHead(response, 204, request.keepAlive, request.versionMinor, nowMs);
        response->append("\r\n", 2);
        outcome->kind = Kind::Event;
        outcome->status = 204;
    }
    ev.raw.source = EventSourceKind::Webhook;
    ev.raw.verification = Verification::SignatureValid;
    ev.raw.receivedAtMs = nowMs;
    ev.raw.body = std::move(request.body);
    ev.raw.headers = std::move(request.headers);
    if (outcome->kind == Kind::Event)
        m_replays.remember(replayKey, verified.timestampSec, nowMs / 1000);
}

} // namespace syncdesk
