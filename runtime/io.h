/* io.h -- the standard text streams: sys.stdout, sys.stderr, sys.stdin.
 *
 * Each is a small buffered text stream over a file descriptor, a Python
 * object of type _io.TextIOWrapper with write(), flush(), readline(), ...
 * Buffering is CPython's: stdout is line-buffered on a terminal and
 * block-buffered otherwise, stderr is line-buffered, both write through
 * under -u or PYTHONUNBUFFERED; everything is flushed
 * at exit (lp_io_flush_all) and stdout before input() reads.  Text is
 * encoded as UTF-8: stdout refuses lone surrogates (UnicodeEncodeError,
 * 'strict'), stderr writes them as \udcxx ('backslashreplace').
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_IO_H
#define LP_IO_H

#include <stdbool.h>

#include "object.h"

extern lp_type_t lp_type_textio;

/* The three standard stream objects (always the same objects). */
lp_value lp_io_stdout(void);
lp_value lp_io_stderr(void);
lp_value lp_io_stdin(void);

/* stream.write([s]) for any object with a write method; a fast path for
 * the standard streams.  [s] is a str.  Raises. */
void lp_io_write(lp_value stream, lp_value s);
/* Holds back the flushes of a standard stream [stream] between the writes
 * of one print() call (true), then does what they would have done (false);
 * nothing for other objects.  The output is the same, in fewer system
 * calls. */
void lp_io_hold(lp_value stream, bool hold);

/* Writes the UTF-8 C string [s] to [stream] (as lp_io_write). */
void lp_io_write_cstr(lp_value stream, const char *s);
/* stream.flush(); raises. */
void lp_io_flush(lp_value stream);

/* Makes the standard streams write through (-u; PYTHONUNBUFFERED does the
 * same). */
void lp_io_set_unbuffered(void);

/* Flushes the standard streams; ignores errors (the end of the program). */
void lp_io_flush_all(void);

/* One line from stdin without its newline, or LP_NULL at end of input
 * (input()'s EOFError is the caller's). Raises on a decoding error. */
lp_value lp_io_read_line_stdin(bool *had_newline);

/* ==== files (runtime/io_file.c) ==== */

/* The builtin open(). */
lp_value lp_io_open_function(void);

/* Flushes the pending output of every open file (at exit); ignores
 * errors. */
void lp_io_files_flush(void);

/* The class io.UnsupportedOperation (OSError and ValueError). */
lp_type_t *lp_io_unsupported_operation(void);

#endif
