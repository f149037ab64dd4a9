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
#define LP_MARSHAL_VERSION 1

/* The bytes of [v] (None, Ellipsis, StopIteration, bool, int, float,
 * complex, str, bytes, tuple, list, dict, set, frozenset, code); *n gets
 * their length.  Raises ValueError("unmarshallable object") otherwise. */
uint8_t *lp_marshal_dumps(lp_value v, size_t *n);

/* The object in the [n] bytes at [p].  Every read is bounds-checked: bad
 * input raises EOFError("EOF read where object expected") or
 * ValueError("bad marshal data (...)"), as CPython's marshal.loads. */
lp_value lp_marshal_loads(const uint8_t *p, size_t n);

#endif
