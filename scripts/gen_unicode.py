#!/usr/bin/env python3
"""gen_unicode.py -- writes runtime/unicode_db.c from python3's unicodedata.

lemonpy must agree with CPython 3.11 (Unicode 14.0.0) on identifier
characters, printable characters, regex word characters and NFKC.  Rather
than type tables by hand, this script asks the reference interpreter about
every code point and writes compact tables that runtime/unicode.c searches:

  * range tables (sorted, disjoint [lo, hi] pairs) for the boolean classes;
  * canonical combining classes as ranges carrying the class;
  * the decomposition mapping (canonical or compatibility, one level;
    unicode.c applies them recursively) of every code point that has one,
    Hangul syllables excepted (unicode.c does those by arithmetic): a table
    of one-to-one mappings, and a table of slices of one pool for the rest;
  * the canonical composition pairs, composition exclusions removed;
  * the NFKC quick-check set: code points whose presence means the text may
    change under NFKC (quick-check No or Maybe, or a non-zero combining class).

The facts come straight from python3; before anything is written, the
decomposition mappings (applied recursively, then reordered) are checked
against NFKD, and \\w against isalnum().

    scripts/gen_unicode.py            rewrite runtime/unicode_db.c
    scripts/gen_unicode.py --check    exit 1 if runtime/unicode_db.c is stale
    scripts/gen_unicode.py -o FILE    write FILE instead

SPDX-License-Identifier: MIT
"""
import argparse
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cgen import write_or_check  # noqa: E402  (shared with the other generators)

UNIDATA = "14.0.0"
MAX_CP = 0x110000
HANGUL_S, HANGUL_S_COUNT = 0xAC00, 11172
HANGUL_L, HANGUL_V, HANGUL_T = 0x1100, 0x1161, 0x11A7
HANGUL_V_COUNT, HANGUL_T_COUNT = 21, 28

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(TOP, "runtime", "unicode_db.c")

# ==== the facts, straight from python3 ====


def is_id_start(c):
    return chr(c).isidentifier()


def is_id_continue(c):
    return ("a" + chr(c)).isidentifier()


WORD_RE = re.compile(r"\w")


def is_word(c):
    """What \\w matches in a str pattern, asked of re itself."""
    return WORD_RE.match(chr(c)) is not None


def is_printable(c):
    return chr(c).isprintable()


def is_space(c):
    return chr(c).isspace()


def is_hangul_syllable(c):
    return HANGUL_S <= c < HANGUL_S + HANGUL_S_COUNT


