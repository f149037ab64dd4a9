/* test_unicode.c -- runtime/unicode.c against values taken from CPython 3.11.7.
 *
 * Every expected value below was printed by python3 (Unicode 14.0.0); the
 * expression that produced it is in the comment beside it.  An exhaustive
 * comparison with python3 (every code point, and random strings for NFKC and
 * repr) was run by hand when these files were written; these tests pin down
 * concrete cases.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <string.h>

#include "gc.h"
#include "unicode.h"

/* A string literal as the (pointer, byte length) pair the API takes. */
#define LIT(s) (s), (sizeof(s) - 1)

static void setup(void)
{
    lp_gc_init();
}

TestSuite(unicode, .init = setup);

/* ==== character classes ==== */

/* One row of: python3 -c "import re; ch=chr(c); print(ch.isidentifier(),
 *   ('a'+ch).isidentifier(), bool(re.match(r'\w', ch)), ch.isprintable())" */
typedef struct {
    uint32_t c;
    bool id_start, id_continue, word, printable;
} class_row;

static const class_row class_rows[] = {
    {0x61, 1, 1, 1, 1},     /* a */
    {0x5F, 1, 1, 1, 1},     /* _ */
    {0x30, 0, 1, 1, 1},     /* 0 */
    {0x20, 0, 0, 0, 1},     /* space */
    {0x7F, 0, 0, 0, 0},     /* DEL */
    {0xE9, 1, 1, 1, 1},     /* LATIN SMALL LETTER E WITH ACUTE */
    {0xAA, 1, 1, 1, 1},     /* FEMININE ORDINAL INDICATOR */
    {0xB7, 0, 1, 0, 1},     /* MIDDLE DOT (Other_ID_Continue) */
    {0xB2, 0, 0, 1, 1},     /* SUPERSCRIPT TWO: a digit but not an identifier */
    {0xBD, 0, 0, 1, 1},     /* VULGAR FRACTION ONE HALF */
    {0xA0, 0, 0, 0, 0},     /* NO-BREAK SPACE */
    {0xAD, 0, 0, 0, 0},     /* SOFT HYPHEN */
    {0x300, 0, 1, 0, 1},    /* COMBINING GRAVE ACCENT */
    {0x378, 0, 0, 0, 0},    /* unassigned */
    {0x660, 0, 1, 1, 1},    /* ARABIC-INDIC DIGIT ZERO */
    {0xE33, 0, 1, 1, 1},    /* THAI CHARACTER SARA AM: continue only */
    {0x1885, 1, 1, 0, 1},   /* MONGOLIAN LETTER ALI GALI BALUDA (Other_ID_Start) */
    {0x19DA, 0, 1, 1, 1},   /* NEW TAI LUE THAM DIGIT ONE */
    {0x200B, 0, 0, 0, 0},   /* ZERO WIDTH SPACE */
    {0x2028, 0, 0, 0, 0},   /* LINE SEPARATOR */
    {0x2118, 1, 1, 0, 1},   /* SCRIPT CAPITAL P (Other_ID_Start) */
    {0x2160, 1, 1, 1, 1},   /* ROMAN NUMERAL ONE */
    {0x2E2F, 0, 0, 1, 1},   /* VERTICAL TILDE: \w but Pattern_Syntax */
    {0x3000, 0, 0, 0, 0},   /* IDEOGRAPHIC SPACE */
    {0x309B, 0, 0, 0, 1},   /* KATAKANA-HIRAGANA VOICED SOUND MARK */
    {0x4E00, 1, 1, 1, 1},   /* CJK UNIFIED IDEOGRAPH-4E00 */
    {0xD800, 0, 0, 0, 0},   /* a lone surrogate */
    {0xE000, 0, 0, 0, 0},   /* private use */
    {0xFF21, 1, 1, 1, 1},   /* FULLWIDTH LATIN CAPITAL LETTER A */
    {0x1D400, 1, 1, 1, 1},  /* MATHEMATICAL BOLD CAPITAL A */
    {0x1F600, 0, 0, 0, 1},  /* GRINNING FACE */
    {0xE0100, 0, 1, 0, 1},  /* VARIATION SELECTOR-17 */
    {0x10FFFF, 0, 0, 0, 0}, /* the last code point, a noncharacter */
};

