// The CRC-32 of ZIP (reflected polynomial 0xEDB88320) folded with the x86-64 carry-less
// multiply PCLMULQDQ, which Swift cannot express (decision 0051). `CRC32` in PMPRBKit calls it
// when the processor has the instruction and does everything else with its tables.

#ifndef PMPRB_CRC32_H
#define PMPRB_CRC32_H

#include <stddef.h>
#include <stdint.h>

/// 1 when the processor runs PCLMULQDQ (and so `pmprb_crc32_fold` may be called), else 0.
/// Always 0 on processors other than x86-64.
int pmprb_crc32_folding_available(void);

#if defined(__x86_64__)
/// The CRC-32 register after `count` bytes at `bytes`, from the register `crc`: the raw update,
/// without the inversions of the checksum (start from 0xFFFFFFFF and invert the result).
/// `count` must be at least 64 and a multiple of 16; call it only when
/// `pmprb_crc32_folding_available()` is 1.
uint32_t pmprb_crc32_fold(uint32_t crc, const uint8_t *bytes, size_t count);
#endif

#endif
