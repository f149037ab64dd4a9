/* marshal.h -- lemonpy's marshal format: code objects and constants as
 * bytes, the same on every platform (fixed widths, little endian).  The
 * format is described in docs/marshal.md.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_MARSHAL_H
#define LP_MARSHAL_H

#include <stddef.h>
#include <stdint.h>

#include "object.h"

/* The format's version; part of what the .pyc magic number covers. */
#define LP_MARSHAL_VERSION 2

/* The bytes of [v] (None, Ellipsis, StopIteration, bool, int, float,
 * complex, str, bytes, tuple, list, dict, set, frozenset, code); *n gets
 * their length.  Raises ValueError("unmarshallable object") otherwise. */
uint8_t *lp_marshal_dumps(lp_value v, size_t *n);

/* The object in the [n] bytes at [p].  Every read is bounds-checked: bad
 * input raises EOFError("EOF read where object expected") or
 * ValueError("bad marshal data (...)"), as CPython's marshal.loads. */
lp_value lp_marshal_loads(const uint8_t *p, size_t n);

/* lp_marshal_loads with [flags] (LP_MARSHAL_*); *used (when not NULL) gets
 * the number of bytes the object took (marshal.load reads one object of a
 * longer file). */
#define LP_MARSHAL_NO_CHECKSUM 1u /* tests: let corrupted code reach the check */
lp_value lp_marshal_loads_flags(const uint8_t *p, size_t n, unsigned flags, size_t *used);

/* Raises ValueError("bad marshal data (invalid code object: ...)") unless
 * the code object [co] is safe to run: counts, operands, jump and handler
 * targets, cell set-up and stack depths (marshal_check.c says exactly what
 * is checked).  Every code object the reader makes passes it first. */
struct lp_code;
void lp_marshal_check_code(const struct lp_code *co);

/* Raises ValueError("bad marshal data ([why])"). */
_Noreturn void lp_marshal_bad(const char *why);

#endif
