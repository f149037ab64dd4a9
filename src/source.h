/* source.h -- reading Python source: files, stdin, encodings, newlines.
 *
 * The parser's view (CPython's C tokenizer) wants the text decoded to UTF-8
 * with newlines translated and a final newline; lp_source_decode does that
 * and reports CPython's errors (PEP 263 cookies, BOM, invalid UTF-8, null
 * bytes).  The `-m tokenize` view decodes on its own, as Lib/tokenize.py does.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_SOURCE_H
#define LP_SOURCE_H

#include <stddef.h>

#include "syntax_error.h"

/* How the source reached lemonpy: CPython decodes a file it runs slightly
 * differently from the bytes given to compile() or ast.parse(). */
typedef enum {
    LP_SOURCE_FILE,   /* a script or module read from a file */
    LP_SOURCE_STRING, /* bytes given to compile()/ast.parse() (and `-m ast`) */
    LP_SOURCE_TEXT,   /* a str given to compile()/exec()/eval(): already decoded,
                         so no BOM and no coding cookie; otherwise as STRING */
} lp_source_mode_t;

/* Reads the whole file [path] into collected memory (NUL-terminated, length
 * in [n]); returns NULL with errno's value in [errnum] on failure. */
const char *lp_source_read_file(const char *path, size_t *n, int *errnum);

/* Reads all of standard input (NUL-terminated, length in [n]). */
const char *lp_source_read_stdin(size_t *n);

/* Returns [s] with "\r\n" and lone "\r" turned into "\n" (a copy when
 * anything changes); updates [n]. */
const char *lp_source_universal_newlines(const char *s, size_t *n);

/* Decodes the raw bytes of a source file as CPython's tokenizer does: UTF-8
 * BOM, a coding cookie on line 1 or 2, UTF-8 by default.  The result has
 * "\n" line endings, ends with "\n" (unless empty) and a NUL.  Returns NULL
 * and fills [err] when the source cannot be decoded or holds a null byte.
 * [tokflags] (may be NULL) gets the tokenizer flags the text calls for:
 * LP_TOKF_CHAR_OFFSETS when a BOM or cookie named the encoding, and
 * LP_TOKF_UNCHECKED_UTF8 when the text was not validated here (a declared
 * UTF-8 file, or string mode, as CPython; see tokenizer.h), and
 * LP_TOKF_STRING_INPUT in string mode. */
const char *lp_source_decode(const char *raw, size_t n, const char *filename,
                             lp_source_mode_t mode, size_t *outlen, int *tokflags,
                             lp_syntax_error_t *err);

#endif
