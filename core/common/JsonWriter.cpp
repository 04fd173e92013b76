#include "JsonWriter.h"

#include "Redact.h"

namespace syncdesk {

namespace {

// Length of the valid UTF-8 sequence starting at p (1–4), or 0 when the bytes there are not one
// (overlong forms, surrogates and code points above U+10FFFF included).
int utf8SequenceLength(const uchar* p, const uchar* end)
{
    const uchar c = p[0];
    if (c < 0x80)
        return 1;
    auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (c == 0xED && p[1] >= 0xA0)
            return 0; // UTF-16 surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0;
        if (c == 0xF4 && p[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

JsonWriter::JsonWriter(QByteArray* out) : m_out(out)
{
    m_out->append('{');
}

void JsonWriter::key(QByteArrayView k)
{
    if (!m_first)
        m_out->append(',');
    m_first = false;
    appendString(m_out, k);
    m_out->append(':');
}

JsonWriter& JsonWriter::string(QByteArrayView k, QByteArrayView utf8)
{
    key(k);
    appendString(m_out, utf8);
    return *this;
}

JsonWriter& JsonWriter::string(QByteArrayView k, QStringView text)
{
    key(k);
    appendString(m_out, text);
    return *this;
}

JsonWriter& JsonWriter::number(QByteArrayView k, qint64 value)
{
    key(k);
    m_out->append(QByteArray::number(value));
    return *this;
}

JsonWriter& JsonWriter::boolean(QByteArrayView k, bool value)
{
    key(k);
    m_out->append(value ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::null(QByteArrayView k)
{
    key(k);
    m_out->append("null");
    return *this;
}

JsonWriter& JsonWriter::raw(QByteArrayView k, QByteArrayView json)
{
    key(k);
    m_out->append(json);
    return *this;
}

QByteArray& JsonWriter::member(QByteArrayView k)
{
    key(k);
    return *m_out;
}

JsonWriter& JsonWriter::headers(QByteArrayView k, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    key(k);
    // An object keeps files readable; it cannot hold a name twice, so repeats are joined.
    QList<QByteArray> names;
    QList<QByteArray> values;
    for (const auto& [name, value] : headers) {
        const QByteArray v = redact::shownHeader(name, value);
        const qsizetype at = names.indexOf(name);
        if (at >= 0) {
            values[at] += ", " + v;
        } else {
            names.append(name);
            values.append(v);
        }
    }
    m_out->append('{');
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i)
            m_out->append(',');
        // Header bytes are Latin-1 by HTTP's definition; mapping byte for byte keeps them exact.
        appendString(m_out, QStringView(QString::fromLatin1(names[i])));
        m_out->append(':');
        appendString(m_out, QStringView(QString::fromLatin1(values[i])));
    }
    m_out->append('}');
    return *this;
}

void JsonWriter::end()
{
    m_out->append('}');
}

void JsonWriter::appendString(QByteArray* out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    const auto* p = reinterpret_cast<const uchar*>(utf8.data());
    const auto* end = p + utf8.size();
    out->append('"');
    while (p < end) {
        // Runs of plain ASCII are copied in one go.
        const uchar* run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
            ++p;
        if (p > run)
            out->append(reinterpret_cast<const char*>(run), p - run);
        if (p == end)
            break;
        const uchar c = *p;
        if (c == '"' || c == '\\') {
            out->append('\\');
            out->append(char(c));
            ++p;
        } else if (c < 0x20) {
            switch (c) {
            case '\n': out->append("\\n", 2); break;
            case '\r': out->append("\\r", 2); break;
            case '\t': out->append("\\t", 2); break;
            default:
                out->append("\\u00", 4);
                out->append(hex[c >> 4]);
                out->append(hex[c & 0xf]);
            }
            ++p;
        } else {
            const int n = utf8SequenceLength(p, end);
            if (n == 0) {
                out->append("\\ufffd", 6); // one per byte that is not part of a valid sequence
                ++p;
            } else {
                out->append(reinterpret_cast<const char*>(p), n);
                p += n;
            }
        }
    }
    out->append('"');
}

void JsonWriter::appendString(QByteArray* out, QStringView text)
{
    // QString → UTF-8 is exact except for lone surrogates, which toUtf8() already makes U+FFFD.
    appendString(out, QByteArrayView(text.toUtf8()));
}

bool JsonWriter::isUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8SequenceLength(p, end);
        if (!n)
            return false;
        p += n;
    }
    return true;
}

} // namespace syncdesk
