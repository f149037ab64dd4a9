/* obj_str_internal.h -- what the str files (obj_str*.c, strformat.c) share.
 *
 * Not for other modules: the contract is obj_str.h.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_STR_INTERNAL_H
#define LP_OBJ_STR_INTERNAL_H

#include "obj_str.h"

/* A fresh exact str of [len] code points of [kind] bytes each (contents
 * unset, the NUL unit written, ascii 0): the caller fills it. */
lp_str_t *lp_str_alloc(int64_t len, int kind);

/* A fresh exact ASCII str of [len] bytes (ascii 1, NUL written) for the
 * caller to fill. */
lp_str_t *lp_str_alloc_ascii(int64_t len);

/* Copies code points [start, start + n) of [src] to [dst] as units of
 * [kind] bytes (which must hold them). */
void lp_str_copy_units(char *dst, int kind, const lp_str_t *src, int64_t start, int64_t n);

/* The narrowest kind (1, 2, 4) that holds code point [maxc]. */
int lp_str_kind_for(uint32_t maxc);

/* [v] when it is an exact str, else an exact str copy of it. */
lp_value lp_str_exact(lp_value v);

/* Makes room for [extra] more code points in [b]. */
void lp_strbuf_reserve(lp_strbuf_t *b, int64_t extra);

/* Stores code point [c] at [i] of the fresh [s]. */
static inline void lp_str_put(lp_str_t *s, int64_t i, uint32_t c)
{
    switch (s->kind) {
    case 1: ((uint8_t *)s->data)[i] = (uint8_t)c; break;
    case 2: ((uint16_t *)s->data)[i] = (uint16_t)c; break;
    default: ((uint32_t *)s->data)[i] = c; break;
    }
}

/* s[start:stop] through a slice object [slice] (obj_str_methods.c). */
lp_value lp_str_slice(lp_value s, lp_value slice);

/* The first index >= [start] where [sub] occurs in [s] wholly inside
 * [start, end), or -1 (indices already clamped to 0..len). */
int64_t lp_str_find(lp_value s, lp_value sub, int64_t start, int64_t end);

/* s * n for a str [s] (n <= 0: ''); MemoryError when far too long. */
lp_value lp_str_repeat(lp_value s, int64_t n);

/* str(...) (obj_str_methods.c). */
lp_value lp_str_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames);

/* fmt % args for a str [fmt] (strformat.c). */
lp_value lp_str_percent(lp_value fmt, lp_value args);

/* For a sequence [a] meeting an operand [b] it cannot combine with under
 * [op]: b's own slot, as CPython tries it before the sequence's error;
 * LP_NOTIMPLEMENTED when b has none (or ops.c already tried it). */
lp_value lp_seq_try_reflected(lp_value a, lp_value b, int op);

/* ==== argument checking (obj_str_methods.c) ==== */

/* The four ways CPython 3.11's str and bytes methods word their argument
 * errors: METH_NOARGS ("str.upper() takes no arguments (1 given)"), METH_O
 * ("str.join() takes exactly one argument (0 given)"), Argument Clinic's
 * positional check ("center expected at least 1 argument, got 0") and the
 * older PyArg_ParseTuple ("find() takes at least 1 argument (0 given)"). */
enum { LP_ARGS_NOARGS, LP_ARGS_O, LP_ARGS_CLINIC, LP_ARGS_OLD };

/* Raises CPython's TypeError unless the [nargs] arguments (self included)
 * of method [tname].[name] number [min]..[max] and carry no keywords. */
void lp_str_check_args(const char *tname, const char *name, int style, size_t nargs,
                       lp_value kwnames, int min, int max);

/* Binds the arguments after self of method [name], which takes the
 * NULL-terminated keyword names [kw] (positional or by keyword), into
 * [out] (LP_NULL where absent), with Argument Clinic's messages. */
void lp_str_bind_args(const char *name, const char *const *kw, lp_value *args, size_t nargs,
                      lp_value kwnames, lp_value *out);

/* An index-like argument [v] as an int64 (OverflowError when huge). */
int64_t lp_str_arg_int(lp_value v);

/* The str [v] as a C string for an encoding or errors argument: a
 * UnicodeEncodeError for surrogates, a ValueError for NUL, as CPython. */
const char *lp_str_codec_arg(lp_value v);

/* The optional start and end arguments args[2], args[3] of find-like
 * methods over a sequence of [len] items, clamped as slice bounds. */
void lp_str_bounds(lp_value *args, size_t nargs, int64_t len, int64_t *start, int64_t *end);

/* Raises MemoryError (CPython's answer when it cannot allocate) when a
 * result of [n] code points or bytes would be absurdly large (> 2**40). */
void lp_str_check_size(int64_t n);

/* [s] with [left] and [right] copies of [fill] around it. */
lp_value lp_str_pad(lp_value s, int64_t left, int64_t right, uint32_t fill);

/* sep.join(iterable), s.replace(old, new, max) (max < 0: all). */
lp_value lp_str_join(lp_value sep, lp_value iterable);
lp_value lp_str_replace(lp_value s, lp_value old, lp_value new, int64_t max);

/* ==== method tables of the other str files ==== */

#define LP_STR_METHOD(name, fn) { name, fn, 0, NULL },
#define LP_STR_DECL(fn) lp_value fn(lp_value *args, size_t nargs, lp_value kwnames);

/* obj_str_case.c */
#define LP_STR_CASE_LIST(X)                                                                        \
    X("capitalize", lp_str_capitalize) X("casefold", lp_str_casefold)                              \
    X("isalnum", lp_str_isalnum) X("isalpha", lp_str_isalpha) X("isascii", lp_str_isascii)         \
    X("isdecimal", lp_str_isdecimal) X("isdigit", lp_str_isdigit)                                  \
    X("isidentifier", lp_str_isidentifier) X("islower", lp_str_islower)                            \
    X("isnumeric", lp_str_isnumeric) X("isprintable", lp_str_isprintable)                          \
    X("isspace", lp_str_isspace) X("istitle", lp_str_istitle) X("isupper", lp_str_isupper)         \
    X("lower", lp_str_lower) X("swapcase", lp_str_swapcase) X("title", lp_str_title)               \
    X("upper", lp_str_upper) X("translate", lp_str_translate)
/* obj_str_codec.c */
#define LP_STR_CODEC_LIST(X) X("encode", lp_str_encode)
/* strformat.c */
#define LP_STR_FORMAT_LIST(X)                                                                      \
    X("format", lp_str_format_m) X("format_map", lp_str_format_map) X("__format__", lp_str_dunder_format)

LP_STR_DECL(lp_str_maketrans) /* a staticmethod */
#define LP_STR_DECL_X(name, fn) LP_STR_DECL(fn)
LP_STR_CASE_LIST(LP_STR_DECL_X)
LP_STR_CODEC_LIST(LP_STR_DECL_X)
LP_STR_FORMAT_LIST(LP_STR_DECL_X)
#undef LP_STR_DECL_X

/* The methods of str (obj_str_methods.c). */
extern const lp_method_def_t lp_str_methods[];

#endif
