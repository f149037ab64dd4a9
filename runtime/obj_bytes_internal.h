/* obj_bytes_internal.h -- what obj_bytes.c and obj_bytes_methods.c share.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_BYTES_INTERNAL_H
#define LP_OBJ_BYTES_INTERNAL_H

#include "buf.h"
#include "obj_bytes.h"

/* A new bytes or bytearray, as [self] is, of [n] bytes at [s]. */
lp_value lp_bytes_like(lp_value self, const char *s, int64_t n);

/* [v]'s data, or TypeError "a bytes-like object is required, not 'str'". */
void lp_bytes_need_view(lp_value v, const char **data, int64_t *len);

/* The int [v] (an index) as a byte; ValueError [msg] outside 0..255. */
int lp_bytes_byte_value(lp_value v, const char *msg);

/* The bytes bytes(*a) would hold (a[0..2] = source, encoding, errors, each
 * LP_NULL when absent), appended to [out]; [tname] names the constructor. */
void lp_bytes_source(const char *tname, lp_value *a, lp_buf_t *out);

/* The first index of [sub][0..m) in [s][start, end), or -1. */
int64_t lp_bytes_find(const char *s, int64_t n, const char *sub, int64_t m, int64_t start,
                      int64_t end);

/* bytearray storage: set the length to [n] (contents kept), and replace
 * [start, stop) by [n] bytes at [src]. */
void lp_bytearray_resize(lp_value self, int64_t n);
void lp_bytearray_splice(lp_value self, int64_t start, int64_t stop, const char *src, int64_t n);
/* self[slice] = v (v LP_NULL: delete) */
void lp_bytearray_set_slice(lp_value self, lp_value slice, lp_value v);

/* fmt % args for bytes (strformat.c). */
lp_value lp_bytes_percent(lp_value fmt, lp_value args);

extern const lp_method_def_t lp_bytes_methods[];
extern const lp_method_def_t lp_bytearray_methods[];

#endif