Test(unicode, classes_match_python)
{
    for (size_t i = 0; i < sizeof class_rows / sizeof class_rows[0]; i++) {
        const class_row *r = &class_rows[i];
        cr_expect_eq(lp_unicode_is_id_start(r->c), r->id_start, "is_id_start(U+%04X)", r->c);
        cr_expect_eq(lp_unicode_is_id_continue(r->c), r->id_continue, "is_id_continue(U+%04X)",
                     r->c);
        cr_expect_eq(lp_unicode_is_word(r->c), r->word, "is_word(U+%04X)", r->c);
        cr_expect_eq(lp_unicode_is_printable(r->c), r->printable, "is_printable(U+%04X)", r->c);
    }
}

/* python3 -c "print([hex(c) for c in range(0x110000) if chr(c).isspace()])" gives these 29;
 * the neighbours around each run are not white space. */
Test(unicode, space_matches_python)
{
    static const uint32_t spaces[] = {0x9,    0xa,    0xb,    0xc,    0xd,    0x1c,   0x1d,   0x1e,
                                      0x1f,   0x20,   0x85,   0xa0,   0x1680, 0x2000, 0x2001, 0x2002,
                                      0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
                                      0x2028, 0x2029, 0x202f, 0x205f, 0x3000};
    for (size_t i = 0; i < sizeof spaces / sizeof *spaces; i++)
        cr_assert(lp_unicode_is_space(spaces[i]), "U+%04X is white space", spaces[i]);
    static const uint32_t others[] = {0x8, 0xe, 0x1b, 0x21, 0x84, 0x86, 0x9f, 0xa1, 0x200b, 0x180e, 0xfeff};
    for (size_t i = 0; i < sizeof others / sizeof *others; i++)
        cr_assert(!lp_unicode_is_space(others[i]), "U+%04X is not white space", others[i]);
}

Test(unicode, ascii_classes)
{
    /* python3: [c for c in range(128) if chr(c).isidentifier()] is A-Z, _, a-z */
    int start = 0, cont = 0, word = 0, printable = 0;
    for (uint32_t c = 0; c < 128; c++) {
        start += lp_unicode_is_id_start(c);
        cont += lp_unicode_is_id_continue(c);
        word += lp_unicode_is_word(c);
        printable += lp_unicode_is_printable(c);
    }
    cr_expect_eq(start, 53); /* python3: sum(chr(c).isidentifier() for c in range(128)) */
    cr_expect_eq(cont, 63);  /* python3: sum(('a'+chr(c)).isidentifier() for c in range(128)) */
    cr_expect_eq(word, 63);  /* python3: sum(bool(re.match(r'\w', chr(c))) for c in range(128)) */
    cr_expect_eq(printable, 95); /* python3: sum(chr(c).isprintable() for c in range(128)) */
}

Test(unicode, beyond_unicode_is_nothing)
{
    cr_expect_not(lp_unicode_is_id_start(0x110000));
    cr_expect_not(lp_unicode_is_id_continue(0x110000));
    cr_expect_not(lp_unicode_is_word(0xFFFFFFFF));
    cr_expect_not(lp_unicode_is_printable(0xFFFFFFFF));
}

/* ==== UTF-8 ==== */

