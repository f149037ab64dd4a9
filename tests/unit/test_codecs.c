/* test_codecs.c -- codec lookup, decoding and UTF-8 validation (runtime/codecs.c).
 *
 * Every expected value was produced by CPython 3.11.7; the expression that
 * produced it is in the comment above the check.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <string.h>

#include "codecs.h"
#include "gc.h"

static void setup(void)
{
    lp_gc_init();
}

TestSuite(codecs, .init = setup);

/* ==== helpers ==== */

/* Asserts that [name] looks up to a codec called [expected]. */
static void expect_name(const char *name, const char *expected)
{
    const lp_codec_t *c = lp_codec_lookup(name);
    cr_assert(c != NULL, "lookup(\"%s\") failed", name);
    cr_assert_str_eq(lp_codec_name(c), expected, "lookup(\"%s\")", name);
}

/* Asserts that decoding [n] bytes of [src] with [codec] gives the [explen]
 * bytes of [expected]. */
static void expect_decode(const char *codec, const char *src, size_t n, const char *expected,
                          size_t explen)
{
    const lp_codec_t *c = lp_codec_lookup(codec);
    cr_assert(c != NULL);
    size_t len = 12345;
    lp_decode_error_t err;
    char *out = lp_codec_decode(c, src, n, &len, &err);
    cr_assert(out != NULL, "%s: %s", codec, err.message);
    cr_assert_eq(len, explen, "%s: length", codec);
    cr_assert(memcmp(out, expected, len) == 0 && out[len] == '\0', "%s decoded wrongly", codec);
}

/* Asserts that decoding fails at [start, end) with [message]. */
static void expect_decode_error(const char *codec, const char *src, size_t n, size_t start,
                                size_t end, const char *reason, const char *message)
{
    const lp_codec_t *c = lp_codec_lookup(codec);
    cr_assert(c != NULL);
    lp_decode_error_t err;
    cr_assert_null(lp_codec_decode(c, src, n, NULL, &err));
    cr_assert_eq(err.start, start);
    cr_assert_eq(err.end, end);
    cr_assert_str_eq(err.reason, reason);
    cr_assert_str_eq(err.message, message);
}

/* Asserts that lp_utf8_check rejects [n] bytes of [s] as described. */
static void expect_utf8_error(const char *s, size_t n, size_t start, size_t end, const char *reason,
                              const char *message)
{
    lp_decode_error_t err;
    cr_assert_not(lp_utf8_check(s, n, &err));
    cr_assert_eq(err.start, start, "start of %s", message);
    cr_assert_eq(err.end, end, "end of %s", message);
    cr_assert_str_eq(err.reason, reason);
    cr_assert_str_eq(err.message, message);
    expect_decode_error("utf-8", s, n, start, end, reason, message);
}

#define BOM "\xef\xbb\xbf"

#define DECODE(codec, src, expected)                                                               \
    expect_decode(codec, src, sizeof(src) - 1, expected, sizeof(expected) - 1)

#define UTF8_ERROR(lit, start, end, reason, message)                                               \
    expect_utf8_error(lit, sizeof(lit) - 1, start, end, reason, message)

/* ==== lookup ==== */

/* codecs.lookup(n).name for n in the spellings below */
Test(codecs, lookup_utf8_spellings)
{
    expect_name("UTF8", "utf-8");
    expect_name("utf_8", "utf-8");
    expect_name("utf-8", "utf-8");
    expect_name("U8", "utf-8");
    expect_name("  utf--8  ", "utf-8");
    expect_name("cp65001", "utf-8");
    expect_name("utf-8-sig", "utf-8-sig");
}

Test(codecs, lookup_latin1_spellings)
{
    expect_name("latin1", "iso8859-1");
    expect_name("iso-8859-1", "iso8859-1");
    expect_name("Latin-1", "iso8859-1");
    expect_name("ISO_8859-1:1987", "iso8859-1");
    expect_name("iso8859_1", "iso8859-1");
    expect_name("iso8859.1", "iso8859-1"); /* via the alias of "iso8859_1" */
}

Test(codecs, lookup_single_byte_spellings)
{
    expect_name("koi8_r", "koi8-r");
    expect_name("KOI8-R", "koi8-r");
    expect_name("cp1252", "cp1252");
    expect_name("windows-1252", "cp1252");
    expect_name("mac-roman", "mac-roman");
    expect_name("macintosh", "mac-roman");
    expect_name("ebcdic-cp-us", "cp037");
    expect_name("latin9", "iso8859-15");
    expect_name("IBM437", "cp437");
    expect_name("437", "cp437");
    expect_name("charmap", "charmap");
}

Test(codecs, lookup_ascii_spellings)
{
    expect_name("ascii", "ascii");
    expect_name("US-ASCII", "ascii");
    expect_name("646", "ascii");
    expect_name("ansi_x3.4_1968", "ascii"); /* an alias key that contains a dot */
}

