// libFuzzer target: the webhook receiver's HTTP request parser and everything the receiver does
// with a parsed request (routing, extra auth, x-zm-signature, JSON check, URL validation reply).
//
// Input layout: byte 0 selects a mode, the rest is what a client would send on one connection.
//   bit 0     re-sign every parsed request with the fuzzer's secret, so inputs get past the HMAC
//             and reach the JSON and URL-validation code (a fuzzer cannot forge HMAC-SHA256)
//   bits 1-4  feed the bytes in chunks of 1..16 bytes (0: all at once)
//   bit 5     require an extra auth header (x-fuzz-auth: k)
// Besides crashes and ASan reports it checks properties that must hold for any input:
//   - splitting the bytes differently never changes what is parsed (incremental parsing is exact);
//   - parsed header names are lowercase tokens, values carry no CR/LF/NUL, bodies match
//     Content-Length and the limit;
//   - a response is well-framed HTTP/1.1 with the outcome's status; 2xx exactly when accepted;
//   - an accepted request carries a signature an independent WebhookVerifier accepts, and its
//     raw body is delivered unchanged;
//   - a URL-validation reply is JSON that round-trips the plainToken and carries its HMAC.

#include "monitor/HttpRequestParser.h"
#include "monitor/WebhookRequestHandler.h"
#include "zoom/WebhookVerifier.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace syncdesk;

