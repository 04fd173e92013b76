#include "HmacSha256.h"

#include <atomic>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SYNCDESK_HAVE_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace syncdesk {

namespace {

alignas(16) constexpr quint32 kK[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr std::array<quint32, 8> kInit = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                          0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

inline quint32 rotr(quint32 x, int n)
{
    return (x >> n) | (x << (32 - n));
}

inline quint32 loadBe32(const quint8* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

void compressPortable(quint32* state, const quint8* data, qsizetype blocks)
{
    for (; blocks > 0; --blocks, data += 64) {
        quint32 w[64];
        for (int i = 0; i < 16; ++i)
            w[i] = loadBe32(data + 4 * i);
        for (int i = 16; i < 64; ++i) {
            const quint32 s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            const quint32 s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        quint32 a = state[0], b = state[1], c = state[2], d = state[3];
        quint32 e = state[4], f = state[5], g = state[6], h = state[7];
        for (int i = 0; i < 64; ++i) {
            const quint32 t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kK[i] + w[i];
            const quint32 t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef SYNCDESK_HAVE_SHA_NI
// Intel SHA extensions: four rounds per sha256rnds2 pair, message schedule in sha256msg1/2.
// The state lives as ABEF/CDGH; 16 groups of 4 rounds, message words rotating through w[4].
__attribute__((target("sha,sse4.1,ssse3"))) void compressShaNi(quint32* state, const quint8* data, qsizetype blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[0]));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[4]));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);            // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);      // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);   // CDGH

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefSave = state0;
        const __m128i cdghSave = state1;
        __m128i w[4];
#if defined(__clang__)
#pragma clang loop unroll(full)
#elif defined(__GNUC__)
#pragma GCC unroll 16
#endif
        for (int g = 0; g < 16; ++g) {
            if (g < 4)
                w[g] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * g)), byteSwap);
            __m128i msg = _mm_add_epi32(w[g & 3], _mm_load_si128(reinterpret_cast<const __m128i*>(&kK[4 * g])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            if (g >= 3 && g < 15) {
                const __m128i t = _mm_alignr_epi8(w[g & 3], w[(g + 3) & 3], 4);
                w[(g + 1) & 3] = _mm_sha256msg2_epu32(_mm_add_epi32(w[(g + 1) & 3], t), w[g & 3]);
            }
            msg = _mm_shuffle_epi32(msg, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
            if (g >= 1 && g < 13)
                w[(g + 3) & 3] = _mm_sha256msg1_epu32(w[(g + 3) & 3], w[g & 3]);
        }
        state0 = _mm_add_epi32(state0, abefSave);
        state1 = _mm_add_epi32(state1, cdghSave);
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);         // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);      // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);   // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);      // ABEF
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[4]), state1);
}

bool cpuHasShaNi()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9);
    const bool sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    const bool sha = b & (1u << 29);
    return ssse3 && sse41 && sha;
}
const bool kCpuShaNi = cpuHasShaNi();
#else
constexpr bool kCpuShaNi = false;
#endif
std::atomic<bool> g_useShaNi{kCpuShaNi};

inline void compress(quint32* state, const quint8* data, qsizetype blocks)
{
#ifdef SYNCDESK_HAVE_SHA_NI
    if (g_useShaNi.load(std::memory_order_relaxed)) {
        compressShaNi(state, data, blocks);
        return;
    }
#endif
    compressPortable(state, data, blocks);
}

} // namespace

void Sha256::reset()
{
    m_state = kInit;
    m_length = 0;
    m_blockLen = 0;
}

