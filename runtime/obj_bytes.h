/* obj_bytes.h -- Python bytes (immutable) and bytearray (mutable).
 *
 * A bytes object holds its bytes inline (data points to them), followed by a
 * NUL byte that is not part of the value (so C code may treat data as a C
 * string when it knows there is no NUL inside); exact bytes objects are
 * allocated atomic.  The
 * hash is CPython's (lp_hash_bytes, the same SipHash as str), cached.  A
 * bytearray points to a growable collected buffer.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_BYTES_H
#define LP_OBJ_BYTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"

typedef struct lp_bytes {
    lp_object_t head;
    int64_t len;        /* bytes */
    int64_t hash;       /* -1 until computed */
    char *data;         /* len bytes, then a NUL: inline_data, or a block of its own */
    char inline_data[]; /* (subclass instances keep their __dict__ slot here) */
} lp_bytes_t;

typedef struct lp_bytearray {
    lp_object_t head;
    int64_t len, cap; /* cap bytes allocated (a NUL kept after len) */
    char *data;       /* collected, atomic */
} lp_bytearray_t;

static inline lp_bytes_t *lp_as_bytes(lp_value v)
{
    return (lp_bytes_t *)lp_as_ptr(v);
}

static inline lp_bytearray_t *lp_as_bytearray(lp_value v)
{
    return (lp_bytearray_t *)lp_as_ptr(v);
}

bool lp_bytes_check(lp_value v);     /* bytes or subclass */
bool lp_bytearray_check(lp_value v); /* bytearray or subclass */

/* The bytes of [n] bytes at [s] (the compiler's constants use this). */
lp_value lp_bytes_new(const char *s, size_t n);
/* A bytes object of [n] bytes for the caller to fill before anyone sees it. */
lp_value lp_bytes_alloc(int64_t n);
/* A new bytearray holding a copy of [n] bytes at [s]. */
lp_value lp_bytearray_new(const char *s, size_t n);

/* For bytes-like [v] (bytes, bytearray): its data and length; false for
 * anything else (no raising). */
bool lp_bytes_view(lp_value v, const char **data, int64_t *len);

/* repr(b) as CPython writes it (b'...' with quotes chosen as str's). */
lp_value lp_bytes_repr(lp_value b);

/* bytes.decode(encoding, errors) for [n] bytes at [s]: a str; NULL
 * [encoding] or [errors] mean 'utf-8' and 'strict' (obj_str_codec.c). */
lp_value lp_bytes_decode(const char *s, size_t n, const char *encoding, const char *errors);
/* str.encode(encoding, errors): a bytes (obj_str_codec.c). */
lp_value lp_str_encode_bytes(lp_value s, const char *encoding, const char *errors);

#endif
