/* value.h -- lp_value, the one-word representation of every Python value.
 *
 * The encoding is JavaScriptCore's, chosen in DESIGN.md section 5 and
 * NOTES.md section 8, because it is the only NaN-boxing that Boehm GC can
 * live with: heap pointers are stored unmodified, so the collector sees them.
 * This is the ONLY file that may know the bit layout; everything else goes
 * through the static inline accessors below.
 *
 *   0x0000_xxxx_xxxx_xxxx  heap pointer, unmodified (user space is < 2^47;
 *                          the value 0 is never a valid Python value)
 *   0x0002_0000_0000_0000  double, stored as its IEEE bits + 2^49
 *     .. 0xFFF2_0000_0000_0000  (non-NaN doubles and the canonical NaN only)
 *   0xFFFE_0000_0000_0000  small int: top 15 bits set, 49-bit two's complement
 *     .. 0xFFFF_FFFF_FFFF_FFFF  payload in bits 0..48
 *
 * Every encoded number is >= 2^49, above any heap address, so numbers never
 * look like pointers to the collector (no false retention) and lp_value_id()
 * can use the encoded bits directly.
 *
 * NaNs.  Adding 2^49 is a bijection on 64-bit words, but doubles whose bits
 * are >= 0xFFFC_0000_0000_0000 (some negative NaNs) would wrap into the int
 * tag or pointer space.  The rule is therefore: only non-NaN doubles and the
 * canonical quiet NaN LP_CANONICAL_NAN_BITS are immediates.  Arithmetic
 * results go through lp_from_float(), which canonicalises any NaN.  A NaN
 * whose bits must be kept exactly (struct.unpack, -nan) is to be boxed as a
 * heap float; lp_float_is_immediate() tells which case applies.
 *
 * Room left: words below 2^49 that are not heap addresses (e.g. small
 * constants such as JSC's 0x02/0x06/0x07) are free for future immediates like
 * None/True/False; lp_is_ptr() would then have to exclude them.  The double
 * range between 0xFFF2_0000_0000_0001 and the int tag is NOT free unless
 * lp_is_float() is narrowed too.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_VALUE_H
#define LP_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t lp_value;

/* ==== the layout (private to this header) ==== */

#define LP_VALUE_DOUBLE_OFFSET ((uint64_t)1 << 49)            /* added to double bits */
#define LP_VALUE_INT_TAG UINT64_C(0xFFFE000000000000)          /* top 15 bits set */
#define LP_VALUE_INT_MASK (((uint64_t)1 << 49) - 1)           /* the payload bits */
#define LP_CANONICAL_NAN_BITS UINT64_C(0x7FF8000000000000)    /* float('nan') */

/* The small-int range: 49-bit two's complement, -2^48 .. 2^48-1. */
#define LP_SMALLINT_MIN (-((int64_t)1 << 48))
#define LP_SMALLINT_MAX (((int64_t)1 << 48) - 1)

/* ==== small ints ==== */

/* True when [v] is an immediate (small) int. */
static inline bool lp_is_int(lp_value v)
{
    return (v & LP_VALUE_INT_TAG) == LP_VALUE_INT_TAG;
}

/* True when [i] is in LP_SMALLINT_MIN..LP_SMALLINT_MAX. */
static inline bool lp_int_fits(int64_t i)
{
    return i >= LP_SMALLINT_MIN && i <= LP_SMALLINT_MAX;
}

/* The payload of a small int [v] (requires lp_is_int). */
static inline int64_t lp_as_int(lp_value v)
{
    return (int64_t)(v << 15) >> 15; /* sign-extends bit 48 */
}

/* Encodes [i], which must satisfy lp_int_fits. */
static inline lp_value lp_from_int(int64_t i)
{
    return LP_VALUE_INT_TAG | ((uint64_t)i & LP_VALUE_INT_MASK);
}

/* ==== floats ==== */

static inline uint64_t lp_double_bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static inline double lp_bits_double(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

/* True when [d] is a NaN with the canonical bits (what arithmetic yields). */
static inline bool lp_value_is_canonical_nan(double d)
{
    return lp_double_bits(d) == LP_CANONICAL_NAN_BITS;
}

/* True when [d] can be stored immediately with its exact bits: any non-NaN,
 * or the canonical NaN.  Other NaNs must be boxed to keep their bits. */
static inline bool lp_float_is_immediate(double d)
{
    return d == d || lp_value_is_canonical_nan(d);
}

/* True when [v] is an immediate float. */
static inline bool lp_is_float(lp_value v)
{
    return v - LP_VALUE_DOUBLE_OFFSET < LP_VALUE_INT_TAG - LP_VALUE_DOUBLE_OFFSET;
}

/* The double of an immediate float [v] (requires lp_is_float). */
static inline double lp_as_float(lp_value v)
{
    return lp_bits_double(v - LP_VALUE_DOUBLE_OFFSET);
}

/* Encodes [d]; any NaN becomes the canonical NaN (so use this for arithmetic
 * results; check lp_float_is_immediate first where NaN bits matter). */
static inline lp_value lp_from_float(double d)
{
    uint64_t u = d == d ? lp_double_bits(d) : LP_CANONICAL_NAN_BITS;
    return u + LP_VALUE_DOUBLE_OFFSET;
}

/* ==== heap pointers ==== */

/* True when [v] is a heap pointer (top 16 bits clear). */
static inline bool lp_is_ptr(lp_value v)
{
    return (v >> 48) == 0;
}

/* The pointer in [v] (requires lp_is_ptr). */
static inline void *lp_as_ptr(lp_value v)
{
    return (void *)(uintptr_t)v;
}

/* Encodes [p], a base pointer from lp_alloc (stored as is: Boehm sees it). */
static inline lp_value lp_from_ptr(const void *p)
{
    return (lp_value)(uintptr_t)p;
}

/* ==== identity ==== */

/* id() of [v]: the address of a heap object, or for an immediate its encoded
 * bits, which are >= 2^49 and so never equal any heap address.  Two values
 * are `is`-identical exactly when their words are equal. */
static inline uint64_t lp_value_id(lp_value v)
{
    return v;
}

#endif
