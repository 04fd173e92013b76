#include "FlatJson.h"

#include <charconv>
#include <cstring>

namespace syncdesk {

namespace {

// Deeper documents are refused: recursion is bounded so a hostile body cannot exhaust the stack.
constexpr int kMaxDepth = 128;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool parseInt64(const char* begin, const char* end, qint64* out)
{
    const auto [ptr, ec] = std::from_chars(begin, end, *out);
    return ec == std::errc() && ptr == end;
}

bool parseDoubleAsInt64(const char* begin, const char* end, qint64* out)
{
    double d = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, d);
    // 9.2e18 is where qint64 ends; beyond it the value is not a timestamp or id we can use.
    if (ec != std::errc() || ptr != end || !(d > -9.2e18 && d < 9.2e18))
        return false;
    *out = qint64(d);
    return true;
}

void appendEscapedByte(QByteArray& out, uchar c)
{
    static const char hex[] = "0123456789abcdef";
    switch (c) {
    case '"':
        out.append("\\\"", 2);
        return;
    case '\\':
        out.append("\\\\", 2);
        return;
    case '\n':
        out.append("\\n", 2);
        return;
    case '\r':
        out.append("\\r", 2);
        return;
    case '\t':
        out.append("\\t", 2);
        return;
    case '\b':
        out.append("\\b", 2);
        return;
    case '\f':
        out.append("\\f", 2);
        return;
    default:
        break;
    }
    const char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
    out.append(u, 6);
}

} // namespace

bool FlatJson::fail()
{
    m_errorOffset = m_pos;
    m_tokens.clear();
    return false;
}

void FlatJson::skipSpace()
{
    const qsizetype n = m_data.size();
    const char* d = m_data.data();
    while (m_pos < n && isSpace(d[m_pos]))
        ++m_pos;
}

