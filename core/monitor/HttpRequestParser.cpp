#include "HttpRequestParser.h"

#include <array>
#include <cstring>

namespace syncdesk {

namespace {

// RFC 9110 §5.6.2 tchar, as a table: the parser looks at every byte of every header name.
constexpr std::array<bool, 256> makeTcharTable()
{
    std::array<bool, 256> t{};
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        t[size_t(c)] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[size_t(c)] = true;
    for (char c : {'!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~'})
        t[size_t(static_cast<unsigned char>(c))] = true;
    return t;
}
constexpr std::array<bool, 256> kTchar = makeTcharTable();

inline bool isTchar(char c) { return kTchar[static_cast<unsigned char>(c)]; }
inline char asciiLower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c; }

bool equalsIgnoreCase(const char* a, qsizetype n, const char* lowercaseB)
{
    const qsizetype m = qsizetype(std::strlen(lowercaseB));
    if (n != m)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (asciiLower(a[i]) != lowercaseB[i])
            return false;
    }
    return true;
}

// Connection: close / keep-alive, in a comma-separated token list (RFC 9110 §7.6.1).
void scanConnectionTokens(const char* v, qsizetype n, bool* close, bool* keepAlive)
{
    qsizetype i = 0;
    while (i < n) {
        while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == ','))
            ++i;
        const qsizetype start = i;
        while (i < n && v[i] != ',')
            ++i;
        qsizetype end = i;
        while (end > start && (v[end - 1] == ' ' || v[end - 1] == '\t'))
            --end;
        if (equalsIgnoreCase(v + start, end - start, "close"))
            *close = true;
        else if (equalsIgnoreCase(v + start, end - start, "keep-alive"))
            *keepAlive = true;
    }
}

// Header names every webhook request carries, as static data: interning them saves two
// allocations per header per request (the name itself, and its free on the consumer's thread).
QByteArray internedHeaderName(const char* lower, qsizetype n)
{
    struct Known
    {
        QByteArrayView name;
        QByteArray (*make)();
    };
#define SYNCDESK_KNOWN(s) {QByteArrayView(s), [] { return QByteArrayLiteral(s); }}
    static const Known known[] = {
        SYNCDESK_KNOWN("host"),
        SYNCDESK_KNOWN("user-agent"),
        SYNCDESK_KNOWN("content-type"),
        SYNCDESK_KNOWN("content-length"),
        SYNCDESK_KNOWN("x-zm-request-timestamp"),
        SYNCDESK_KNOWN("x-zm-signature"),
        SYNCDESK_KNOWN("x-zm-request-id"),
        SYNCDESK_KNOWN("x-zm-trackingid"),
        SYNCDESK_KNOWN("traceparent"),
        SYNCDESK_KNOWN("accept-encoding"),
        SYNCDESK_KNOWN("accept"),
        SYNCDESK_KNOWN("authorization"),
        SYNCDESK_KNOWN("connection"),
        SYNCDESK_KNOWN("x-forwarded-for"),
        SYNCDESK_KNOWN("x-forwarded-proto"),
        SYNCDESK_KNOWN("x-forwarded-host"),
    };
#undef SYNCDESK_KNOWN
    const QByteArrayView name(lower, n);
    for (const Known& k : known) {
        if (k.name == name)
            return k.make();
    }
    return QByteArray(lower, n);
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView lowercaseName) const
{
    for (const auto& h : headers) {
        if (h.first == lowercaseName)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView lowercaseName) const
{
    for (const auto& h : headers) {
        if (h.first == lowercaseName)
            return true;
    }
    return false;
}

HttpRequestParser::HttpRequestParser(Limits limits) : m_limits(limits) {}

void HttpRequestParser::reset()
{
    m_buf.resize(0);
    m_pos = 0;
    m_scan = 0;
    m_lastPrepared = 0;
    m_state = State::Head;
    m_continueSignalled = false;
    m_expectContinue = false;
    m_current = HttpRequest{};
    m_errorStatus = 0;
    m_errorReason = "";
    m_undelivered = 0;
}

void HttpRequestParser::compact()
{
    // Consumed bytes are dropped only when that is cheap relative to what stays, so a large body
    // arriving in many small reads is not moved again and again.
    if (m_pos == 0)
        return;
    const qsizetype remaining = m_buf.size() - m_pos;
    if (remaining == 0) {
        m_buf.resize(0); // keeps the capacity: no allocation per request on a keep-alive connection
    } else if (m_pos >= 64 * 1024 || remaining <= m_pos) {
        std::memmove(m_buf.data(), m_buf.constData() + m_pos, size_t(remaining));
        m_buf.resize(remaining);
    } else {
        return;
    }
    m_scan = qMax<qsizetype>(0, m_scan - m_pos);
    m_pos = 0;
}

char* HttpRequestParser::prepareAppend(qsizetype n)
{
    compact();
    const qsizetype old = m_buf.size();
    m_buf.resize(old + n);
    m_lastPrepared = n;
    return m_buf.data() + old;
}

void HttpRequestParser::commitAppend(qsizetype n)
{
    // prepareAppend() grew the buffer by the requested amount; keep only what was really read.
    // (Callers pass the value read() returned, which is never more than what was prepared.)
    m_buf.resize(m_buf.size() - (m_lastPrepared - qBound<qsizetype>(0, n, m_lastPrepared)));
    m_lastPrepared = 0;
}

void HttpRequestParser::append(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    char* dst = prepareAppend(data.size());
    std::memcpy(dst, data.data(), size_t(data.size()));
    m_lastPrepared = 0;
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const char* reason)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorReason = reason;
    return Status::Error;
}

