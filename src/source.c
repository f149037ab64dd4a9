/* source.c -- reading Python source: files, stdin, encodings, newlines.
 *
 * SPDX-License-Identifier: MIT
 */
#include "source.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "codecs.h"
#include "gc.h"
#include "tokenizer.h"

/* ==== reading ==== */

static const char *read_stream(FILE *f, size_t *n)
{
    lp_buf_t b = {0};
    lp_buf_reserve(&b, 1 << 16);
    size_t got;
    while ((got = fread(lp_buf_reserve(&b, 1 << 16), 1, 1 << 16, f)) > 0) b.len += got;
    b.data[b.len] = 0;
    *n = b.len;
    return b.data;
}

const char *lp_source_read_file(const char *path, size_t *n, int *errnum)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        *errnum = errno;
        return NULL;
    }
    errno = 0;
    const char *s = read_stream(f, n);
    int bad = ferror(f), err = errno ? errno : EIO;
    fclose(f);
    if (bad) {
        *errnum = err;
        return NULL;
    }
    return s;
}

const char *lp_source_read_stdin(size_t *n) { return read_stream(stdin, n); }

const char *lp_source_universal_newlines(const char *s, size_t *n)
{
    if (!memchr(s, '\r', *n)) return s;
    char *out = lp_alloc_atomic(*n + 1);
    size_t j = 0;
    for (size_t i = 0; i < *n; i++) {
        if (s[i] == '\r') {
            out[j++] = '\n';
            if (i + 1 < *n && s[i + 1] == '\n') i++;
        } else {
            out[j++] = s[i];
        }
    }
    out[j] = 0;
    *n = j;
    return out;
}

/* ==== PEP 263 ==== */

/* CPython's get_normal_name: spellings of UTF-8 and Latin-1 made canonical. */
static const char *normal_name(const char *s)
{
    char buf[13];
    int i;
    for (i = 0; i < 12 && s[i]; i++) buf[i] = s[i] == '_' ? '-' : (char)(s[i] | (s[i] >= 'A' && s[i] <= 'Z' ? 0x20 : 0));
    buf[i] = 0;
    if (strcmp(buf, "utf-8") == 0 || strncmp(buf, "utf-8-", 6) == 0) return "utf-8";
    static const char *const latin[] = {"latin-1", "iso-8859-1", "iso-latin-1"};
    for (int k = 0; k < 3; k++) {
        size_t len = strlen(latin[k]);
        if (strcmp(buf, latin[k]) == 0 || (strncmp(buf, latin[k], len) == 0 && buf[len] == '-'))
            return "iso-8859-1";
    }
    return s;
}

