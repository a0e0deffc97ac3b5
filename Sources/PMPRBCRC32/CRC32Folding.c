// Folding with carry-less multiplication, after Gopal et al., "Fast CRC Computation for Generic
// Polynomials Using PCLMULQDQ Instruction" (Intel, 2009), in its bit-reflected form.
//
// The message is taken 128 bits at a time. Four lanes are carried over 64-byte blocks: a lane
// is moved 512 bits on by multiplying its two 64-bit halves by x^(512+32) mod P and
// x^(512-32) mod P, which leaves a value with the same remainder, and the next block is added
// (XOR). The four lanes are then folded into one at 128 bits a step (x^(128+32) and
// x^(128-32) mod P), the 128 bits to 64 and to 32 (x^(128-32) and x^64 mod P), and the last 64
// bits reduced to the 32-bit remainder by Barrett reduction with mu = floor(x^64 / P).
//
// P = 0x104C11DB7. In the reflected order of ZIP's CRC bit 0 is the highest power, so each
// constant is its 32-bit remainder bit-reversed and shifted left by one (the product of two
// reversed 64-bit numbers stands one bit off the reversed product); P and mu are reversed over
// their 33 bits. Each was computed from its definition by long division over GF(2):
//   x^(512+32) mod P -> 0x154442BD4     x^(512-32) mod P -> 0x1C6E41596
//   x^(128+32) mod P -> 0x1751997D0     x^(128-32) mod P -> 0x0CCAA009E
//   x^64 mod P       -> 0x163CD6124
//   P                -> 0x1DB710641     mu = 0x104D101DF -> 0x1F7011641

#include "PMPRBCRC32.h"

#if defined(__x86_64__)

#include <immintrin.h>

int pmprb_crc32_folding_available(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("pclmul") ? 1 : 0;
}

#define PMPRB_CLMUL __attribute__((target("pclmul")))

/// `lane` moved on by the distance of `constants` (low half times the low constant, high half
/// times the high one) plus `next`.
static inline PMPRB_CLMUL __m128i fold(__m128i lane, __m128i constants, __m128i next) {
    __m128i low = _mm_clmulepi64_si128(lane, constants, 0x00);
    __m128i high = _mm_clmulepi64_si128(lane, constants, 0x11);
    return _mm_xor_si128(_mm_xor_si128(low, high), next);
}

static inline __m128i load(const uint8_t *bytes) {
    return _mm_loadu_si128((const __m128i *)bytes);
}

PMPRB_CLMUL uint32_t pmprb_crc32_fold(uint32_t crc, const uint8_t *bytes, size_t count) {
    // _mm_set_epi64x takes the high half first.
    const __m128i by512 = _mm_set_epi64x(0x1C6E41596, 0x154442BD4);
    const __m128i by128 = _mm_set_epi64x(0x0CCAA009E, 0x1751997D0);
    const __m128i by64 = _mm_set_epi64x(0, 0x163CD6124);
    const __m128i barrett = _mm_set_epi64x(0x1F7011641, 0x1DB710641);
    const __m128i low32 = _mm_set_epi32(0, 0, 0, -1);

    // The register enters as the first 32 bits of the message, added to them.
    __m128i lane0 = _mm_xor_si128(load(bytes), _mm_cvtsi32_si128((int)crc));
    __m128i lane1 = load(bytes + 16);
    __m128i lane2 = load(bytes + 32);
    __m128i lane3 = load(bytes + 48);
    bytes += 64;
    count -= 64;
    while (count >= 64) {
        lane0 = fold(lane0, by512, load(bytes));
        lane1 = fold(lane1, by512, load(bytes + 16));
        lane2 = fold(lane2, by512, load(bytes + 32));
        lane3 = fold(lane3, by512, load(bytes + 48));
        bytes += 64;
        count -= 64;
    }
    __m128i lane = fold(lane0, by128, lane1);
    lane = fold(lane, by128, lane2);
    lane = fold(lane, by128, lane3);
    while (count >= 16) {
        lane = fold(lane, by128, load(bytes));
        bytes += 16;
        count -= 16;
    }

    // 128 bits to 64: the low half (the higher powers) times x^(128-32) mod P, plus the high.
    lane = _mm_xor_si128(_mm_clmulepi64_si128(lane, by128, 0x10), _mm_srli_si128(lane, 8));
    // 64 bits to 32 (above the low 32): the low 32 bits times x^64 mod P, plus the rest.
    lane = _mm_xor_si128(
        _mm_clmulepi64_si128(_mm_and_si128(lane, low32), by64, 0x00), _mm_srli_si128(lane, 4));
    // Barrett: the quotient's estimate T1 = low 32 bits times mu, then T1's low 32 bits times
    // P; added to the value, it leaves the remainder in bits 32 to 63.
    __m128i quotient = _mm_clmulepi64_si128(_mm_and_si128(lane, low32), barrett, 0x10);
    __m128i product = _mm_clmulepi64_si128(_mm_and_si128(quotient, low32), barrett, 0x00);
    lane = _mm_xor_si128(lane, product);
    return (uint32_t)_mm_cvtsi128_si32(_mm_srli_si128(lane, 4));
}

#else

int pmprb_crc32_folding_available(void) { return 0; }

#endif