def hangul_decompose(c):
    s = c - HANGUL_S
    out = [HANGUL_L + s // (HANGUL_V_COUNT * HANGUL_T_COUNT),
           HANGUL_V + (s % (HANGUL_V_COUNT * HANGUL_T_COUNT)) // HANGUL_T_COUNT]
    if s % HANGUL_T_COUNT:
        out.append(HANGUL_T + s % HANGUL_T_COUNT)
    return out


def mapping(c):
    """The one-level decomposition of [c] (canonical or compatibility)."""
    fields = unicodedata.decomposition(chr(c)).split()
    if fields and fields[0].startswith("<"):
        fields = fields[1:]
    return [int(f, 16) for f in fields]


def full_decomposition(c):
    """The recursive compatibility decomposition of [c], not yet reordered."""
    if is_hangul_syllable(c):
        return hangul_decompose(c)
    m = mapping(c)
    if not m:
        return [c]
    return [d for part in m for d in full_decomposition(part)]


def canonical_order(cps):
    """Stable sort of each run of non-starters by combining class."""
    out, run = [], []
    for c in cps + [None]:
        ccc = unicodedata.combining(chr(c)) if c is not None else 0
        if ccc:
            run.append(c)
            continue
        out += sorted(run, key=lambda d: unicodedata.combining(chr(d)))
        run = []
        if c is not None:
            out.append(c)
    return out


def text(cps):
    return "".join(map(chr, cps))


# ==== building the tables ====


def ranges(pred):
    """Sorted, disjoint [lo, hi] ranges of the code points where pred holds."""
    out, start = [], None
    for c in range(MAX_CP + 1):
        inside = c < MAX_CP and pred(c)
        if inside and start is None:
            start = c
        elif not inside and start is not None:
            out.append((start, c - 1))
            start = None
    return out


def ccc_ranges():
    """[lo, hi, ccc] ranges of the code points whose combining class is not 0."""
    out = []
    for c in range(MAX_CP):
        ccc = unicodedata.combining(chr(c))
        if not ccc:
            continue
        if out and out[-1][1] == c - 1 and out[-1][2] == ccc:
            out[-1][1] = c
        else:
            out.append([c, c, ccc])
    return out


def decompositions():
    """{code point: one-level mapping} for every non-Hangul code point with one.

    Checks that applying the mappings recursively and reordering gives NFKD."""
    table = {}
    for c in range(MAX_CP):
        if is_hangul_syllable(c) or not mapping(c):
            continue
        if text(canonical_order(full_decomposition(c))) != unicodedata.normalize("NFKD", chr(c)):
            sys.exit("gen_unicode: decomposition of U+%04X disagrees with NFKD" % c)
        table[c] = mapping(c)
    return table


def compositions():
    """Sorted (first, second, composite) for every primary composite.

    A code point whose canonical decomposition is a pair is a primary
    composite unless it is excluded from composition; it is excluded exactly
    when NFC does not give it back, so python3 decides that too."""
    pairs = []
    for c in range(MAX_CP):
        fields = unicodedata.decomposition(chr(c)).split()
        if len(fields) != 2 or fields[0].startswith("<"):
            continue
        if unicodedata.normalize("NFC", chr(c)) == chr(c):
            pairs.append((int(fields[0], 16), int(fields[1], 16), c))
    # unicode.c relies on these: the first and the composite are starters.
    if any(unicodedata.combining(chr(a)) or unicodedata.combining(chr(c))
           for a, _, c in pairs):
        sys.exit("gen_unicode: a composition pair starts with a non-starter")
    return sorted(pairs)


def nfkc_unsafe(pairs):
    """Predicate: may text containing [c] change under NFKC?

    True for quick-check No (NFKC of the code point alone differs), for
    quick-check Maybe (it can compose with what precedes it: the second of a
    composition pair, or a Hangul vowel or trailing consonant) and for
    non-starters (which may need reordering)."""
    seconds = {b for _, b, _ in pairs}
    seconds.update(range(HANGUL_V, HANGUL_V + HANGUL_V_COUNT))
    seconds.update(range(HANGUL_T + 1, HANGUL_T + HANGUL_T_COUNT))

    def unsafe(c):
        ch = chr(c)
        return (c in seconds or unicodedata.combining(ch) != 0
                or unicodedata.normalize("NFKC", ch) != ch)
    return unsafe


def check_word_class():
    """\\w must be exactly isalnum() or '_' (unicode.h documents it so)."""
    for c in range(MAX_CP):
        if is_word(c) != (chr(c).isalnum() or c == 0x5F):
            sys.exit("gen_unicode: \\w and isalnum() disagree at U+%04X" % c)


# ==== writing C ====


def c_array(ctype, name, items, per_line, static=True):
    """A C array definition with [per_line] initialisers per line."""
    lines = ["%sconst %s %s[] = {" % ("static " if static else "", ctype, name)]
    for i in range(0, len(items), per_line):
        lines.append("    " + " ".join(items[i:i + per_line]))
    lines.append("};")
    return "\n".join(lines) + "\n"


def range_table(name, rs, comment):
    items = ["{0x%X, 0x%X}," % r for r in rs]
    return ("/* %s: %d ranges. */\n" % (comment, len(rs))
            + c_array("lp_unicode_range_t", name + "_ranges", items, 6)
            + "const lp_unicode_table_t lp_unicode_%s = {%s_ranges, %d};\n\n"
            % (name, name, len(rs)))


def ascii_flags():
    bits = [(1, is_id_start), (2, is_id_continue), (4, is_word), (8, is_printable),
            (16, is_space)]
    items = ["0x%X," % sum(b for b, pred in bits if pred(c)) for c in range(128)]
    return ("/* The five classes for ASCII, one byte per code point: LP_UNICODE_ID_START 1,\n"
            " * LP_UNICODE_ID_CONTINUE 2, LP_UNICODE_WORD 4, LP_UNICODE_PRINTABLE 8,\n"
            " * LP_UNICODE_SPACE 16. */\n"
            + c_array("uint8_t", "lp_unicode_ascii_flags", items, 16, static=False)
            + "\n")


def ccc_table(rs):
    items = ["{0x%X, 0x%X, %d}," % tuple(r) for r in rs]
    return ("/* Canonical combining classes other than 0: %d ranges. */\n" % len(rs)
            + c_array("lp_unicode_ccc_range_t", "lp_unicode_ccc", items, 4, static=False)
            + "const size_t lp_unicode_ccc_count = %d;\n\n" % len(rs))


def decomp_tables(table):
    ones = ["{0x%X, 0x%X}," % (c, table[c][0]) for c in sorted(table) if len(table[c]) == 1]
    entries, pool = [], []
    for c in sorted(table):
        if len(table[c]) > 1:
            entries.append("{0x%X, %d, %d}," % (c, len(pool), len(table[c])))
            pool.extend(table[c])
    if len(pool) >= 1 << 16 or max(map(len, table.values())) >= 1 << 8:
        sys.exit("gen_unicode: decomposition pool outgrew lp_unicode_decomp_t")
    return ("/* Decomposition mappings (canonical or compatibility, one level: apply\n"
            " * them recursively) of the %d code points that have one, Hangul\n"
            " * syllables excepted.  First the %d that map to one code point... */\n"
            % (len(table), len(ones))
            + c_array("lp_unicode_decomp1_t", "lp_unicode_decomp1", ones, 5, static=False)
            + "const size_t lp_unicode_decomp1_count = %d;\n\n" % len(ones)
            + "/* ...then the %d that map to several, as slices of lp_unicode_decomp_pool. */\n"
            % len(entries)
            + c_array("lp_unicode_decomp_t", "lp_unicode_decomp", entries, 5, static=False)
            + "const size_t lp_unicode_decomp_count = %d;\n\n" % len(entries)
            + c_array("uint32_t", "lp_unicode_decomp_pool",
                      ["0x%X," % c for c in pool], 10, static=False)
            + "\n")


def comp_table(pairs):
    items = ["{0x%X, 0x%X, 0x%X}," % p for p in pairs]
    return ("/* Canonical composition pairs (first, second) -> composite, sorted;\n"
            " * Hangul is composed by arithmetic. */\n"
            + c_array("lp_unicode_comp_t", "lp_unicode_comp", items, 3, static=False)
            + "const size_t lp_unicode_comp_count = %d;\n\n" % len(pairs))


HEADER = """\
/* generated by scripts/gen_unicode.py from python3 unicodedata %s -- do not edit */
/* unicode_db.c -- the Unicode tables behind runtime/unicode.c.
 *
 * Every table here was computed by asking python3 about each code point, so
 * lemonpy's answers are CPython's.  Range tables are sorted and disjoint and
 * are searched by binary search; see runtime/unicode.h for the types.
 */
#include "unicode.h"

"""


def generate():
    if unicodedata.unidata_version != UNIDATA:
        sys.exit("gen_unicode: python3 has Unicode %s, lemonpy follows %s"
                 % (unicodedata.unidata_version, UNIDATA))
    check_word_class()
    pairs = compositions()
    parts = [HEADER % UNIDATA, ascii_flags(),
             range_table("id_start", ranges(is_id_start), "chr(c).isidentifier()"),
             range_table("id_continue", ranges(is_id_continue),
                         "('a' + chr(c)).isidentifier()"),
             range_table("word", ranges(is_word), "re.match(r'\\w', chr(c))"),
             range_table("printable", ranges(is_printable), "chr(c).isprintable()"),
             range_table("space", ranges(is_space), "chr(c).isspace()"),
             range_table("nfkc_unsafe", ranges(nfkc_unsafe(pairs)),
                         "NFKC quick check not Yes, or combining class not 0"),
             ccc_table(ccc_ranges()), decomp_tables(decompositions()), comp_table(pairs)]
    return "".join(parts).rstrip("\n") + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the output is stale")
    ap.add_argument("-o", "--output", default=DEFAULT_OUT)
    args = ap.parse_args()
    write_or_check(args.output, generate(), args.check, "gen_unicode")


if __name__ == "__main__":
    main()
