#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QStringView>

namespace syncdesk {

// The project's one writer of JSON text (captures, exports, `syncdeskctl` output, the detail
// pane's copy): one object built member by member into a caller-owned buffer, so a million-line
// export allocates nothing per event. Strings are escaped as RFC 8259 requires; bytes that are not
// UTF-8 become U+FFFD, so whatever arrives the output is always valid JSON (the raw bytes, where
// they matter, go alongside as base64).
class JsonWriter
{
public:
    // Appends '{' to *out; end() appends the matching '}'.
    explicit JsonWriter(QByteArray* out);

    JsonWriter& string(QByteArrayView key, QByteArrayView utf8);
    JsonWriter& string(QByteArrayView key, QStringView text);
    JsonWriter& number(QByteArrayView key, qint64 value);
    JsonWriter& boolean(QByteArrayView key, bool value);
    JsonWriter& null(QByteArrayView key);
    // json must already be one valid JSON value; it is copied as it is.
    JsonWriter& raw(QByteArrayView key, QByteArrayView json);
    // An object of header name → value; repeated names joined with ", " as HTTP allows. Credentials
    // are masked by the project's one policy (redact::isCredentialHeader).
    JsonWriter& headers(QByteArrayView key, const QList<QPair<QByteArray, QByteArray>>& headers);
    // Starts a member whose value the caller appends to buffer() itself.
    QByteArray& member(QByteArrayView key);
    void end();

    QByteArray& buffer() { return *m_out; }

    // A JSON string literal, quotes included.
    static void appendString(QByteArray* out, QByteArrayView utf8);
    static void appendString(QByteArray* out, QStringView text);
    static bool isUtf8(QByteArrayView bytes);

private:
    void key(QByteArrayView key);

    QByteArray* m_out;
    bool m_first = true;
};

} // namespace syncdesk