/* codecs.lookup(n) raises LookupError for each of these */
Test(codecs, lookup_unknown)
{
    const char *names[] = {"uft-8",      "",        "utf.8",   "UTF8-SIG",
                           "csHPRoman8", "latin.1", "aliases", "mbcs"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        cr_assert_null(lp_codec_lookup(names[i]), "%s", names[i]);
        cr_assert_not(lp_codec_known(names[i]), "%s", names[i]);
    }
}

/* codecs.lookup(n) succeeds ('euc_jp', 'shift_jis', 'utf-16', 'rot-13'), but
 * lemonpy does not decode multi-byte or bytes-to-bytes codecs: NULL. */
Test(codecs, lookup_unsupported)
{
    const char *names[] = {"euc-jp", "shift_jis", "utf-16", "rot13"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        cr_assert_null(lp_codec_lookup(names[i]), "%s", names[i]);
        cr_assert(lp_codec_known(names[i]), "%s", names[i]);
    }
}

/* A long name normalises the same: codecs.lookup(' ' * 200 + 'utf8').name == 'utf-8' */
Test(codecs, lookup_long_names)
{
    char name[256];
    memset(name, ' ', 200);
    strcpy(name + 200, "utf8");
    expect_name(name, "utf-8");
    memset(name, 'a', 255);
    name[255] = '\0';
    cr_assert_null(lp_codec_lookup(name));
}

/* ==== decoding ==== */

/* b'caf\xe9'.decode('latin-1').encode() == b'caf\xc3\xa9' and so on */
Test(codecs, decode_single_byte)
{
    DECODE("latin-1", "caf\xe9", "caf\xc3\xa9");
    /* b'\xc1\xc2\xc3'.decode('koi8_r') == 'абц' */
    DECODE("koi8_r", "\xc1\xc2\xc3", "\xd0\xb0\xd0\xb1\xd1\x86");
    /* b'\x80\x9f'.decode('cp1252') == '€Ÿ' */
    DECODE("cp1252", "\x80\x9f", "\xe2\x82\xac\xc5\xb8");
    /* b'\xc1\x81'.decode('cp037') == 'Aa' (EBCDIC) */
    DECODE("cp037", "\xc1\x81", "Aa");
    /* b'\xa4'.decode('iso8859_15') == '€'; b'\xa1'.decode('iso8859_3') == 'Ħ' */
    DECODE("iso8859_15", "\xa4", "\xe2\x82\xac");
    DECODE("iso8859_3", "\xa1", "\xc4\xa6");
    /* b'\x80'.decode('cp437') == 'Ç'; b'\xff'.decode('charmap') == 'ÿ' */
    DECODE("cp437", "\x80", "\xc3\x87");
    DECODE("charmap", "\xff", "\xc3\xbf");
    /* b'\x00\x7f'.decode('cp1252') == '\x00\x7f'; b''.decode('cp1252') == '' */
    DECODE("cp1252", "\x00\x7f", "\x00\x7f");
    DECODE("cp1252", "", "");
}

Test(codecs, decode_single_byte_errors)
{
    const char *undef = "character maps to <undefined>";
    /* b'x\x81'.decode('cp1252') */
    expect_decode_error("cp1252", "x\x81", 2, 1, 2, undef,
                        "'charmap' codec can't decode byte 0x81 in position 1: " /**/
                        "character maps to <undefined>");
    /* b'\xa5'.decode('iso8859_3') */
    expect_decode_error("iso8859_3", "\xa5", 1, 0, 1, undef,
                        "'charmap' codec can't decode byte 0xa5 in position 0: " /**/
                        "character maps to <undefined>");
    /* b'\xa0\xdb'.decode('tis-620') */
    expect_decode_error("tis-620", "\xa0\xdb", 2, 0, 1, undef,
                        "'charmap' codec can't decode byte 0xa0 in position 0: " /**/
                        "character maps to <undefined>");
    /* b'ab\x80'.decode('ascii') */
    expect_decode_error("ascii", "ab\x80", 3, 2, 3, "ordinal not in range(128)",
                        "'ascii' codec can't decode byte 0x80 in position 2: " /**/
                        "ordinal not in range(128)");
}

/* b'\xef\xbb\xbfab'.decode('utf-8-sig') == 'ab'; only one BOM goes:
 * b'\xef\xbb\xbf\xef\xbb\xbf'.decode('utf-8-sig') == '\ufeff' */
