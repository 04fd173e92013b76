#include "WebhookVerifier.h"

#include <QCoreApplication>

#include <cstring>

namespace syncdesk {

namespace {

inline QByteArrayView trimmedView(const QByteArray& v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && (v[b] == ' ' || v[b] == '\t'))
        ++b;
    while (e > b && (v[e - 1] == ' ' || v[e - 1] == '\t'))
        --e;
    return QByteArrayView(v.constData() + b, e - b);
}

QByteArray hexMac(const HmacSha256& mac, std::initializer_list<QByteArrayView> parts, bool withPrefix)
{
    QByteArray out(withPrefix ? 3 + 64 : 64, Qt::Uninitialized);
    char* d = out.data();
    if (withPrefix) {
        std::memcpy(d, "v0=", 3);
        d += 3;
    }
    HmacSha256::toHex(mac.mac(parts), d);
    return out;
}

} // namespace

WebhookVerifier::WebhookVerifier(QByteArray secretToken, int toleranceSec)
    : m_secret(std::move(secretToken)), m_hmac(m_secret), m_toleranceSec(toleranceSec)
{
}

void WebhookVerifier::setSecretToken(const QByteArray& secretToken)
{
    m_secret = secretToken;
    m_hmac.setKey(m_secret);
}

bool WebhookVerifier::constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    // Time depends only on the length (public: always "v0=" + 64 hex), never on where they differ.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray WebhookVerifier::sign(const QByteArray& secretToken, const QByteArray& timestamp, const QByteArray& rawBody)
{
    return hexMac(HmacSha256(secretToken), {QByteArrayView("v0:", 3), timestamp, QByteArrayView(":", 1), rawBody},
                  true);
}

QByteArray WebhookVerifier::encryptedToken(const QByteArray& secretToken, const QByteArray& plainToken)
{
    return hexMac(HmacSha256(secretToken), {plainToken}, false);
}

QByteArray WebhookVerifier::encryptedToken(const QByteArray& plainToken) const
{
    return hexMac(m_hmac, {plainToken}, false);
}

WebhookVerifier::Result WebhookVerifier::verify(const QByteArray& signatureHeader, const QByteArray& timestampHeader,
                                                const QByteArray& rawBody, qint64 nowSec) const
{
    if (signatureHeader.isEmpty())
        return Result::MissingSignature;
    if (timestampHeader.isEmpty())
        return Result::MissingTimestamp;
    const QByteArrayView ts = trimmedView(timestampHeader);
    // Digits only: what Zoom sends, and no sign or spaces that toLongLong would quietly accept.
    if (ts.isEmpty() || ts.size() > 18)
        return Result::MalformedTimestamp;
    qint64 tsValue = 0;
    for (const char c : ts) {
        if (c < '0' || c > '9')
            return Result::MalformedTimestamp;
        tsValue = tsValue * 10 + (c - '0');
    }
    if (tsValue <= 0)
        return Result::MalformedTimestamp;
    const QByteArrayView sig = trimmedView(signatureHeader);
    if (sig.size() != 3 + 64 || !sig.startsWith("v0="))
        return Result::MalformedSignature;
    for (qsizetype i = 3; i < sig.size(); ++i) {
        const char c = sig[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return Result::MalformedSignature;
    }
    // Without a secret every HMAC is computable by anyone (empty key): nothing can be valid.
    if (m_secret.isEmpty())
        return Result::BadSignature;
    // Over the raw bytes, as Zoom signed them; the timestamp exactly as sent (minus header whitespace).
    char expected[64];
    HmacSha256::toHex(m_hmac.mac({QByteArrayView("v0:", 3), ts, QByteArrayView(":", 1), rawBody}), expected);
    // Constant time, case-insensitive: the characters are known to be hex, and | 0x20 lowercases
    // 'A'-'F' without touching digits.
    unsigned char diff = 0;
    for (int i = 0; i < 64; ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ (sig[3 + i] | 0x20));
    // The signature is checked before the clock so a forged request learns nothing about tolerance.
    if (diff != 0)
        return Result::BadSignature;
    if (m_toleranceSec > 0 && qAbs(nowSec - tsValue) > m_toleranceSec)
        return Result::StaleTimestamp;
    return Result::Valid;
}

QString WebhookVerifier::resultName(Result r)
{
    switch (r) {
    case Result::Valid: return QStringLiteral("valid");
    case Result::MissingSignature: return QStringLiteral("missing_signature");
    case Result::MalformedSignature: return QStringLiteral("malformed_signature");
    case Result::BadSignature: return QStringLiteral("bad_signature");
    case Result::MissingTimestamp: return QStringLiteral("missing_timestamp");
    case Result::MalformedTimestamp: return QStringLiteral("malformed_timestamp");
    case Result::StaleTimestamp: return QStringLiteral("stale_timestamp");
    case Result::Count_: break;
    }
    return QStringLiteral("unknown");
}

QString WebhookVerifier::resultLabel(Result r)
{
    switch (r) {
    case Result::Valid: return QCoreApplication::translate("WebhookVerifier", "Signature valid");
    case Result::MissingSignature: return QCoreApplication::translate("WebhookVerifier", "No x-zm-signature header");
    case Result::MalformedSignature: return QCoreApplication::translate("WebhookVerifier", "Malformed signature");
    case Result::BadSignature:
        return QCoreApplication::translate("WebhookVerifier", "Wrong signature (secret token does not match)");
    case Result::MissingTimestamp:
        return QCoreApplication::translate("WebhookVerifier", "No x-zm-request-timestamp header");
    case Result::MalformedTimestamp: return QCoreApplication::translate("WebhookVerifier", "Malformed timestamp");
    case Result::StaleTimestamp:
        return QCoreApplication::translate("WebhookVerifier", "Timestamp outside the tolerance (replay or clock skew)");
    case Result::Count_: break;
    }
    return {};
}

} // namespace syncdesk