HttpRequestParser::Status HttpRequestParser::next(HttpRequest* out)
{
    if (m_state == State::Failed)
        return Status::Error;

    if (m_state == State::Head) {
        const char* data = m_buf.constData();
        const qsizetype size = m_buf.size();
        // RFC 9112 §2.2: ignore empty lines before a request line (some clients add CRLF after a body).
        while (m_pos < size && (data[m_pos] == '\r' || data[m_pos] == '\n'))
            ++m_pos;
        if (m_pos == size) {
            m_scan = m_pos;
            return Status::NeedMore;
        }
        // Find the empty line that ends the header block; resume where the last search stopped
        // so a header trickling in byte by byte costs linear time, not quadratic.
        qsizetype headEnd = -1;
        qsizetype p = qMax(m_scan, m_pos);
        while (p < size) {
            const void* nl = std::memchr(data + p, '\n', size_t(size - p));
            if (!nl) {
                p = size;
                break;
            }
            const qsizetype at = static_cast<const char*>(nl) - data;
            if (at + 1 < size && data[at + 1] == '\n') {
                headEnd = at + 2;
                break;
            }
            if (at + 2 < size && data[at + 1] == '\r' && data[at + 2] == '\n') {
                headEnd = at + 3;
                break;
            }
            if (at + 2 >= size && (at + 1 == size || data[at + 1] == '\r')) {
                p = at; // the terminator may be completed by the next read: look at this '\n' again
                break;
            }
            p = at + 1;
        }
        if (headEnd < 0) {
            m_scan = qMin(p, size);
            if (size - m_pos > m_limits.maxHeaderBytes)
                return fail(431, "request header fields too large");
            return Status::NeedMore;
        }
        // The same bound as above, so the verdict does not depend on how the bytes were split.
        if (headEnd - m_pos > m_limits.maxHeaderBytes)
            return fail(431, "request header fields too large");
        if (!parseHead(data + m_pos, data + headEnd))
            return Status::Error;
        m_pos = headEnd;
        m_scan = headEnd;
        if (m_current.contentLength > m_limits.maxBodyBytes) {
            // A client that asked "Expect: 100-continue" sends no body after a final status.
            m_undelivered = m_expectContinue
                ? 0
                : qMax<qint64>(0, m_current.contentLength - (m_buf.size() - m_pos));
            m_pos = m_buf.size();
            return fail(413, "content too large");
        }
        m_state = State::Body;
        m_continueSignalled = false;
    }

    // State::Body
    const qint64 need = m_current.contentLength;
    if (m_buf.size() - m_pos >= need) {
        if (need > 0)
            m_current.body = QByteArray(m_buf.constData() + m_pos, qsizetype(need));
        m_pos += qsizetype(need);
        m_scan = m_pos;
        *out = std::move(m_current);
        m_current = HttpRequest{};
        m_state = State::Head;
        m_expectContinue = false;
        return Status::Complete;
    }
    if (m_expectContinue && !m_continueSignalled && m_buf.size() == m_pos) {
        m_continueSignalled = true;
        return Status::ContinueExpected;
    }
    return Status::NeedMore;
}