Test(codecs, decode_utf8_sig)
{
    DECODE("utf-8-sig", BOM "ab", "ab");
    DECODE("utf-8-sig", "ab", "ab");
    DECODE("utf-8-sig", "\xef\xbb\xbf\xef\xbb\xbf", "\xef\xbb\xbf");
    /* the plain codec keeps it: b'\xef\xbb\xbf'.decode('utf-8') == '\ufeff' */
    DECODE("utf-8", "\xef\xbb\xbf", "\xef\xbb\xbf");
    /* b'\xef\xbb\xbfa\xff'.decode('utf-8-sig'): positions count after the BOM */
    expect_decode_error("utf-8-sig", BOM "a\xff", 5, 1, 2, "invalid start byte",
                        "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
    /* b'\xef\xbb'.decode('utf-8-sig'): a cut BOM is just bad UTF-8 */
    expect_decode_error("utf-8-sig", "\xef\xbb", 2, 0, 2, "unexpected end of data",
                        "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
}

/* '€😀'.encode() round-trips; so does a long ASCII text with a tail */
Test(codecs, decode_utf8_valid)
{
    DECODE("utf-8", "\xe2\x82\xac\xf0\x9f\x98\x80", "\xe2\x82\xac\xf0\x9f\x98\x80");
    DECODE("utf8", "\xed\x9f\xbf\xf4\x8f\xbf\xbf", "\xed\x9f\xbf\xf4\x8f\xbf\xbf");
    const char *text = "def f(x):\n    return x  # \xc3\xa9t\xc3\xa9 ok\n";
    expect_decode("utf-8", text, strlen(text), text, strlen(text));
    cr_assert(lp_utf8_check("", 0, NULL));
}

/* ==== UTF-8 errors: b.decode('utf-8') for each b; (str(e), e.start, e.end) ==== */

Test(codecs, utf8_invalid_start_byte)
{
    const char *r = "invalid start byte";
    UTF8_ERROR("a\xf6!", 1, 2, r, /* b'a\xf6!' */
               "'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte");
    UTF8_ERROR("\x80", 0, 1, r,
               "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte");
    UTF8_ERROR("\xc0\x80", 0, 1, r, /* overlong NUL */
               "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte");
    UTF8_ERROR("\xc1\xbf", 0, 1, r,
               "'utf-8' codec can't decode byte 0xc1 in position 0: invalid start byte");
    UTF8_ERROR("\xf5\x80\x80\x80", 0, 1, r,
               "'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte");
    UTF8_ERROR("\xff", 0, 1, r,
               "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
}

Test(codecs, utf8_invalid_continuation_byte)
{
    const char *r = "invalid continuation byte";
    UTF8_ERROR("\xc3(", 0, 1, r,
               "'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte");
    UTF8_ERROR("\xe2\x82(", 0, 2, r,
               "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte");
    UTF8_ERROR("\xe2(\xa1", 0, 1, r,
               "'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte");
    UTF8_ERROR("\xf0\x90(", 0, 2, r,
               "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte");
    UTF8_ERROR("\xf0\x90\x80(", 0, 3, r,
               "'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte");
    /* b'x = "\xe9t\xe9"\n': a latin-1 file read as UTF-8 */
    UTF8_ERROR("x = \"\xe9t\xe9\"\n", 5, 6, r,
               "'utf-8' codec can't decode byte 0xe9 in position 5: invalid continuation byte");
}

/* Overlong 3- and 4-byte forms, surrogates and values above U+10FFFF fail on
 * their second byte */
Test(codecs, utf8_overlong_surrogate_too_large)
{
    const char *r = "invalid continuation byte";
    UTF8_ERROR("\xe0\x80\x80", 0, 1, r,
               "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte");
    UTF8_ERROR("\xe0\x9f", 0, 1, r,
               "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte");
    UTF8_ERROR("\xed\xa0\x80", 0, 1, r,
               "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    UTF8_ERROR("\xf0\x8f\xbf\xbf", 0, 1, r,
               "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte");
    UTF8_ERROR("\xf4\x90\x80\x80", 0, 1, r,
               "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte");
}

Test(codecs, utf8_unexpected_end_of_data)
{
    const char *r = "unexpected end of data";
    UTF8_ERROR("\xc3", 0, 1, r,
               "'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data");
    UTF8_ERROR("\xe2\x82", 0, 2, r,
               "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    UTF8_ERROR("\xe0\xa0", 0, 2, r,
               "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    UTF8_ERROR("\xf0\x90\x80", 0, 3, r,
               "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data");
    UTF8_ERROR("ab\xf0", 2, 3, r,
               "'utf-8' codec can't decode byte 0xf0 in position 2: unexpected end of data");
}

/* The fast path reads 8 bytes at a time: an error in any lane is found.
 * (b'a' * k + b'\xff' + b'a' * 20).decode() fails at position k */
Test(codecs, utf8_error_in_every_lane)
{
    char buf[40];
    for (size_t k = 0; k < 19; k++) {
        memset(buf, 'a', sizeof buf);
        buf[k] = '\xff';
        lp_decode_error_t err;
        cr_assert_not(lp_utf8_check(buf, sizeof buf, &err));
        cr_assert_eq(err.start, k);
        cr_assert_eq(err.end, k + 1);
    }
}