void Sha256::update(QByteArrayView data)
{
    if (data.isEmpty())
        return; // also keeps a null data() away from memcpy
    const auto* p = reinterpret_cast<const quint8*>(data.data());
    qsizetype n = data.size();
    m_length += quint64(n);
    if (m_blockLen > 0) {
        const qsizetype take = qMin<qsizetype>(64 - m_blockLen, n);
        std::memcpy(m_block.data() + m_blockLen, p, size_t(take));
        m_blockLen += take;
        p += take;
        n -= take;
        if (m_blockLen < 64)
            return;
        compress(m_state.data(), m_block.data(), 1);
        m_blockLen = 0;
    }
    if (n >= 64) {
        const qsizetype blocks = n / 64;
        compress(m_state.data(), p, blocks);
        p += blocks * 64;
        n -= blocks * 64;
    }
    if (n > 0) {
        std::memcpy(m_block.data(), p, size_t(n));
        m_blockLen = n;
    }
}

Sha256::Digest Sha256::finish()
{
    const quint64 bits = m_length * 8;
    m_block[size_t(m_blockLen++)] = 0x80;
    if (m_blockLen > 56) {
        std::memset(m_block.data() + m_blockLen, 0, size_t(64 - m_blockLen));
        compress(m_state.data(), m_block.data(), 1);
        m_blockLen = 0;
    }
    std::memset(m_block.data() + m_blockLen, 0, size_t(56 - m_blockLen));
    for (int i = 0; i < 8; ++i)
        m_block[size_t(56 + i)] = quint8(bits >> (56 - 8 * i));
    compress(m_state.data(), m_block.data(), 1);
    Digest out;
    for (int i = 0; i < 8; ++i) {
        out[size_t(4 * i)] = quint8(m_state[size_t(i)] >> 24);
        out[size_t(4 * i + 1)] = quint8(m_state[size_t(i)] >> 16);
        out[size_t(4 * i + 2)] = quint8(m_state[size_t(i)] >> 8);
        out[size_t(4 * i + 3)] = quint8(m_state[size_t(i)]);
    }
    return out;
}

Sha256::Digest Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.update(data);
    return h.finish();
}

bool Sha256::hasHardwareSupport()
{
    return g_useShaNi.load(std::memory_order_relaxed);
}

bool Sha256::setHardwareSupportEnabled(bool enabled)
{
    return g_useShaNi.exchange(enabled && kCpuShaNi);
}

void HmacSha256::setKey(QByteArrayView key)
{
    // RFC 2104: keys longer than the block are hashed first, shorter ones zero-padded.
    std::array<quint8, 64> block{};
    if (key.size() > 64) {
        const Sha256::Digest d = Sha256::hash(key);
        std::memcpy(block.data(), d.data(), d.size());
    } else if (!key.isEmpty()) {
        std::memcpy(block.data(), key.data(), size_t(key.size()));
    }
    std::array<quint8, 64> pad;
    for (size_t i = 0; i < 64; ++i)
        pad[i] = block[i] ^ 0x36;
    m_inner.reset();
    m_inner.update(QByteArrayView(reinterpret_cast<const char*>(pad.data()), 64));
    for (size_t i = 0; i < 64; ++i)
        pad[i] = block[i] ^ 0x5c;
    m_outer.reset();
    m_outer.update(QByteArrayView(reinterpret_cast<const char*>(pad.data()), 64));
    // The key material does not need to outlive this call on the stack.
    volatile quint8* wipeBlock = block.data();
    volatile quint8* wipePad = pad.data();
    for (size_t i = 0; i < 64; ++i) {
        wipeBlock[i] = 0;
        wipePad[i] = 0;
    }
}

Sha256::Digest HmacSha256::mac(std::initializer_list<QByteArrayView> parts) const
{
    Sha256 inner = m_inner;
    for (QByteArrayView p : parts)
        inner.update(p);
    const Sha256::Digest innerDigest = inner.finish();
    Sha256 outer = m_outer;
    outer.update(QByteArrayView(reinterpret_cast<const char*>(innerDigest.data()), qsizetype(innerDigest.size())));
    return outer.finish();
}

void HmacSha256::toHex(const Sha256::Digest& digest, char* out)
{
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < digest.size(); ++i) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 0xf];
    }
}

} // namespace syncdesk
