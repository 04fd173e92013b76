#pragma once

#include "net/RestClient.h" // HeaderList

#include <QByteArray>
#include <QByteArrayView>

namespace syncdesk {

// One HTTP/1.x request as the webhook receiver sees it. Header names are lowercased, values have
// surrounding whitespace removed; the body is the exact bytes that followed the header block.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;          // as sent ("/webhook?x=1", "http://host/webhook", "*")
    QByteArray path;            // target without scheme, authority, query and fragment
    int versionMinor = 1;       // HTTP/1.<minor>
    HeaderList headers;
    QByteArray body;
    qint64 contentLength = 0;
    bool keepAlive = true;      // after the Connection header and the version's default

    // First value of a header; name must be lowercase. Empty when absent.
    QByteArray header(QByteArrayView lowercaseName) const;
    bool hasHeader(QByteArrayView lowercaseName) const;
};

// Incremental, allocation-light HTTP/1.1 request parser for a server connection.
// Feed whatever the socket delivered (any split, several pipelined requests at once) and pull
// complete requests with next(). Bodies need Content-Length: chunked transfer coding is refused
// with 411 because webhook senders always send a length and refusing it removes a whole class of
// framing bugs (request smuggling via TE/CL disagreements). Errors are sticky: after one, the
// connection has lost framing and must be answered with errorStatus() and closed.
class HttpRequestParser
{
public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024; // request line + header fields; more: 431
        int maxHeaderCount = 100;             // more: 431
        qint64 maxBodyBytes = 1024 * 1024;    // declared Content-Length above this: 413 (before reading it)
    };

    enum class Status {
        NeedMore,         // no complete request buffered
        Complete,         // *out holds the next request
        ContinueExpected, // headers done, client sent "Expect: 100-continue": answer 100 then call next() again
        Error,            // see errorStatus(); close the connection after answering
    };

    HttpRequestParser() = default;
    explicit HttpRequestParser(Limits limits);

    void setLimits(const Limits& limits) { m_limits = limits; }
    const Limits& limits() const { return m_limits; }

    // Zero-copy feeding: reserve room for n bytes, read into it, then commit what was read.
    char* prepareAppend(qsizetype n);
    void commitAppend(qsizetype n);
    void append(QByteArrayView data);

    Status next(HttpRequest* out);

    int errorStatus() const { return m_errorStatus; }      // 400, 411, 413, 431, 505
    const char* errorReason() const { return m_errorReason; } // short stable English phrase for logs/bodies
    // After a 413: body bytes the client announced and may still send (worth draining before
    // closing, so the client reads the 413 instead of a connection reset).
    qint64 undeliveredBodyBytes() const { return m_undelivered; }

    // True when no byte of an unfinished request is buffered (between requests).
    bool isIdle() const { return m_state == State::Head && m_pos == m_buf.size(); }
    bool hasError() const { return m_state == State::Failed; }
    qsizetype bufferedBytes() const { return m_buf.size() - m_pos; }
    void reset();

private:
    enum class State : quint8 { Head, Body, Failed };

    Status fail(int status, const char* reason);
    bool parseHead(const char* begin, const char* end); // fills m_current; false on error (fail() called)
    void compact();

    Limits m_limits;
    QByteArray m_buf;
    qsizetype m_pos = 0;       // first unconsumed byte
    qsizetype m_scan = 0;      // header terminator search resumes here (absolute offset)
    qsizetype m_lastPrepared = 0;
    State m_state = State::Head;
    bool m_continueSignalled = false;
    bool m_expectContinue = false;
    HttpRequest m_current;
    int m_errorStatus = 0;
    const char* m_errorReason = "";
    qint64 m_undelivered = 0;
};

} // namespace syncdesk
