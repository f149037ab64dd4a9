#!/usr/bin/env python3
"""gen_unicode_names.py -- writes runtime/unicode_names.c from python3's unicodedata.

The \\N{NAME} escape of a str literal looks NAME up in the Unicode name
database.  lemonpy must accept exactly the names CPython 3.11 accepts
(Unicode 14.0.0), so this script asks the reference interpreter:

  * every character name, from unicodedata.name() over all code points,
    except the two families CPython computes instead of storing, which
    runtime/unicode_names.c computes the same way: "CJK UNIFIED IDEOGRAPH-XXXX"
    (the ranges are taken from python3 here) and "HANGUL SYLLABLE ...";
    CPython matches those two prefixes case-sensitively, all else ignoring
    the case of ASCII letters;
  * the formal name aliases (NameAliases.txt: "NUL", "BEL", "BYTE ORDER
    MARK", corrections such as "LATIN CAPITAL LETTER GHA"...).  Python has no
    public list of them, and the machine has no NameAliases.txt; Perl's
    unicore/Name.pl (Unicode 14.0.0 on Debian 12) lists every name Perl
    knows, aliases included.  Each candidate is kept only if python3 itself
    maps it to its code point (unicodedata.lookup) and it is not the
    character's own name; named sequences (several code points) and the
    Unicode 1.0 names Perl adds ("LINE FEED (LF)") are thereby left out, as
    CPython's \\N rejects them.  As a completeness check the script counts the
    aliases in the table CPython's unicodedata module carries (an array of
    code points that starts 0, 0, 1, 1, 2, 2, ...) and fails on a mismatch.

Table layout (about 370 KB compiled): all names and aliases, upper case,
sorted bytewise, front-coded in blocks of BLOCK entries.  An entry is
    [bytes shared with the previous name][suffix length][suffix][code point, 3 bytes BE]
and the first entry of a block shares nothing, so a lookup binary-searches
the block heads and then scans one block.  Before writing, the script decodes
its own table and checks it against python3, and checks that python3's \\N
accepts every stored name.

    scripts/gen_unicode_names.py            rewrite runtime/unicode_names.c
    scripts/gen_unicode_names.py --check    exit 1 if runtime/unicode_names.c is stale
    scripts/gen_unicode_names.py -o FILE    write FILE instead
    scripts/gen_unicode_names.py --perl-names FILE   Perl's Name.pl to read aliases from

SPDX-License-Identifier: MIT
"""
import argparse
import glob
import os
import struct
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cgen import c_str as c_string, write_or_check  # noqa: E402  (shared with the other generators)

UNIDATA = "14.0.0"
BLOCK = 32
CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"
HANGUL_PREFIX = "HANGUL SYLLABLE "
TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(TOP, "runtime", "unicode_names.c")

# ==== the facts ====


def stored_names():
    """{name: code point} for every named code point CPython does not compute."""
    names = {}
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None or name.startswith(CJK_PREFIX) or name.startswith(HANGUL_PREFIX):
            continue
        names[name] = cp
    return names


def cjk_ranges():
    """The code point ranges named CJK UNIFIED IDEOGRAPH-XXXX, as [lo, hi] pairs."""
    ranges = []
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), "")
        if not name.startswith(CJK_PREFIX):
            continue
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return ranges


def perl_name_entries(path):
    """(code points, name) pairs from Perl's unicore/Name.pl."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    for entry in body.strip("\n").split("\n\n"):
        cps, name = entry.split("\n")
        yield [int(x, 16) for x in cps.split()], name


def aliases(path, names):
    """{alias: code point}: the candidates from [path] that python3 accepts as aliases."""
    found = {}
    for cps, name in perl_name_entries(path):
        if len(cps) != 1 or name in names or unicodedata.name(chr(cps[0]), None) == name:
            continue
        try:
            ch = unicodedata.lookup(name)
        except KeyError:
            continue  # a Unicode 1.0 name Perl knows and Python does not
        if ch != chr(cps[0]):
            sys.exit("gen_unicode_names: %r looks up as U+%04X, not U+%04X"
                     % (name, ord(ch), cps[0]))
        found[name] = cps[0]
    return found


def cpython_alias_count():
    """How many aliases python3's unicodedata module holds, or None if not found.

    CPython's generated name_aliases[] array (uint32 code points in
    NameAliases.txt order) starts with the two aliases of each of U+0000,
    U+0001, ...; its length is where the values stop increasing."""
    path = getattr(unicodedata, "__file__", None)
    if not path:
        return None
    with open(path, "rb") as f:
        data = f.read()
    at = data.find(struct.pack("<8I", 0, 0, 1, 1, 2, 2, 3, 3))
    if at < 0:
        return None
    count, last = 0, 0
    while at + 4 <= len(data):
        (v,) = struct.unpack_from("<I", data, at)
        if v > 0x10FFFF or v < last:
            break
        count, last, at = count + 1, v, at + 4
    return count


# ==== the table ====


def encode(entries):
    """(blob, block offsets) for the sorted (name, code point) list [entries]."""
    blob, blocks, prev = bytearray(), [], b""
    for i, (name, cp) in enumerate(entries):
        raw = name.encode("ascii")
        shared = 0
        if i % BLOCK == 0:
            blocks.append(len(blob))
        else:
            while shared < min(len(raw), len(prev), 255) and raw[shared] == prev[shared]:
                shared += 1
        suffix = raw[shared:]
        assert len(suffix) < 256
        blob += bytes([shared, len(suffix)]) + suffix + cp.to_bytes(3, "big")
        prev = raw
    return bytes(blob), blocks


def decode(blob):
    """The (name, code point) list back from [blob], to check encode()."""
    out, at, prev = [], 0, b""
    while at < len(blob):
        shared, n = blob[at], blob[at + 1]
        name = prev[:shared] + blob[at + 2 : at + 2 + n]
        cp = int.from_bytes(blob[at + 2 + n : at + 5 + n], "big")
        out.append((name.decode("ascii"), cp))
        prev, at = name, at + 5 + n
    return out


def check(entries, blob):
    if decode(blob) != entries:
        sys.exit("gen_unicode_names: the table does not decode back to the names")
    for name, cp in entries:
        if set(name) - set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -"):
            sys.exit("gen_unicode_names: unexpected character in %r" % name)
        if eval('"\\N{%s}"' % name) != chr(cp):
            sys.exit("gen_unicode_names: python3 rejects \\N{%s}" % name)


# ==== output ====




LOOKUP_C = r"""
/* ==== lookup ==== */

