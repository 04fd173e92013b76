#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <array>
#include <cstddef>
#include <initializer_list>

namespace syncdesk {

// SHA-256 and HMAC-SHA256 for the webhook hot path. Qt 6.4's QCryptographicHash uses a portable
// reference SHA-256 (about half of the receiver's CPU per request in the profile) and
// QMessageAuthenticationCode re-derives the key pads on every call. This one uses the x86 SHA
// extensions when the CPU has them (checked at run time; a portable implementation otherwise)
// and lets HMAC keep the keyed inner/outer states, so a signature check hashes only the message.
// Tested against RFC 4231 / OpenSSL vectors and against QMessageAuthenticationCode.
class Sha256
{
public:
    static constexpr int kDigestSize = 32;
    using Digest = std::array<quint8, kDigestSize>;

    Sha256() { reset(); }
    void reset();
    void update(QByteArrayView data);
    Digest finish(); // the object must be reset() before reuse

    static Digest hash(QByteArrayView data);
    static bool hasHardwareSupport(); // the x86 SHA extensions are in use
    // For tests: turn the hardware path off (or back on, where the CPU has it); returns the old state.
    static bool setHardwareSupportEnabled(bool enabled);

private:
    friend class HmacSha256;
    std::array<quint32, 8> m_state;
    quint64 m_length = 0; // bytes absorbed
    std::array<quint8, 64> m_block;
    qsizetype m_blockLen = 0;
};

class HmacSha256
{
public:
    HmacSha256() { setKey({}); }
    explicit HmacSha256(QByteArrayView key) { setKey(key); }
    void setKey(QByteArrayView key);

    // Several parts hashed as one message (avoids concatenating "v0:" + ts + ":" + body).
    Sha256::Digest mac(std::initializer_list<QByteArrayView> parts) const;
    Sha256::Digest mac(QByteArrayView message) const { return mac({message}); }

    // Lowercase hex of a digest into out[0..63].
    static void toHex(const Sha256::Digest& digest, char* out);

private:
    Sha256 m_inner; // state after absorbing key ^ ipad
    Sha256 m_outer; // state after absorbing key ^ opad
};

} // namespace syncdesk
