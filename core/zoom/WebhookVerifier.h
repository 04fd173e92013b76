#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/types.h>

#include <array>
#include <initializer_list>
#include <memory>

namespace syncdesk {

// Zoom webhook authenticity (reference/zoom-platform.md §2–§3): x-zm-signature = "v0=" + hex
// HMAC-SHA256(secret token, "v0:" + x-zm-request-timestamp + ":" + raw body bytes), compared in
// constant time; the timestamp must be within a tolerance; URL validation answers with
// encryptedToken = hex HMAC-SHA256(secret token, plainToken).
//
// HMAC comes from OpenSSL's libcrypto (EVP_MAC "HMAC" with SHA-256, which uses the CPU's SHA
// extensions where present). One keyed context is made when the secret is set and re-initialised
// per message, so a check hashes only the message. Because that context is reused, an instance is
// not thread-safe: one per thread (the static functions are).
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
    static constexpr int kMacSize = 32;
    using Mac = std::array<quint8, kMacSize>;

    explicit WebhookVerifier(QByteArray secretToken = {}, int toleranceSec = 300);
    WebhookVerifier(const WebhookVerifier& other);
    WebhookVerifier& operator=(const WebhookVerifier& other);
    WebhookVerifier(WebhookVerifier&&) noexcept = default;
    WebhookVerifier& operator=(WebhookVerifier&&) noexcept = default;
    ~WebhookVerifier();

    void setSecretToken(const QByteArray& secretToken);
    // Accepted clock difference. 0 means "the same second", never "no check": switching the check
    // off takes setTimestampCheckDisabled(true), so it cannot happen by a zero in a settings file.
    void setToleranceSec(int seconds) { m_toleranceSec = qMax(0, seconds); }
    int toleranceSec() const { return m_toleranceSec; }
    void setTimestampCheckDisabled(bool disabled) { m_timestampCheckDisabled = disabled; }
    bool timestampCheckDisabled() const { return m_timestampCheckDisabled; }
    bool hasSecret() const { return !m_secret.isEmpty(); }

    struct Verified
    {
        Mac mac{};              // unique per signed timestamp and body: the receiver's replay cache keys on it
        qint64 timestampSec = 0;
    };
    // When the result is Valid and verified is given, it receives what was verified.
    Result verify(const QByteArray& signatureHeader, const QByteArray& timestampHeader, const QByteArray& rawBody,
                  qint64 nowSec, Verified* verified = nullptr) const;

    // "v0=" + hex; what Zoom would send (used by the sandbox and the benchmark).
    static QByteArray sign(const QByteArray& secretToken, const QByteArray& timestamp, const QByteArray& rawBody);
    static QByteArray encryptedToken(const QByteArray& secretToken, const QByteArray& plainToken);
    QByteArray encryptedToken(const QByteArray& plainToken) const;
    // CRYPTO_memcmp: the time depends on the length only, never on where the inputs differ.
    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

    static QString resultName(Result r);  // stable key: "missing_signature", …
    static QString resultLabel(Result r); // translated

private:
    struct MacCtxFree
    {
        void operator()(EVP_MAC_CTX* ctx) const;
    };
    using MacCtx = std::unique_ptr<EVP_MAC_CTX, MacCtxFree>;
    static MacCtx keyedContext(const QByteArray& key);
    static bool compute(EVP_MAC_CTX* ctx, std::initializer_list<QByteArrayView> parts, Mac* out);

    QByteArray m_secret;
    MacCtx m_mac; // keyed with m_secret; null when the secret is empty (nothing verifies then)
    int m_toleranceSec;
    bool m_timestampCheckDisabled = false;
};

} // namespace syncdesk
