#include "core/store/sha256.h"

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SG_SHA_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace sg {

namespace {

constexpr std::array<std::uint32_t, 8> InitialState{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef SG_SHA_X86

// The round constants, four to a group of rounds (FIPS 180-4, 4.2.2).
alignas(16) constexpr std::uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// The compression function over `blocks` blocks of 64 bytes with the SHA extensions. The
// instructions keep the state as two halves, ABEF and CDGH; each sha256rnds2 does two rounds,
// sha256msg1 and sha256msg2 the two halves of the message schedule.
__attribute__((target("sha,sse4.1,ssse3"))) void compressShaNi(std::uint32_t *state, const unsigned char *data, std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i cdab = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state)), 0xB1);
    __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4)), 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i w[4]; // the schedule's last sixteen words, four to an element, w[g % 4] for group g
#pragma GCC unroll 16
        for (int g = 0; g < 16; ++g) {
            __m128i words;
            if (g < 4) {
                words = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * g)), byteSwap);
            } else {
                // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], four words at a time.
                const __m128i partial = _mm_add_epi32(_mm_sha256msg1_epu32(w[g % 4], w[(g + 1) % 4]),
                                                      _mm_alignr_epi8(w[(g + 3) % 4], w[(g + 2) % 4], 4));
                words = _mm_sha256msg2_epu32(partial, w[(g + 3) % 4]);
            }
            w[g % 4] = words;
            __m128i message = _mm_add_epi32(words, _mm_load_si128(reinterpret_cast<const __m128i *>(K + 4 * g)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}

bool detectShaInstructions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & (1u << 9), sse41 = ecx & (1u << 19);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    return ssse3 && sse41 && (ebx & (1u << 29)) != 0;
}

#else

void compressShaNi(std::uint32_t *, const unsigned char *, std::size_t) {}
bool detectShaInstructions() { return false; }

#endif

} // namespace

bool Sha256::hasShaInstructions()
{
    static const bool has = detectShaInstructions();
    return has;
}

Sha256::Sha256(Engine engine)
    : m_state(InitialState)
{
    if (engine == Engine::Portable || !hasShaInstructions())
        m_portable.emplace(QCryptographicHash::Sha256);
}

void Sha256::addData(QByteArrayView data)
{
    if (m_portable) {
        m_portable->addData(data);
        return;
    }
    if (data.isEmpty())
        return; // its data may be null, which memcpy may not be given
    auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype size = data.size();
    m_length += std::uint64_t(size);
    if (m_blockFill > 0) {
        const qsizetype take = std::min<qsizetype>(size, 64 - m_blockFill);
        std::memcpy(m_block.data() + m_blockFill, bytes, size_t(take));
        m_blockFill += take;
        bytes += take;
        size -= take;
        if (m_blockFill < 64)
            return;
        compressShaNi(m_state.data(), m_block.data(), 1);
        m_blockFill = 0;
    }
    if (const qsizetype whole = size / 64; whole > 0) {
        compressShaNi(m_state.data(), bytes, size_t(whole));
        bytes += whole * 64;
        size -= whole * 64;
    }
    std::memcpy(m_block.data(), bytes, size_t(size));
    m_blockFill = size;
}

QByteArray Sha256::result()
{
    if (m_portable)
        return m_portable->result();
    // The padding (FIPS 180-4, 5.1.1): a one bit, zeros, and the length in bits, big-endian.
    const std::uint64_t bits = m_length * 8;
    m_block[size_t(m_blockFill++)] = 0x80;
    if (m_blockFill > 56) {
        std::memset(m_block.data() + m_blockFill, 0, size_t(64 - m_blockFill));
        compressShaNi(m_state.data(), m_block.data(), 1);
        m_blockFill = 0;
    }
    std::memset(m_block.data() + m_blockFill, 0, size_t(56 - m_blockFill));
    for (int i = 0; i < 8; ++i)
        m_block[size_t(56 + i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    compressShaNi(m_state.data(), m_block.data(), 1);
    m_blockFill = 0;
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        for (int b = 0; b < 4; ++b)
            digest[4 * i + b] = char(m_state[size_t(i)] >> (24 - 8 * b));
    }
    return digest;
}

} // namespace sg
