/* pyregex.h -- Python regular expressions searched with POSIX regcomp, for
 * `compileall -x REGEXP`.
 *
 * The pattern is translated to a POSIX extended expression.  Only whether
 * re.search() finds a match is asked, so lazy quantifiers (`*?`, `+?`,
 * `??`, `{m,n}?`) become greedy ones without changing the answer.
 * Supported: literals and escapes (`\.`, `\\`, `\n`, `\t`, ...), `.`, `^`,
 * `$`, `\A`, `\Z`, classes `\d \D \w \W \s \S` (ASCII meanings), sets
 * `[...]` with ranges, escapes and `\d \w \s` inside, groups `(...)`,
 * `(?:...)`, `(?P<name>...)`, comments `(?#...)`, leading inline flags
 * `(?i)` (also a, L, m, s, u, which change nothing on file paths), `|`, and
 * the quantifiers `* + ? {m} {m,} {,n} {m,n}` (a `{` that is not a
 * quantifier is a literal, as in Python).  Not supported (an error
 * naming the feature): backreferences, lookaround, `\b \B`, conditional
 * groups, `(?x)`, and `\D \W \S` inside sets.  Matching works on bytes, so
 * `.` matches one byte of a non-ASCII character.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_PYREGEX_H
#define LP_PYREGEX_H

#include <regex.h>

/* Compiles Python pattern [pattern] into [rx].  Returns NULL, or the error
 * as re.error words it where lemonpy detects it ("missing ), unterminated
 * subpattern at position 0"), or a message naming an unsupported feature
 * (collected memory). */
const char *lp_pyregex_compile(regex_t *rx, const char *pattern);

/* re.search(pattern, [s]) is not None. */
int lp_pyregex_search(const regex_t *rx, const char *s);

#endif
