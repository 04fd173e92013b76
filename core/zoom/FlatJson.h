#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <vector>

namespace syncdesk {

// A strict, allocation-light JSON reader for hot paths (the event parser, exports): it validates
// the whole document and records one token per value, pointing into the caller's bytes, so a
// lookup costs no QString until the caller asks for one. QJsonDocument costs ~4–6 µs for a
// 500-byte Zoom event, mostly building a tree we read five fields of; this costs well under 1 µs.
// The bytes must outlive the FlatJson. Invalid UTF-8 inside strings is tolerated (replaced on
// decoding), everything else follows RFC 8259.
class FlatJson
{
public:
    enum class Type : quint8
    {
        Null,
        False,
        True,
        Number,
        String,
        Array,
        Object
    };

    struct Token
    {
        Type type = Type::Null;
        bool escaped = false; // String: contains backslash escapes (decode before comparing)
        qint32 begin = 0;     // String: first byte inside the quotes; others: first byte of the value
        qint32 end = 0;       // String: the closing quote; others: one past the value
        qint32 next = 0;      // index of the first token after this value (and its children)
    };

    // A value inside a parsed document; index < 0 means "absent" (a missing member).
    class Value
    {
    public:
        Value() = default;
        Value(const FlatJson* doc, qint32 index) : m_doc(doc), m_index(index) {}

        bool isMissing() const { return m_index < 0; }
        Type type() const { return m_doc->m_tokens[size_t(m_index)].type; }
        bool isObject() const { return !isMissing() && type() == Type::Object; }
        bool isArray() const { return !isMissing() && type() == Type::Array; }
        bool isString() const { return !isMissing() && type() == Type::String; }
        bool isNumber() const { return !isMissing() && type() == Type::Number; }

        // Object member by key (the last one if repeated, as QJsonDocument does); absent when
        // this is not an object.
        Value operator[](QLatin1StringView key) const;
        // String: decoded; Number: the literal as sent ("1001"); true/false: "true"/"false"; else empty.
        QString toString() const;
        // Number (integral part of fractional values) or a string holding a number; else fallback.
        qint64 toInt64(qint64 fallback = 0, bool* ok = nullptr) const;
        // The bytes of this value as they appear in the document (strings include their quotes).
        QByteArrayView raw() const;
        // String: the bytes between the quotes, still escaped.
        QByteArrayView rawString() const;

        template <typename F> void forEachMember(F&& f) const // f(Value key, Value value)
        {
            if (!isObject())
                return;
            const auto& toks = m_doc->m_tokens;
            qint32 i = m_index + 1;
            const qint32 end = toks[size_t(m_index)].next;
            while (i < end) {
                const Value key(m_doc, i);
                const Value value(m_doc, i + 1);
                f(key, value);
                i = toks[size_t(i + 1)].next;
            }
        }
        template <typename F> void forEachElement(F&& f) const // f(Value element)
        {
            if (!isArray())
                return;
            const auto& toks = m_doc->m_tokens;
            qint32 i = m_index + 1;
            const qint32 end = toks[size_t(m_index)].next;
            while (i < end) {
                f(Value(m_doc, i));
                i = toks[size_t(i)].next;
            }
        }

    private:
        const FlatJson* m_doc = nullptr;
        qint32 m_index = -1;
    };

    // Parses data (kept by reference). False on a syntax error; errorOffset() tells where.
    bool parse(QByteArrayView data);
    bool isValid() const { return !m_tokens.empty(); }
    Value root() const { return Value(this, m_tokens.empty() ? -1 : 0); }
    qsizetype errorOffset() const { return m_errorOffset; }
    QByteArrayView data() const { return m_data; }

    // Decodes the escapes of a JSON string body (the bytes between the quotes).
    static QString decodeString(QByteArrayView escaped);
    // Appends s to out as a JSON string literal (with quotes); only what RFC 8259 requires is escaped.
    static void appendQuoted(QByteArray& out, QStringView s);
    static void appendQuoted(QByteArray& out, QByteArrayView utf8);

private:
    bool parseValue(int depth);
    bool parseString();
    bool parseNumber();
    bool parseLiteral(const char* word, qsizetype length, Type type);
    void skipSpace();
    bool fail();

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qsizetype m_errorOffset = -1;
    std::vector<Token> m_tokens;
};

} // namespace syncdesk