/* Hangul syllable name parts (Unicode chapter 3.12), as CPython's table. */
static const char *const hangul_l[19] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                         "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const hangul_v[21] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO",
                                         "YE", "O", "WA", "WAE", "OE", "YO", "U",
                                         "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const hangul_t[28] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                         "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                         "SS", "NG", "J", "C", "K", "T", "P", "H"};

/* CPython's find_syllable: the longest of the [count] [parts] that [s][0..n) starts
 * with (case-sensitive); sets [*len] to its length (0 if none) and returns its index. */
static int find_syllable(const char *s, size_t n, const char *const *parts, int count,
                         size_t *len)
{
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < count; i++) {
        size_t k = strlen(parts[i]);
        if (best >= 0 && k <= best_len) continue;
        if (k <= n && memcmp(s, parts[i], k) == 0) best = i, best_len = k;
    }
    *len = best_len;
    return best;
}

/* "HANGUL SYLLABLE " has been matched (upper case); the rest must be L V T parts,
 * each the greedy longest match, upper case, as CPython's _getcode. */
static int32_t hangul_lookup(const char *s, size_t n)
{
    size_t k;
    int l = find_syllable(s, n, hangul_l, 19, &k);
    s += k, n -= k;
    int v = find_syllable(s, n, hangul_v, 21, &k);
    s += k, n -= k;
    int t = find_syllable(s, n, hangul_t, 28, &k);
    if (l < 0 || v < 0 || t < 0 || k != n) return -1;
    return 0xAC00 + (l * 21 + v) * 28 + t;
}

/* "CJK UNIFIED IDEOGRAPH-" has been matched (upper case); 4 or 5 upper-case hex digits
 * naming a unified ideograph must follow. */
static int32_t cjk_lookup(const char *s, size_t n)
{
    if (n != 4 && n != 5) return -1;
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') v = v * 16 + (uint32_t)(c - '0');
        else if (c >= 'A' && c <= 'F') v = v * 16 + (uint32_t)(c - 'A' + 10);
        else return -1;
    }
    for (size_t i = 0; i < sizeof cjk / sizeof cjk[0]; i++)
        if (v >= cjk[i][0] && v <= cjk[i][1]) return (int32_t)v;
    return -1;
}

/* Compares the stored name [s][0..n) with the upper-cased query [q][0..qn). */
static int name_cmp(const char *s, size_t n, const char *q, size_t qn)
{
    int c = memcmp(s, q, n < qn ? n : qn);
    if (c) return c;
    return n < qn ? -1 : n > qn;
}

/* Scans block [b] for the query [q][0..qn); returns its code point or -1. */
static int32_t block_lookup(size_t b, const char *q, size_t qn)
{
    const unsigned char *p = (const unsigned char *)names + blocks[b];
    const unsigned char *end = (const unsigned char *)names + (b + 1 < LP_NAMES_BLOCKS
                                                                   ? blocks[b + 1]
                                                                   : sizeof names - 1);
    char name[LP_NAMES_MAXLEN];
    while (p < end) {
        size_t shared = p[0], len = p[1];
        memcpy(name + shared, p + 2, len);
        p += 2 + len;
        int c = name_cmp(name, shared + len, q, qn);
        if (c == 0) return (int32_t)(p[0] << 16 | p[1] << 8 | p[2]);
        if (c > 0) return -1;
        p += 3;
    }
    return -1;
}