bool HttpRequestParser::parseHead(const char* begin, const char* end)
{
    HttpRequest& r = m_current;
    r = HttpRequest{};
    m_expectContinue = false;

    auto lineEnd = [end](const char* from, const char** next) {
        const char* nl = static_cast<const char*>(std::memchr(from, '\n', size_t(end - from)));
        // parseHead() only sees complete header blocks, which end in '\n'.
        *next = nl + 1;
        return (nl > from && nl[-1] == '\r') ? nl - 1 : nl;
    };

    // Request line: method SP request-target SP HTTP-version
    const char* next = nullptr;
    const char* le = lineEnd(begin, &next);
    const char* p = begin;
    const char* methodEnd = p;
    while (methodEnd < le && isTchar(*methodEnd))
        ++methodEnd;
    if (methodEnd == p || methodEnd == le || *methodEnd != ' ') {
        fail(400, "malformed request line");
        return false;
    }
    const char* t = methodEnd + 1;
    const char* targetEnd = t;
    while (targetEnd < le && static_cast<unsigned char>(*targetEnd) > 0x20 && *targetEnd != 0x7f)
        ++targetEnd;
    if (targetEnd == t || targetEnd == le || *targetEnd != ' ') {
        fail(400, "malformed request line");
        return false;
    }
    const char* v = targetEnd + 1;
    if (le - v != 8 || std::memcmp(v, "HTTP/", 5) != 0 || v[5] < '0' || v[5] > '9' || v[6] != '.' || v[7] < '0'
        || v[7] > '9') {
        fail(400, "malformed HTTP version");
        return false;
    }
    if (v[5] != '1') {
        fail(505, "HTTP version not supported");
        return false;
    }
    r.versionMinor = v[7] - '0';
    const QByteArrayView method(p, methodEnd - p);
    if (method == "POST")
        r.method = QByteArrayLiteral("POST"); // static data: no allocation for the usual case
    else
        r.method = method.toByteArray();
    r.target = QByteArray(t, targetEnd - t);

    // The path we route on: origin-form up to '?'/'#'; absolute-form (RFC 9112 §3.2.2, servers
    // must accept it) without scheme and authority.
    const char* pathBegin = t;
    if (*t != '/') {
        const qsizetype tl = targetEnd - t;
        qsizetype skip = 0;
        if (tl >= 7 && equalsIgnoreCase(t, 7, "http://"))
            skip = 7;
        else if (tl >= 8 && equalsIgnoreCase(t, 8, "https://"))
            skip = 8;
        if (skip) {
            pathBegin = t + skip;
            while (pathBegin < targetEnd && *pathBegin != '/' && *pathBegin != '?' && *pathBegin != '#')
                ++pathBegin;
        } else if (!(tl == 1 && *t == '*')) {
            fail(400, "malformed request target");
            return false;
        }
    }
    const char* pathEnd = pathBegin;
    while (pathEnd < targetEnd && *pathEnd != '?' && *pathEnd != '#')
        ++pathEnd;
    if (pathEnd == pathBegin)
        r.path = QByteArrayLiteral("/");
    else if (pathBegin == t && pathEnd == targetEnd)
        r.path = r.target; // the common case: shared, not copied
    else
        r.path = QByteArray(pathBegin, pathEnd - pathBegin);

    // Header fields
    bool sawContentLength = false;
    bool sawTransferEncoding = false;
    bool connClose = false;
    bool connKeepAlive = false;
    int hostCount = 0;
    r.headers.reserve(12);
    for (const char* line = next; line < end;) {
        const char* lend = lineEnd(line, &next);
        if (lend == line)
            break; // the empty line ending the block
        if (*line == ' ' || *line == '\t') {
            fail(400, "obsolete header line folding");
            return false;
        }
        const char* colon = line;
        while (colon < lend && isTchar(*colon))
            ++colon;
        if (colon == line || colon == lend || *colon != ':') {
            fail(400, "malformed header field");
            return false;
        }
        const char* vb = colon + 1;
        while (vb < lend && (*vb == ' ' || *vb == '\t'))
            ++vb;
        const char* ve = lend;
        while (ve > vb && (ve[-1] == ' ' || ve[-1] == '\t'))
            --ve;
        for (const char* c = vb; c < ve; ++c) {
            const auto u = static_cast<unsigned char>(*c);
            if ((u < 0x20 && u != '\t') || u == 0x7f) {
                fail(400, "control character in header value");
                return false;
            }
        }
        if (r.headers.size() >= m_limits.maxHeaderCount) {
            fail(431, "too many header fields");
            return false;
        }
        const qsizetype nameLen = colon - line;
        QByteArray name;
        if (nameLen <= 64) {
            char lower[64];
            for (qsizetype i = 0; i < nameLen; ++i)
                lower[i] = asciiLower(line[i]);
            name = internedHeaderName(lower, nameLen);
        } else {
            name = QByteArray(nameLen, Qt::Uninitialized);
            char* nd = name.data();
            for (qsizetype i = 0; i < nameLen; ++i)
                nd[i] = asciiLower(line[i]);
        }
        const qsizetype valueLen = ve - vb;

        if (name == "content-length") {
            // Digits only: "+5", "5, 5", " 0x10" are framing ambiguities a smuggler would use.
            if (valueLen == 0) {
                fail(400, "malformed Content-Length");
                return false;
            }
            qint64 value = 0;
            for (const char* c = vb; c < ve; ++c) {
                if (*c < '0' || *c > '9') {
                    fail(400, "malformed Content-Length");
                    return false;
                }
                // Saturate instead of overflowing: anything this large is refused with 413 anyway.
                value = value > (qint64(1) << 50) ? value : value * 10 + (*c - '0');
            }
            if (sawContentLength && value != r.contentLength) {
                fail(400, "conflicting Content-Length headers");
                return false;
            }
            sawContentLength = true;
            r.contentLength = value;
        } else if (name == "transfer-encoding") {
            sawTransferEncoding = true;
        } else if (name == "connection") {
            scanConnectionTokens(vb, valueLen, &connClose, &connKeepAlive);
        } else if (name == "host") {
            ++hostCount;
        } else if (name == "expect") {
            if (equalsIgnoreCase(vb, valueLen, "100-continue"))
                m_expectContinue = true;
        }
        r.headers.append({std::move(name), QByteArray(vb, valueLen)});
        line = next;
    }

    if (sawTransferEncoding) {
        if (sawContentLength)
            fail(400, "both Transfer-Encoding and Content-Length");
        else
            fail(411, "chunked bodies are not accepted; send Content-Length");
        return false;
    }
    // RFC 9112 §3.2: an HTTP/1.1 request without exactly one Host is answered with 400.
    if ((r.versionMinor >= 1 && hostCount != 1) || hostCount > 1) {
        fail(400, "missing or repeated Host header");
        return false;
    }
    r.keepAlive = r.versionMinor >= 1 ? !connClose : (connKeepAlive && !connClose);
    return true;
}

} // namespace syncdesk
