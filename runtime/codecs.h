/* codecs.h -- source-file decoding: codec lookup and decoders to UTF-8.
 *
 * A PEP 263 cookie may name any codec of Python's encodings package.  This
 * module resolves such a name exactly as CPython 3.11's codecs.lookup does
 * (the same normalisation, the alias table of encodings.aliases, the codec
 * module names) and decodes bytes with strict errors into UTF-8, reporting
 * failures with the start, end, reason and str() of the UnicodeDecodeError
 * CPython would raise.  The tables come from python3 itself:
 * scripts/gen_codecs.py writes runtime/codecs_db.c.
 *
 * Supported: utf-8, utf-8-sig, ascii, latin-1 (also the bare "charmap"
 * codec, which decodes as latin-1) and every single-byte charmap codec of the
 * encodings package (cp437, cp850, cp1250-cp1258, iso8859-2..16, koi8-r,
 * koi8-u, mac-roman, the EBCDIC pages ...).
 *
 * Known limit: multi-byte codecs (the CJK family: euc-jp, shift_jis, gbk,
 * big5, iso2022-*, ...), utf-16/32, utf-7, idna, punycode, the escape codecs
 * and the bytes-to-bytes codecs (rot13, base64, ...) are not supported:
 * lp_codec_lookup returns NULL for them although CPython finds them;
 * lp_codec_known tells such names apart from unknown ones.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_CODECS_H
#define LP_CODECS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct lp_codec lp_codec_t; /* opaque; entries live in codecs_db.c */

/* A decoding failure, as the UnicodeDecodeError CPython raises. */
typedef struct {
    size_t start, end;  /* offending bytes [start, end) of the input */
    const char *reason; /* e.g. "invalid start byte" (static string) */
    char message[200];  /* str(UnicodeDecodeError), NUL-terminated */
} lp_decode_error_t;

/* Looks [name] up as Python's codecs.lookup(name) does (same normalisation:
 * case, runs of spaces/hyphens/underscores/other punctuation, dots, the
 * alias table of encodings.aliases, codec module names); returns NULL when
 * Python would raise LookupError or when the codec is not one we support. */
const lp_codec_t *lp_codec_lookup(const char *name);

/* Returns true when Python's codecs.lookup([name]) succeeds, whether or not
 * lemonpy can decode with that codec (so "euc-jp" is known, "uft-8" not). */
bool lp_codec_known(const char *name);

/* Returns codecs.lookup(name).name for [c], e.g. "iso8859-1", "utf-8",
 * "cp1252", "koi8-r". */
const char *lp_codec_name(const lp_codec_t *c);

/* Decodes [n] bytes at [src] with codec [c] and strict errors, as
 * bytes.decode(c) does, into a NUL-terminated UTF-8 string from
 * lp_alloc_atomic whose length goes to *[outlen]; on a decoding error returns
 * NULL and fills *[err] (which may be NULL).  utf-8-sig drops one leading BOM
 * and, like Python, reports error positions relative to the bytes after it. */
char *lp_codec_decode(const lp_codec_t *c, const char *src, size_t n, size_t *outlen,
                      lp_decode_error_t *err);

/* Returns true when [n] bytes at [s] are UTF-8 that Python's utf-8 codec
 * accepts (no surrogates, no overlong forms, nothing above U+10FFFF); else
 * returns false and fills *[err] (may be NULL) exactly as
 * bytes.decode('utf-8') reports the first error. */
bool lp_utf8_check(const char *s, size_t n, lp_decode_error_t *err);

/* ==== internal: shared by codecs.c and the generated codecs_db.c ==== */
#ifdef LP_CODECS_INTERNAL

enum {
    LP_CODEC_UNSUPPORTED, /* Python has it; lemonpy cannot decode with it */
    LP_CODEC_UTF8,
    LP_CODEC_UTF8_SIG,
    LP_CODEC_ASCII,
    LP_CODEC_LATIN1,
    LP_CODEC_CHARMAP /* single byte, through lo/hi */
};

#define LP_CODEC_UNDEFINED 0xfffe /* charmap entry: "character maps to <undefined>" */
#define LP_CODEC_MAXKEY 64        /* every normalised name is shorter */

struct lp_codec {
    const char *name;   /* codecs.lookup(...).name */
    const char *module; /* encodings.<module> that defines it */
    unsigned char kind; /* LP_CODEC_* */
    const uint16_t *lo; /* code points of bytes 0x00-0x7f; NULL: identity */
    const uint16_t *hi; /* code points of bytes 0x80-0xff (charmap only) */
};

/* One normalised name; codecs are indexes into lp_codec_db, -1 for none. */
typedef struct {
    const char *key; /* normalised as Python/codecs.c does; sorted by strcmp */
    int16_t plain;   /* codecs.lookup result when key is the whole name */
    int16_t alias;   /* result through encodings.aliases only; -2: not an alias */
} lp_codec_name_t;

extern const struct lp_codec lp_codec_db[];
extern const size_t lp_codec_db_count;
extern const lp_codec_name_t lp_codec_db_names[];
extern const size_t lp_codec_db_names_count;

#endif /* LP_CODECS_INTERNAL */
#endif