/* The last block whose first name is <= [q][0..qn), or -1. */
static long find_block(const char *q, size_t qn)
{
    long lo = 0, hi = LP_NAMES_BLOCKS - 1, found = -1;
    while (lo <= hi) {
        long mid = lo + (hi - lo) / 2;
        const unsigned char *p = (const unsigned char *)names + blocks[mid];
        if (name_cmp((const char *)p + 2, p[1], q, qn) <= 0)
            found = mid, lo = mid + 1;
        else
            hi = mid - 1;
    }
    return found;
}

int32_t lp_unicode_lookup_name(const char *name, size_t n)
{
    if (n >= 16 && memcmp(name, "HANGUL SYLLABLE ", 16) == 0)
        return hangul_lookup(name + 16, n - 16);
    if (n >= 22 && memcmp(name, "CJK UNIFIED IDEOGRAPH-", 22) == 0)
        return cjk_lookup(name + 22, n - 22);
    if (n == 0 || n >= LP_NAMES_MAXLEN) return -1;
    char q[LP_NAMES_MAXLEN];
    for (size_t i = 0; i < n; i++)
        q[i] = (char)(name[i] >= 'a' && name[i] <= 'z' ? name[i] - 32 : name[i]);
    long b = find_block(q, n);
    return b < 0 ? -1 : block_lookup((size_t)b, q, n);
}

void lp_unicode_names_each(void (*fn)(void *ud, const char *name, size_t n, int32_t cp),
                           void *ud)
{
    const unsigned char *p = (const unsigned char *)names;
    const unsigned char *end = p + sizeof names - 1;
    char name[LP_NAMES_MAXLEN];
    while (p < end) {
        size_t shared = p[0], n = p[1];
        memcpy(name + shared, p + 2, n);
        p += 2 + n;
        fn(ud, name, shared + n, (int32_t)(p[0] << 16 | p[1] << 8 | p[2]));
        p += 3;
    }
}
"""


def render(entries, blob, blocks, ranges, n_names, n_aliases):
    maxlen = max(len(name) for name, _ in entries) + 1
    out = [
        "/* generated by scripts/gen_unicode_names.py from python3 unicodedata %s -- do not edit */"
        % UNIDATA,
        "/* unicode_names.c -- the Unicode character names behind \\N{NAME}.",
        " *",
        " * %d character names and %d name aliases, upper case, sorted and"
        % (n_names, n_aliases),
        " * front-coded in blocks of %d (see scripts/gen_unicode_names.py for the"
        % BLOCK,
        " * layout); CJK unified ideographs and Hangul syllables are computed, as",
        " * CPython does.  API: runtime/unicode_names.h.",
        " */",
        "#include \"unicode_names.h\"",
        "",
        "#include <string.h>",
        "",
        "#define LP_NAMES_BLOCKS %d" % len(blocks),
        "#define LP_NAMES_MAXLEN %d /* longest name + 1 */" % maxlen,
        "",
        "/* The CJK UNIFIED IDEOGRAPH-XXXX ranges: %d. */" % len(ranges),
        "static const uint32_t cjk[][2] = {",
    ]
    out += ["    {0x%X, 0x%X}," % (lo, hi) for lo, hi in ranges]
    out += ["};", "", "/* Byte offset of each block's first entry in names[]. */"]
    out.append("static const uint32_t blocks[LP_NAMES_BLOCKS] = {")
    for i in range(0, len(blocks), 10):
        out.append("    " + ", ".join(str(b) for b in blocks[i : i + 10]) + ",")
    out += ["};", "", "/* The entries, one per line: shared, suffix length, suffix, code point. */"]
    out.append("static const char names[] =")
    at = 0
    lines = []
    while at < len(blob):
        n = blob[at + 1]
        lines.append("    " + c_string(blob[at : at + 5 + n]))
        at += 5 + n
    out += lines
    out[-1] += ";"
    return "\n".join(out) + "\n" + LOOKUP_C


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--output", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--perl-names", default=None)
    args = ap.parse_args()
    if unicodedata.unidata_version != UNIDATA:
        sys.exit("gen_unicode_names: python3 has Unicode %s, need %s"
                 % (unicodedata.unidata_version, UNIDATA))
    found = sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl"))
    perl = args.perl_names or (found[0] if found else None)
    if not perl:
        sys.exit("gen_unicode_names: no Perl unicore/Name.pl for the aliases (--perl-names)")
    names = stored_names()
    alias = aliases(perl, names)
    expected = cpython_alias_count()
    if expected is not None and expected != len(alias):
        sys.exit("gen_unicode_names: found %d aliases, python3's table has %d"
                 % (len(alias), expected))
    entries = sorted(list(names.items()) + list(alias.items()))
    blob, blocks = encode(entries)
    check(entries, blob)
    text = render(entries, blob, blocks, cjk_ranges(), len(names), len(alias))
    write_or_check(args.output, text, args.check, "gen_unicode_names")
    if not args.check:
        print("gen_unicode_names: %d names, %d aliases, %d bytes of table -> %s"
              % (len(names), len(alias), len(blob), args.output))


if __name__ == "__main__":
    main()