static int is_name_char(char c)
{
    return c == '-' || c == '_' || c == '.' || (c >= '0' && c <= '9') ||
           ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* CPython's get_coding_spec on one line of [size] bytes: 1 and the spec in
 * [spec] (or "" when none); 0 when the line holds code, which ends the
 * search for a cookie. */
static int coding_spec(const char *s, size_t size, char *spec, size_t cap)
{
    size_t i = 0;
    spec[0] = 0;
    for (; i + 6 < size; i++) {
        if (s[i] == '#') break;
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f') return 0;
    }
    for (; i + 6 < size; i++) {
        if (memcmp(s + i, "coding", 6) != 0 || (s[i + 6] != ':' && s[i + 6] != '=')) continue;
        size_t b = i + 7;
        while (b < size && (s[b] == ' ' || s[b] == '\t')) b++;
        size_t e = b;
        while (e < size && is_name_char(s[e])) e++;
        if (e > b) {
            size_t len = e - b < cap - 1 ? e - b : cap - 1;
            char raw[128];
            memcpy(raw, s + b, len);
            raw[len] = 0;
            snprintf(spec, cap, "%s", normal_name(raw));
            return 1;
        }
    }
    /* a line with a '#' but no cookie, or blank: keep looking */
    for (i = 0; i < size; i++) {
        if (s[i] == '#' || s[i] == '\n' || s[i] == '\r') return 1;
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f') return 0;
    }
    return 1;
}

/* Finds the cookie of line 1 or 2 into [spec] ("" when none). */
static void find_coding(const char *s, size_t n, char *spec, size_t cap)
{
    const char *end = s + n;
    spec[0] = 0;
    for (int line = 0; line < 2 && s < end; line++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t len = nl ? (size_t)(nl - s) + 1 : (size_t)(end - s);
        if (!coding_spec(s, len, spec, cap) || spec[0]) return;
        s += len;
    }
}

/* ==== decoding for the parser's view ==== */

/* The line number (from 1) of byte [pos] of [s], and the start of that line. */
static int line_of(const char *s, size_t pos, const char **start)
{
    int line = 1;
    const char *ls = s;
    for (size_t i = 0; i < pos; i++)
        if (s[i] == '\n') line++, ls = s + i + 1;
    *start = ls;
    return line;
}

static const char *decode_text(const char *raw, size_t n, const char *enc, int unchecked,
                               const char *filename, lp_source_mode_t mode, size_t *outlen,
                               lp_syntax_error_t *err)
{
    lp_decode_error_t de;
    if (strcmp(enc, "utf-8") == 0) {
        if (unchecked || lp_utf8_check(raw, n, &de)) {
            *outlen = n;
            return raw;
        }
        const char *ls;
        int line = line_of(raw, de.start, &ls);
        lp_syntax_error_set(err, "SyntaxError", 0, 0, 0, 0,
                            "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
                            "encoding declared; see https://peps.python.org/pep-0263/ for details",
                            (unsigned char)raw[de.start], filename, line);
        return NULL;
    }
    const lp_codec_t *codec = lp_codec_lookup(enc);
    if (!codec) {
        if (lp_codec_known(enc))
            lp_syntax_error_set(err, "SyntaxError", 0, 0, 0, 0,
                                "encoding %s is not supported by lemonpy", enc);
        else if (mode == LP_SOURCE_STRING)
            lp_syntax_error_set(err, "SyntaxError", 0, -1, 0, 0, "unknown encoding: %s", enc);
        else
            lp_syntax_error_set(err, "SyntaxError", 0, 0, 0, 0, "encoding problem: %s", enc);
        return NULL;
    }
    const char *text = lp_codec_decode(codec, raw, n, outlen, &de);
    if (!text) lp_syntax_error_set(err, "SyntaxError", 0, 0, 0, 0, "(unicode error) %s", de.message);
    return text;
}

const char *lp_source_decode(const char *raw, size_t n, const char *filename,
                             lp_source_mode_t mode, size_t *outlen, int *tokflags,
                             lp_syntax_error_t *err)
{
    int text_mode = mode == LP_SOURCE_TEXT;
    if (text_mode) mode = LP_SOURCE_STRING;
    int bom = !text_mode && n >= 3 && memcmp(raw, "\xef\xbb\xbf", 3) == 0;
    if (bom) raw += 3, n -= 3;
    char spec[128] = "";
    if (!text_mode) find_coding(raw, n, spec, sizeof spec);
    if (bom && spec[0] && strcmp(spec, "utf-8") != 0) {
        lp_syntax_error_set(err, "SyntaxError", 0, mode == LP_SOURCE_STRING ? -1 : 0, 0, 0,
                            "encoding problem: %s with BOM", spec);
        return NULL;
    }
    size_t len;
    int named = bom || spec[0];
    const char *enc = spec[0] ? spec : "utf-8";
    int unchecked = strcmp(enc, "utf-8") == 0 && (named || mode == LP_SOURCE_STRING);
    if (tokflags)
        *tokflags = (named ? LP_TOKF_CHAR_OFFSETS : 0) | (unchecked ? LP_TOKF_UNCHECKED_UTF8 : 0) |
                    (mode == LP_SOURCE_STRING ? LP_TOKF_STRING_INPUT : 0);
    const char *text = decode_text(raw, n, enc, unchecked, filename, mode, &len, err);
    if (!text) return NULL;
    const char *nul = memchr(text, 0, len);
    if (nul) {
        const char *ls;
        int line = line_of(text, (size_t)(nul - text), &ls);
        if (mode == LP_SOURCE_STRING) { /* compile(): a check on the whole string */
            lp_syntax_error_set(err, "SyntaxError", 0, 0, 0, 0,
                                "source code string cannot contain null bytes");
            return NULL;
        }
        lp_syntax_error_set(err, "SyntaxError", line, 0, line, 0,
                            "source code cannot contain null bytes");
        err->line = ls;
        return NULL;
    }
    /* compile()'s translate_newlines adds a newline after a final "\r\n" */
    int crlf_end = mode == LP_SOURCE_STRING && len >= 2 && text[len - 2] == '\r' && text[len - 1] == '\n';
    text = lp_source_universal_newlines(text, &len);
    if (crlf_end) {
        char *t = lp_alloc_atomic(len + 2);
        memcpy(t, text, len);
        t[len++] = '\n';
        t[len] = 0;
        text = t;
    }
    if (len && text[len - 1] != '\n') {
        char *t = lp_alloc_atomic(len + 2);
        memcpy(t, text, len);
        t[len++] = '\n';
        t[len] = 0;
        text = t;
    }
    *outlen = len;
    return text;
}