Test(unicode, utf8_encode_lengths_and_bytes)
{
    /* python3: [chr(c).encode('utf-8', 'surrogatepass') for c in
     *           (0x24, 0xA2, 0x20AC, 0xD800, 0x1F600, 0x10FFFF)] */
    static const struct {
        uint32_t c;
        const char *utf8;
    } rows[] = {
        {0x24, "$"},
        {0xA2, "\xc2\xa2"},
        {0x20AC, "\xe2\x82\xac"},
        {0xD800, "\xed\xa0\x80"}, /* a surrogate, encoded WTF-8 style */
        {0x1F600, "\xf0\x9f\x98\x80"},
        {0x10FFFF, "\xf4\x8f\xbf\xbf"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        char buf[4];
        int n = lp_utf8_encode(rows[i].c, buf);
        cr_expect_eq(n, (int)strlen(rows[i].utf8), "length for U+%04X", rows[i].c);
        cr_expect_arr_eq(buf, rows[i].utf8, (size_t)n, "bytes for U+%04X", rows[i].c);
    }
}

Test(unicode, utf8_next_decodes_and_advances)
{
    /* python3: [hex(ord(ch)) for ch in 'aé€😀\ud800'] */
    const char *s = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xed\xa0\x80";
    const uint32_t expected[] = {0x61, 0xE9, 0x20AC, 0x1F600, 0xD800};
    const char *p = s;
    for (size_t i = 0; i < 5; i++)
        cr_expect_eq(lp_utf8_next(&p), expected[i], "code point %zu", i);
    cr_expect_eq(p, s + strlen(s));
}

Test(unicode, utf8_roundtrip_every_code_point)
{
    char buf[4];
    for (uint32_t c = 0; c < 0x110000; c++) {
        int n = lp_utf8_encode(c, buf);
        const char *p = buf;
        if (lp_utf8_next(&p) != c || p != buf + n) cr_assert_fail("U+%04X does not round-trip", c);
    }
}

Test(unicode, utf8_length_counts_code_points)
{
    /* python3: len('aé€😀\ud800') == 5 */
    cr_expect_eq(lp_utf8_length(LIT("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xed\xa0\x80")), 5);
    cr_expect_eq(lp_utf8_length(LIT("")), 0);
    cr_expect_eq(lp_utf8_length(LIT("abc\0d")), 5);
}

/* ==== NFKC ==== */

/* Checks that NFKC of [in][0..n) is [expected], and returned [in] itself
 * exactly when [same]; a copy must be NUL-terminated. */
static void check_nfkc(const char *in, size_t n, const char *expected, bool same)
{
    size_t outlen = 12345;
    const char *out = lp_unicode_nfkc(in, n, &outlen);
    cr_assert_eq(outlen, strlen(expected), "length of NFKC(\"%s\")", in);
    cr_expect_arr_eq(out, expected, outlen, "NFKC(\"%s\")", in);
    if (same)
        cr_expect_eq(out, in, "NFKC(\"%s\") should return its input", in);
    else
        cr_expect(out != in && out[outlen] == '\0', "NFKC(\"%s\") should be a fresh copy", in);
}

Test(unicode, nfkc_unchanged_text_is_returned_as_is)
{
    check_nfkc(LIT("hello"), "hello", true);
    check_nfkc(LIT(""), "", true);
    check_nfkc(LIT(u8"caf\u00e9"), u8"caf\u00e9", true); /* python3: normalize('NFKC', 'café') */
    check_nfkc(LIT(u8"\ud55c\uad6d\uc5b4"), u8"\ud55c\uad6d\uc5b4", true); /* '한국어' */
    check_nfkc(LIT("\xed\xa0\x80"), "\xed\xa0\x80", true);                 /* '\ud800' */
    /* These go the slow way (combining marks) and still come back unchanged. */
    check_nfkc(LIT(u8"\u00e9\u0300"), u8"\u00e9\u0300", true);             /* 'é\u0300' */
    check_nfkc(LIT(u8"\u1100\u0301\u1161"), u8"\u1100\u0301\u1161", true); /* blocked jamo */
}

Test(unicode, nfkc_compatibility_mappings)
{
    check_nfkc(LIT(u8"\ufb01"), "fi", false);                         /* normalize('NFKC', 'ﬁ') */
    check_nfkc(LIT(u8"\u210cello"), "Hello", false);                  /* 'ℌello' */
    check_nfkc(LIT(u8"x\u00b2"), "x2", false);                        /* 'x²' */
    check_nfkc(LIT(u8"\u2460"), "1", false);                          /* '①' */
    check_nfkc(LIT(u8"\U0001d400\U0001d41b"), "Ab", false);           /* '𝐀𝐛' */
    check_nfkc(LIT(u8"\u01c5"), u8"D\u017e", false);                  /* 'ǅ' -> 'Dž' */
    check_nfkc(LIT(u8"\u337f"), u8"\u682a\u5f0f\u4f1a\u793e", false); /* '㍿' -> '株式会社' */
    /* '\ufdfa', the longest decomposition (18 code points) */
    check_nfkc(LIT(u8"\ufdfa"),
               u8"\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064a\u0647 "
               u8"\u0648\u0633\u0644\u0645",
               false);
}

Test(unicode, nfkc_canonical_composition)
{
    check_nfkc(LIT(u8"e\u0301"), u8"\u00e9", false);       /* normalize('NFKC', 'e\u0301') */
    check_nfkc(LIT(u8"\u212b"), u8"\u00c5", false);        /* ANGSTROM SIGN -> 'Å' */
    check_nfkc(LIT(u8"\u2126"), u8"\u03a9", false);        /* OHM SIGN -> 'Ω' */
    check_nfkc(LIT(u8"\uff76\uff9e"), u8"\u30ac", false);  /* halfwidth 'ｶﾞ' -> 'ガ' */
    check_nfkc(LIT(u8"A\u030a\u0301"), u8"\u01fa", false); /* composes twice: 'Ǻ' */
    check_nfkc(LIT(u8"\u00c5\u0301"), u8"\u01fa", false);
    check_nfkc(LIT(u8"\u1e9b\u0323"), u8"\u1e69", false); /* 'ẛ̣' -> 'ṩ' (UAX #15) */
    check_nfkc(LIT(u8"\u0b47\u0b3e"), u8"\u0b4b", false); /* two starters compose */
}

Test(unicode, nfkc_composition_exclusions)
{
    check_nfkc(LIT(u8"\u0958"), u8"\u0915\u093c", false); /* 'क़' stays decomposed */
    check_nfkc(LIT(u8"\u0344"), u8"\u0308\u0301", false); /* non-starter decomposition */
}

Test(unicode, nfkc_canonical_order)
{
    check_nfkc(LIT(u8"a\u0323\u0302"), u8"\u1ead", false); /* normalize('NFKC', 'a\u0323\u0302') */
    check_nfkc(LIT(u8"a\u0302\u0323"), u8"\u1ead", false);
    check_nfkc(LIT(u8"q\u0307\u0323"), u8"q\u0323\u0307", false);
}

Test(unicode, nfkc_long_run_of_marks)
{
    /* python3: normalize('NFKC', 'a' + '\u0316\u0301' * 10)
     *   == '\xe1' + '\u0316' * 10 + '\u0301' * 9 */
    char in[64], expected[64], *p = in, *q = expected;
    *p++ = 'a';
    for (int i = 0; i < 10; i++)
        p += lp_utf8_encode(0x316, p), p += lp_utf8_encode(0x301, p);
    q += lp_utf8_encode(0xE1, q);
    for (int i = 0; i < 10; i++)
        q += lp_utf8_encode(0x316, q);
    for (int i = 0; i < 9; i++)
        q += lp_utf8_encode(0x301, q);
    *q = '\0';
    check_nfkc(in, (size_t)(p - in), expected, false);
}

Test(unicode, nfkc_hangul)
{
    check_nfkc(LIT(u8"\u1100\u1161\u11a8"), u8"\uac01", false); /* normalize('NFKC', '각') */
    check_nfkc(LIT(u8"\uac00\u11a8"), u8"\uac01", false);       /* '가' + 'ᆨ' -> '각' */
}

/* ==== repr ==== */

/* Checks that repr of [in][0..n) is [expected]. */
static void check_repr(const char *in, size_t n, const char *expected)
{
    char out[256];
    cr_assert_leq(10 * n + 3, sizeof out);
    size_t len = lp_unicode_repr(in, n, out);
    cr_assert_eq(len, strlen(expected), "length of repr of \"%s\"", expected);
    cr_expect_arr_eq(out, expected, len, "repr should be %s", expected);
}

Test(unicode, repr_quotes)
{
    check_repr(LIT("abc"), "'abc'");                       /* python3: repr('abc') */
    check_repr(LIT(""), "''");                             /* repr('') */
    check_repr(LIT("it's"), "\"it's\"");                   /* repr("it's") */
    check_repr(LIT("say \"hi\""), "'say \"hi\"'");         /* repr('say "hi"') */
    check_repr(LIT("both ' and \""), "'both \\' and \"'"); /* repr('both \' and "') */
    check_repr(LIT("\""), "'\"'");                         /* repr('"') */
    check_repr(LIT("'"), "\"'\"");                         /* repr("'") */
}

Test(unicode, repr_ascii_escapes)
{
    check_repr(LIT("a\\b"), "'a\\\\b'"); /* python3: repr('a\\b') */
    /* repr('\t\n\r\x00\x1f\x7f') */
    check_repr(LIT("\t\n\r\0\x1f\x7f"), "'\\t\\n\\r\\x00\\x1f\\x7f'");
}

Test(unicode, repr_non_ascii)
{
    /* python3: repr('é\xa0\u200b😀') */
    check_repr(LIT(u8"\u00e9\u00a0\u200b\U0001f600"), u8"'\u00e9\\xa0\\u200b\U0001f600'");
    check_repr(LIT("\xed\xa0\x80"), "'\\ud800'");     /* repr('\ud800') */
    check_repr(LIT(u8"\U000e0001"), "'\\U000e0001'"); /* repr('\U000e0001') */
    check_repr(LIT("\xc2\x85"), "'\\x85'");           /* repr('\x85') */
    check_repr(LIT("\xcd\xb8"), "'\\u0378'");         /* repr('\u0378'), unassigned */
    check_repr(LIT(u8"\u210c"), u8"'\u210c'");        /* repr('ℌ') */
    /* repr('\u2028\u3000\ue000\U0010ffff') */
    check_repr(LIT(u8"\u2028\u3000\ue000\U0010ffff"), "'\\u2028\\u3000\\ue000\\U0010ffff'");
    check_repr(LIT(u8"\u00ad\u00ff\u0100"), u8"'\\xad\u00ff\u0100'"); /* repr('\xad\xff\u0100') */
}
