/* unicode_ctype.h -- case mappings and character classes for str methods.
 *
 * What str.upper/lower/title/casefold/swapcase/capitalize and the
 * str.isalpha/isdecimal/isdigit/isnumeric/islower/isupper/istitle family
 * need, exactly as CPython 3.11 (Unicode 14.0.0): full case mappings, which
 * may turn one code point into up to three ('ß'.upper() == 'SS'), and the
 * Cased / Case_Ignorable properties behind the final-sigma rule of lower().
 * The table runtime/unicode_ctype.c is generated from python3 by
 * scripts/gen_unicode_ctype.py.  Nothing here raises.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_UNICODE_CTYPE_H
#define LP_UNICODE_CTYPE_H

#include <stdint.h>

/* The class bits of a record (scripts/gen_unicode_ctype.py explains them). */
enum {
    LP_CT_ALPHA = 1 << 0,
    LP_CT_DECIMAL = 1 << 1,
    LP_CT_DIGIT = 1 << 2,
    LP_CT_NUMERIC = 1 << 3,
    LP_CT_LOWER = 1 << 4,
    LP_CT_UPPER = 1 << 5,
    LP_CT_TITLE = 1 << 6,
    LP_CT_CASED = 1 << 7,
    LP_CT_CASE_IGNORABLE = 1 << 8,
    LP_CT_SPECIAL = 1 << 9, /* the mappings are pool offsets, not differences */
};

typedef struct {
    uint16_t flags;   /* LP_CT_* */
    int8_t decimal;   /* unicodedata.decimal(c), or -1 */
    int32_t map[4];   /* lower, upper, title, casefold: see LP_CT_SPECIAL */
} lp_ctype_record_t;

enum { LP_CASE_LOWER, LP_CASE_UPPER, LP_CASE_TITLE, LP_CASE_FOLD };

/* The record of code point [c] (any value; beyond U+10FFFF: U+0000's). */
const lp_ctype_record_t *lp_unicode_ctype_record(uint32_t c);

/* The pool of special mappings (generated). */
const uint32_t *lp_unicode_ctype_pool(void);

/* The class bits of [c]. */
static inline unsigned lp_unicode_ctype(uint32_t c)
{
    return lp_unicode_ctype_record(c)->flags;
}

/* unicodedata.decimal(chr(c), -1). */
static inline int lp_unicode_decimal(uint32_t c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    return lp_unicode_ctype_record(c)->decimal;
}

/* Writes the full [which] (LP_CASE_*) mapping of [c] to [out] (room for 3)
 * and returns its length (1 to 3). */
static inline int lp_unicode_case_full(uint32_t c, int which, uint32_t *out)
{
    const lp_ctype_record_t *r = lp_unicode_ctype_record(c);
    if (!(r->flags & LP_CT_SPECIAL)) {
        out[0] = (uint32_t)((int32_t)c + r->map[which]);
        return 1;
    }
    const uint32_t *p = lp_unicode_ctype_pool() + r->map[which];
    for (uint32_t i = 0; i < p[0]; i++) out[i] = p[1 + i];
    return (int)p[0];
}

#endif
