#pragma once

#include "monitor/HmacSha256.h"

#include <QByteArray>
#include <QString>

namespace syncdesk {

// Zoom webhook authenticity (reference/zoom-platform.md §2–§3): x-zm-signature = "v0=" + hex
// HMAC-SHA256(secret token, "v0:" + x-zm-request-timestamp + ":" + raw body bytes), compared in
// constant time; the timestamp must be within a tolerance; URL validation answers with
// encryptedToken = hex HMAC-SHA256(secret token, plainToken).
class WebhookVerifier
{
public:
    enum class Result : quint8 {
        Valid = 0,
        MissingSignature,
        MalformedSignature,   // not "v0=<64 hex>"
        BadSignature,
        MissingTimestamp,
        MalformedTimestamp,
        StaleTimestamp,       // outside tolerance, either direction
        Count_
    };

    explicit WebhookVerifier(QByteArray secretToken = {}, int toleranceSec = 300);
    void setSecretToken(const QByteArray& secretToken);
    // 0 (or less) turns the clock check off.
    void setToleranceSec(int seconds) { m_toleranceSec = seconds; }
    int toleranceSec() const { return m_toleranceSec; }
    bool hasSecret() const { return !m_secret.isEmpty(); }

    Result verify(const QByteArray& signatureHeader, const QByteArray& timestampHeader, const QByteArray& rawBody,
                  qint64 nowSec) const;

    // "v0=" + hex; what Zoom would send (used by the sandbox and the benchmark).
    static QByteArray sign(const QByteArray& secretToken, const QByteArray& timestamp, const QByteArray& rawBody);
    static QByteArray encryptedToken(const QByteArray& secretToken, const QByteArray& plainToken);
    QByteArray encryptedToken(const QByteArray& plainToken) const;
    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

    static QString resultName(Result r);  // stable key: "missing_signature", …
    static QString resultLabel(Result r); // translated

private:
    QByteArray m_secret;
    HmacSha256 m_hmac; // keyed once per secret: a check then hashes only the message
    int m_toleranceSec;
};

} // namespace syncdesk