#define FUZZ_CHECK(cond)                                                                                \
    do {                                                                                                \
        if (!(cond)) {                                                                                  \
            std::fprintf(stderr, "invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);          \
            std::abort();                                                                               \
        }                                                                                               \
    } while (0)

namespace {

const QByteArray kSecret = QByteArrayLiteral("fuzz-secret-token");
const QByteArray kTimestamp = QByteArrayLiteral("1739923528");
constexpr qint64 kNowMs = 1739923528000;

HttpRequestParser::Limits fuzzLimits()
{
    HttpRequestParser::Limits l;
    l.maxHeaderBytes = 2048; // small, so the fuzzer reaches the limits with short inputs
    l.maxHeaderCount = 24;
    l.maxBodyBytes = 4096;
    return l;
}

struct Run
{
    QList<HttpRequest> requests;
    int errorStatus = 0;
    QByteArray errorReason;
};

bool sameRequest(const HttpRequest& a, const HttpRequest& b)
{
    return a.method == b.method && a.target == b.target && a.path == b.path && a.versionMinor == b.versionMinor
        && a.headers == b.headers && a.body == b.body && a.contentLength == b.contentLength
        && a.keepAlive == b.keepAlive;
}

void checkRequest(const HttpRequest& r, const HttpRequestParser::Limits& limits)
{
    FUZZ_CHECK(!r.method.isEmpty());
    FUZZ_CHECK(!r.target.isEmpty());
    FUZZ_CHECK(r.path.startsWith('/') || r.path == "*");
    FUZZ_CHECK(r.body.size() == r.contentLength);
    FUZZ_CHECK(r.contentLength <= limits.maxBodyBytes);
    FUZZ_CHECK(r.headers.size() <= limits.maxHeaderCount);
    for (const auto& h : r.headers) {
        FUZZ_CHECK(!h.first.isEmpty());
        for (const char c : h.first)
            FUZZ_CHECK(!(c >= 'A' && c <= 'Z') && c != ':' && static_cast<unsigned char>(c) > 0x20);
        for (const char c : h.second)
            FUZZ_CHECK(c != '\r' && c != '\n' && c != '\0');
        if (!h.second.isEmpty()) {
            FUZZ_CHECK(h.second.front() != ' ' && h.second.front() != '\t');
            FUZZ_CHECK(h.second.back() != ' ' && h.second.back() != '\t');
        }
    }
}

Run parseAll(QByteArrayView input, qsizetype chunk, const HttpRequestParser::Limits& limits)
{
    HttpRequestParser parser(limits);
    Run run;
    HttpRequest req;
    for (qsizetype off = 0; off < input.size() && run.errorStatus == 0; off += chunk) {
        parser.append(input.sliced(off, qMin(chunk, input.size() - off)));
        for (;;) {
            const auto st = parser.next(&req);
            if (st == HttpRequestParser::Status::NeedMore)
                break;
            if (st == HttpRequestParser::Status::ContinueExpected)
                continue;
            if (st == HttpRequestParser::Status::Error) {
                run.errorStatus = parser.errorStatus();
                run.errorReason = parser.errorReason();
                FUZZ_CHECK(run.errorStatus == 400 || run.errorStatus == 411 || run.errorStatus == 413
                           || run.errorStatus == 431 || run.errorStatus == 505);
                FUZZ_CHECK(parser.next(&req) == HttpRequestParser::Status::Error); // sticky
                break;
            }
            checkRequest(req, limits);
            run.requests.append(req);
        }
    }
    return run;
}

void setHeader(HeaderList& headers, const QByteArray& name, const QByteArray& value)
{
    for (auto& h : headers) {
        if (h.first == name) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

void checkResponse(const QByteArray& response, const WebhookRequestHandler::Outcome& outcome)
{
    FUZZ_CHECK(response.startsWith("HTTP/1.1 "));
    FUZZ_CHECK(response.mid(9, 3).toInt() == outcome.status);
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    FUZZ_CHECK(headEnd > 0);
    const QByteArray head = response.left(headEnd).toLower();
    const qsizetype cl = head.indexOf("\r\ncontent-length: ");
    if (cl >= 0) {
        const qsizetype lineEnd = head.indexOf("\r\n", cl + 2);
        const qint64 length = head.mid(cl + 18, (lineEnd < 0 ? head.size() : lineEnd) - cl - 18).toLongLong();
        FUZZ_CHECK(response.size() == headEnd + 4 + length);
    } else {
        FUZZ_CHECK(outcome.status == 204);
        FUZZ_CHECK(response.size() == headEnd + 4);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    const bool resign = mode & 1;
    const qsizetype chunk = (mode >> 1) & 0xf;
    const bool extraAuth = mode & 0x20;
    const QByteArrayView input(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const HttpRequestParser::Limits limits = fuzzLimits();

    const Run whole = parseAll(input, qMax<qsizetype>(1, input.size()), limits);
    if (chunk > 0) {
        const Run split = parseAll(input, chunk, limits);
        FUZZ_CHECK(split.requests.size() == whole.requests.size());
        for (qsizetype i = 0; i < whole.requests.size(); ++i)
            FUZZ_CHECK(sameRequest(split.requests[i], whole.requests[i]));
        FUZZ_CHECK(split.errorStatus == whole.errorStatus);
        FUZZ_CHECK(split.errorReason == whole.errorReason);
    }

    static WebhookRequestHandler* plain = [] {
        WebhookReceiverConfig cfg;
        cfg.maxBodyBytes = 4096;
        auto* h = new WebhookRequestHandler(cfg);
        h->setSecretToken(kSecret);
        return h;
    }();
    static WebhookRequestHandler* withAuth = [] {
        WebhookReceiverConfig cfg;
        cfg.maxBodyBytes = 4096;
        cfg.extraAuthHeader = "x-fuzz-auth";
        cfg.extraAuthValue = "k";
        auto* h = new WebhookRequestHandler(cfg);
        h->setSecretToken(kSecret);
        return h;
    }();
    WebhookRequestHandler* handler = extraAuth ? withAuth : plain;

    for (HttpRequest req : whole.requests) {
        if (resign) {
            setHeader(req.headers, "x-zm-request-timestamp", kTimestamp);
            setHeader(req.headers, "x-zm-signature", WebhookVerifier::sign(kSecret, kTimestamp, req.body));
        }
        const QByteArray sentBody = req.body;
        const WebhookVerifier::Result verdict =
            WebhookVerifier(kSecret).verify(req.header("x-zm-signature"), req.header("x-zm-request-timestamp"),
                                            req.body, kNowMs / 1000);
        QByteArray response;
        WebhookRequestHandler::Outcome outcome;
        handler->handle(req, kNowMs, &response, &outcome);
        checkResponse(response, outcome);

        const bool accepted = outcome.kind != WebhookRequestHandler::Kind::Rejected;
        FUZZ_CHECK(accepted == (outcome.status >= 200 && outcome.status < 300));
        if (!accepted) {
            FUZZ_CHECK(outcome.reason < RejectReason::Count_);
            continue;
        }
        if (outcome.kind == WebhookRequestHandler::Kind::Replayed) {
            // The handler lives across inputs: a re-signed body seen before is a replay.
            FUZZ_CHECK(verdict == WebhookVerifier::Result::Valid);
            FUZZ_CHECK(outcome.status == 204 && outcome.reason == RejectReason::Replayed);
            continue;
        }
        // Accepted only with a signature an independent verifier also accepts.
        FUZZ_CHECK(verdict == WebhookVerifier::Result::Valid);
        FUZZ_CHECK(outcome.event.raw.body == sentBody);
        if (outcome.kind == WebhookRequestHandler::Kind::Validation) {
            FUZZ_CHECK(outcome.status == 200);
            const QByteArray body = response.mid(response.indexOf("\r\n\r\n") + 4);
            // RFC 8259: control characters must be escaped (Qt's parser would accept them raw).
            for (const char c : body)
                FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20);
            QJsonParseError err;
            const QJsonObject o = QJsonDocument::fromJson(body, &err).object();
            FUZZ_CHECK(err.error == QJsonParseError::NoError);
            const QString token = o.value(QLatin1String("plainToken")).toString();
            // Compared as UTF-8: that is what is hashed and sent (a lone surrogate from a \ud800
            // escape cannot survive UTF-8 and comes back as U+FFFD, on both sides alike).
            FUZZ_CHECK(token.toUtf8() == outcome.event.parsed.plainToken.toUtf8());
            FUZZ_CHECK(o.value(QLatin1String("encryptedToken")).toString().toLatin1()
                       == WebhookVerifier::encryptedToken(kSecret, token.toUtf8()));
        }
    }
    return 0;
}
