/* unicode.h -- the Unicode facts lemonpy needs, exactly as CPython 3.11 has them.
 *
 * Character classes (identifiers, \w, printable), UTF-8 helpers, NFKC
 * normalisation (identifiers are NFKC-normalised by the tokenizer) and
 * Python's str repr.  The data follow Unicode 14.0.0, the version of
 * CPython 3.11: runtime/unicode_db.c is generated from python3's unicodedata
 * by scripts/gen_unicode.py, and runtime/unicode.c searches it.
 *
 * Text is UTF-8 throughout; lone surrogates are allowed and encoded like any
 * other code point (WTF-8), as a Python str may hold them.  Nothing here
 * raises.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_UNICODE_H
#define LP_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ==== character classes ==== */

/* True when chr([c]).isidentifier(): XID_Start plus '_'. */
bool lp_unicode_is_id_start(uint32_t c);

/* True when ('a' + chr([c])).isidentifier(): XID_Continue. */
bool lp_unicode_is_id_continue(uint32_t c);

/* True when re.match(r'\w', chr([c])) with a str pattern: chr(c).isalnum() or c == '_'. */
bool lp_unicode_is_word(uint32_t c);

/* True when chr([c]).isprintable(). */
bool lp_unicode_is_printable(uint32_t c);

/* True when chr([c]).isspace(): the white space of str.split and str.strip. */
bool lp_unicode_is_space(uint32_t c);

/* ==== UTF-8 (input is valid UTF-8, surrogates allowed, unless stated) ==== */

/* Decodes the code point at [*p] and advances [*p] past it; the input is known valid. */
uint32_t lp_utf8_next(const char **p);

/* Writes [c] as 1-4 bytes to [out] (surrogates like any code point) and returns the count. */
int lp_utf8_encode(uint32_t c, char *out);

/* Returns the number of code points in the [n] bytes at [s]. */
size_t lp_utf8_length(const char *s, size_t n);

/* ==== normalisation and repr ==== */

/* Returns unicodedata.normalize('NFKC', s) for the UTF-8 [s][0..n): either [s] itself
 * when the text is already NFKC, or a NUL-terminated lp_alloc_atomic'd copy; sets
 * [*outlen] to the result's byte length. */
const char *lp_unicode_nfkc(const char *s, size_t n, size_t *outlen);

/* Writes repr() of the str whose UTF-8 is [s][0..n) to [out] (capacity at least
 * 10*n + 3, no NUL added) and returns the number of bytes written. */
size_t lp_unicode_repr(const char *s, size_t n, char *out);

/* ==== tables generated into unicode_db.c (use the functions above) ==== */

/* The bits of lp_unicode_ascii_flags[c]. */
enum {
    LP_UNICODE_ID_START = 1,
    LP_UNICODE_ID_CONTINUE = 2,
    LP_UNICODE_WORD = 4,
    LP_UNICODE_PRINTABLE = 8,
    LP_UNICODE_SPACE = 16,
};

typedef struct {
    uint32_t lo, hi; /* lo <= hi; ranges sorted and disjoint */
} lp_unicode_range_t;

typedef struct {
    const lp_unicode_range_t *ranges;
    size_t count;
} lp_unicode_table_t;

typedef struct {
    uint32_t lo, hi; /* every code point in [lo, hi] has class ccc */
    uint8_t ccc;     /* canonical combining class, never 0 */
} lp_unicode_ccc_range_t;

typedef struct {
    uint32_t cp; /* sorted */
    uint32_t to; /* cp's decomposition mapping is this one code point */
} lp_unicode_decomp1_t;

typedef struct {
    uint32_t cp;    /* sorted */
    uint16_t start; /* cp's decomposition mapping is pool[start .. start + len) */
    uint8_t len;    /* at least 2 */
} lp_unicode_decomp_t;

typedef struct {
    uint32_t first, second; /* sorted by (first, second) */
    uint32_t composite;
} lp_unicode_comp_t;

extern const uint8_t lp_unicode_ascii_flags[128];
extern const lp_unicode_table_t lp_unicode_id_start, lp_unicode_id_continue;
extern const lp_unicode_table_t lp_unicode_word, lp_unicode_printable, lp_unicode_space;
extern const lp_unicode_table_t lp_unicode_nfkc_unsafe;
extern const lp_unicode_ccc_range_t lp_unicode_ccc[];
extern const size_t lp_unicode_ccc_count;
extern const lp_unicode_decomp1_t lp_unicode_decomp1[];
extern const size_t lp_unicode_decomp1_count;
extern const lp_unicode_decomp_t lp_unicode_decomp[];
extern const size_t lp_unicode_decomp_count;
extern const uint32_t lp_unicode_decomp_pool[];
extern const lp_unicode_comp_t lp_unicode_comp[];
extern const size_t lp_unicode_comp_count;

#endif
