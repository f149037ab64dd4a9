/* unicode_names.h -- Unicode character names, for the \N{NAME} escape.
 *
 * CPython 3.11 looks the NAME of a "\N{NAME}" escape up in its Unicode 14.0.0
 * name database.  This is the same lookup with the same acceptance:
 *
 *   - every character name, and every formal name alias (NameAliases.txt:
 *     "NUL", "BEL", "BYTE ORDER MARK", corrections, abbreviations, ...);
 *   - case-insensitive for ASCII letters ("latin small letter a" works);
 *   - names are matched exactly otherwise: no extra or doubled spaces, no
 *     Unicode 1.0 names ("LINE FEED (LF)"), no named sequences;
 *   - "CJK UNIFIED IDEOGRAPH-XXXX" is computed and case-sensitive: exactly
 *     that prefix, then 4 or 5 UPPER-case hex digits naming a unified
 *     ideograph (a leading zero is allowed: "-04E00");
 *   - "HANGUL SYLLABLE XXX" is computed and case-sensitive: exactly that
 *     prefix, then the L, V and T parts in upper case, each taken as the
 *     longest part that matches (CPython's greedy find_syllable): "GAG", "A".
 *
 * The table runtime/unicode_names.c is generated from python3 by
 * scripts/gen_unicode_names.py.  Nothing here allocates or raises.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_UNICODE_NAMES_H
#define LP_UNICODE_NAMES_H

#include <stddef.h>
#include <stdint.h>

/* The code point named [name][0..n) (not NUL-terminated), or -1 if CPython's
 * \N{...} would reject the name. */
int32_t lp_unicode_lookup_name(const char *name, size_t n);

/* Calls [fn] for every stored name and alias (upper case, sorted), with its
 * code point; computed names (CJK unified ideographs, Hangul) are not listed.
 * For tests. */
void lp_unicode_names_each(void (*fn)(void *ud, const char *name, size_t n, int32_t cp),
                           void *ud);

#endif