bool FlatJson::parse(QByteArrayView data)
{
    m_data = data;
    m_pos = 0;
    m_errorOffset = -1;
    m_tokens.clear();
    // A typical Zoom event has 20–80 values; one reservation covers it (the vector is reused).
    m_tokens.reserve(64);
    // A UTF-8 byte order mark is not JSON, but some tools write one; it carries no meaning.
    if (m_data.size() >= 3 && std::memcmp(m_data.data(), "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3;
    skipSpace();
    if (!parseValue(0))
        return false;
    skipSpace();
    if (m_pos != m_data.size())
        return fail();
    return true;
}

bool FlatJson::parseValue(int depth)
{
    if (depth > kMaxDepth || m_pos >= m_data.size())
        return fail();
    const char* d = m_data.data();
    const qsizetype n = m_data.size();
    switch (d[m_pos]) {
    case '{':
    case '[': {
        const bool isObject = d[m_pos] == '{';
        const char close = isObject ? '}' : ']';
        const size_t index = m_tokens.size();
        m_tokens.push_back({isObject ? Type::Object : Type::Array, false, qint32(m_pos), 0, 0});
        ++m_pos;
        skipSpace();
        if (m_pos < n && d[m_pos] == close) {
            ++m_pos;
        } else {
            for (;;) {
                if (isObject) {
                    if (m_pos >= n || d[m_pos] != '"' || !parseString())
                        return fail();
                    skipSpace();
                    if (m_pos >= n || d[m_pos] != ':')
                        return fail();
                    ++m_pos;
                    skipSpace();
                }
                if (!parseValue(depth + 1))
                    return false;
                skipSpace();
                if (m_pos >= n)
                    return fail();
                if (d[m_pos] == ',') {
                    ++m_pos;
                    skipSpace();
                    continue;
                }
                if (d[m_pos] == close) {
                    ++m_pos;
                    break;
                }
                return fail();
            }
        }
        m_tokens[index].end = qint32(m_pos);
        m_tokens[index].next = qint32(m_tokens.size());
        return true;
    }
    case '"':
        return parseString();
    case 't':
        return parseLiteral("true", 4, Type::True);
    case 'f':
        return parseLiteral("false", 5, Type::False);
    case 'n':
        return parseLiteral("null", 4, Type::Null);
    default:
        return parseNumber();
    }
}

bool FlatJson::parseString()
{
    const char* d = m_data.data();
    const qsizetype n = m_data.size();
    const qsizetype begin = ++m_pos; // past the opening quote
    bool escaped = false;
    while (m_pos < n) {
        const uchar c = uchar(d[m_pos]);
        if (c == '"') {
            m_tokens.push_back(
                {Type::String, escaped, qint32(begin), qint32(m_pos), qint32(m_tokens.size() + 1)});
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return fail();
        if (c == '\\') {
            escaped = true;
            if (++m_pos >= n)
                return fail();
            switch (d[m_pos]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                break;
            case 'u':
                if (m_pos + 4 >= n)
                    return fail();
                for (int k = 1; k <= 4; ++k) {
                    if (hexValue(d[m_pos + k]) < 0)
                        return fail();
                }
                m_pos += 4;
                break;
            default:
                return fail();
            }
        }
        ++m_pos;
    }
    return fail();
}

bool FlatJson::parseNumber()
{
    const char* d = m_data.data();
    const qsizetype n = m_data.size();
    const qsizetype begin = m_pos;
    auto digit = [&](qsizetype i) { return i < n && d[i] >= '0' && d[i] <= '9'; };
    if (m_pos < n && d[m_pos] == '-')
        ++m_pos;
    if (!digit(m_pos))
        return fail();
    if (d[m_pos] == '0') {
        ++m_pos;
    } else {
        while (digit(m_pos))
            ++m_pos;
    }
    if (m_pos < n && d[m_pos] == '.') {
        ++m_pos;
        if (!digit(m_pos))
            return fail();
        while (digit(m_pos))
            ++m_pos;
    }
    if (m_pos < n && (d[m_pos] == 'e' || d[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < n && (d[m_pos] == '+' || d[m_pos] == '-'))
            ++m_pos;
        if (!digit(m_pos))
            return fail();
        while (digit(m_pos))
            ++m_pos;
    }
    m_tokens.push_back({Type::Number, false, qint32(begin), qint32(m_pos), qint32(m_tokens.size() + 1)});
    return true;
}

bool FlatJson::parseLiteral(const char* word, qsizetype length, Type type)
{
    if (m_data.size() - m_pos < length || std::memcmp(m_data.data() + m_pos, word, size_t(length)) != 0)
        return fail();
    m_tokens.push_back({type, false, qint32(m_pos), qint32(m_pos + length), qint32(m_tokens.size() + 1)});
    m_pos += length;
    return true;
}

FlatJson::Value FlatJson::Value::operator[](QLatin1StringView key) const
{
    if (!isObject())
        return {};
    const auto& toks = m_doc->m_tokens;
    const char* d = m_doc->m_data.data();
    qint32 i = m_index + 1;
    const qint32 end = toks[size_t(m_index)].next;
    // The last occurrence of a repeated key wins, as in QJsonDocument and JavaScript's JSON.parse:
    // two readers of one body must not see different values.
    qint32 found = -1;
    while (i < end) {
        const Token& k = toks[size_t(i)];
        const qsizetype len = k.end - k.begin;
        if (!k.escaped) {
            if (len == key.size() && std::memcmp(d + k.begin, key.data(), size_t(len)) == 0)
                found = i + 1;
        } else if (decodeString(QByteArrayView(d + k.begin, len)) == key) {
            found = i + 1;
        }
        i = toks[size_t(i + 1)].next;
    }
    return found < 0 ? Value() : Value(m_doc, found);
}

QByteArrayView FlatJson::Value::raw() const
{
    if (isMissing())
        return {};
    const Token& t = m_doc->m_tokens[size_t(m_index)];
    if (t.type == Type::String)
        return m_doc->m_data.sliced(t.begin - 1, t.end - t.begin + 2);
    return m_doc->m_data.sliced(t.begin, t.end - t.begin);
}

QByteArrayView FlatJson::Value::rawString() const
{
    if (!isString())
        return {};
    const Token& t = m_doc->m_tokens[size_t(m_index)];
    return m_doc->m_data.sliced(t.begin, t.end - t.begin);
}

QString FlatJson::Value::toString() const
{
    if (isMissing())
        return {};
    const Token& t = m_doc->m_tokens[size_t(m_index)];
    const QByteArrayView bytes = m_doc->m_data.sliced(t.begin, t.end - t.begin);
    switch (t.type) {
    case Type::String:
        return t.escaped ? decodeString(bytes) : QString::fromUtf8(bytes);
    case Type::Number:
    case Type::True:
    case Type::False:
        return QString::fromLatin1(bytes);
    default:
        return {};
    }
}

qint64 FlatJson::Value::toInt64(qint64 fallback, bool* ok) const
{
    if (ok)
        *ok = false;
    if (isMissing())
        return fallback;
    const Token& t = m_doc->m_tokens[size_t(m_index)];
    const char* b = m_doc->m_data.data() + t.begin;
    const char* e = m_doc->m_data.data() + t.end;
    if (t.type == Type::String) {
        if (t.escaped)
            return fallback;
        // Zoom sends some numbers as strings ("login_type":"100"); surrounding blanks are noise.
        while (b < e && *b == ' ')
            ++b;
        while (e > b && e[-1] == ' ')
            --e;
        if (b < e && *b == '+')
            ++b;
    } else if (t.type != Type::Number) {
        return fallback;
    }
    qint64 v = 0;
    if (parseInt64(b, e, &v) || parseDoubleAsInt64(b, e, &v)) {
        if (ok)
            *ok = true;
        return v;
    }
    return fallback;
}

QString FlatJson::decodeString(QByteArrayView escaped)
{
    QString out;
    out.reserve(escaped.size());
    const char* d = escaped.data();
    const qsizetype n = escaped.size();
    qsizetype runStart = 0;
    qsizetype i = 0;
    auto readHex4 = [&](qsizetype at) -> int {
        if (at + 4 > n)
            return -1;
        int v = 0;
        for (int k = 0; k < 4; ++k) {
            const int h = hexValue(d[at + k]);
            if (h < 0)
                return -1;
            v = (v << 4) | h;
        }
        return v;
    };
    while (i < n) {
        if (d[i] != '\\') {
            ++i;
            continue;
        }
        if (i > runStart)
            out.append(QString::fromUtf8(d + runStart, i - runStart));
        if (i + 1 >= n)
            break;
        const char c = d[i + 1];
        i += 2;
        switch (c) {
        case 'b':
            out.append(QChar(u'\b'));
            break;
        case 'f':
            out.append(QChar(u'\f'));
            break;
        case 'n':
            out.append(QChar(u'\n'));
            break;
        case 'r':
            out.append(QChar(u'\r'));
            break;
        case 't':
            out.append(QChar(u'\t'));
            break;
        case 'u': {
            const int v = readHex4(i);
            if (v < 0) {
                out.append(QChar::ReplacementCharacter);
                break;
            }
            i += 4;
            const char16_t unit = char16_t(v);
            if (QChar::isHighSurrogate(unit) && i + 6 <= n && d[i] == '\\' && d[i + 1] == 'u') {
                const int low = readHex4(i + 2);
                if (low >= 0 && QChar::isLowSurrogate(char16_t(low))) {
                    out.append(QChar(unit));
                    out.append(QChar(char16_t(low)));
                    i += 6;
                    break;
                }
            }
            // A lone surrogate would make an invalid QString; show that something was there.
            out.append(QChar::isSurrogate(unit) ? QChar(QChar::ReplacementCharacter) : QChar(unit));
            break;
        }
        default:
            out.append(QLatin1Char(c));
            break; // " \ /
        }
        runStart = i;
    }
    if (runStart < n)
        out.append(QString::fromUtf8(d + runStart, n - runStart));
    return out;
}

void FlatJson::appendQuoted(QByteArray& out, QByteArrayView utf8)
{
    out.append('"');
    const char* d = utf8.data();
    const qsizetype n = utf8.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(d[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(d + runStart, i - runStart);
        appendEscapedByte(out, c);
        runStart = i + 1;
    }
    out.append(d + runStart, n - runStart);
    out.append('"');
}

void FlatJson::appendQuoted(QByteArray& out, QStringView s)
{
    appendQuoted(out, QByteArrayView(s.toUtf8()));
}

} // namespace syncdesk
