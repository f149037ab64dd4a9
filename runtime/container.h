/* container.h -- helpers shared by the container types (tuple, list, dict,
 * set, range, slice): CPython's argument-count messages for native
 * methods, sequence index conversion and the repr recursion guard.
 *
 * Every function here may raise (runtime/error.h) unless it says otherwise.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_CONTAINER_H
#define LP_CONTAINER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"

/* ==== argument checks (nargs counts positional arguments without self) ==== */

/* TypeError "[fname]() takes no keyword arguments" when [kwnames] names any. */
void lp_args_no_kw(const char *fname, lp_value kwnames);

/* METH_O: "[fname]() takes exactly one argument (N given)"; no keywords. */
void lp_args_one(const char *fname, size_t nargs, lp_value kwnames);

/* METH_NOARGS: "[fname]() takes no arguments (N given)"; no keywords. */
void lp_args_none(const char *fname, size_t nargs, lp_value kwnames);

/* Argument Clinic's positional check for method [qualname] ("list.pop"):
 * "pop expected at least 1 argument, got 0", "... at most 2 arguments, got
 * 3", "... 2 arguments, got 1" (the name after the last dot); keyword
 * arguments raise "list.pop() takes no keyword arguments". */
void lp_args_range(const char *qualname, size_t nargs, lp_value kwnames, size_t min, size_t max);

/* ==== indices ==== */

/* True when [v] can be used as an index (an int, or a type with __index__). */
bool lp_container_is_index(lp_value v);

/* [v] (an int or __index__ value) as an int64; a value too big for the
 * range raises IndexError "cannot fit 'int' into an index-sized integer". */
int64_t lp_container_index(lp_value v);

/* [v] as a start/stop argument of index(): clamped, negatives from [len],
 * [dflt] when [v] is LP_NULL (not given).  TypeError "slice indices must be
 * integers or have an __index__ method" otherwise (None too). */
int64_t lp_container_bound(lp_value v, int64_t len, int64_t dflt);

/* ==== sequences (runtime/obj_tuple.c) ==== */

/* Lexicographic `a op b` of the item arrays [a] ([na] items) and [b]: the
 * first unequal pair decides, else the lengths (tuple and list). */
lp_value lp_seq_compare(const lp_value *a, int64_t na, const lp_value *b, int64_t nb,
                        lp_cmpop_t op);

/* True when [v]'s type is a class statement's that defines [name] (such as
 * __radd__) itself, not inherited from a built-in type: a sequence operator
 * then returns NotImplemented to give it its turn, instead of raising
 * CPython's "can only concatenate" TypeError. */
bool lp_seq_defers_to(lp_value v, const char *name);

/* For `a * b` where one operand is of [type]: stores that operand in
 * [*seq] and the other as a count (negatives as 0) in [*n] and returns
 * true; returns false for NotImplemented; raises "can't multiply sequence
 * by non-int of type 'float'" when the other is no index. */
bool lp_seq_repeat_count(lp_value a, lp_value b, const lp_type_t *type, lp_value *seq, int64_t *n);

/* `seq * b` with [a] the sequence (an instance of [type]) and [b] of a class
 * defining __rmul__: b's __rmul__ result, tried before the repetition as
 * CPython's nb_multiply goes before sq_repeat; else NotImplemented. */
lp_value lp_seq_rmul_first(lp_value a, lp_value b, const lp_type_t *type);

/* [v] through __index__ as an int64 (PyLong_AsSsize_t): OverflowError
 * "Python int too large to convert to C ssize_t" when it does not fit. */
int64_t lp_container_ssize(lp_value v);

/* ==== repr ==== */

/* Calls [body]([self]) with [self] marked as being repr'd; when [self] is
 * already being repr'd (a cycle), returns the str [cycle] instead, e.g.
 * "[...]".  The mark is removed even when [body] raises. */
lp_value lp_container_repr(lp_value self, lp_value (*body)(lp_value self), const char *cycle);

/* Raises KeyError([key]) (the key itself as the argument, as CPython). */
_Noreturn void lp_raise_key_error(lp_value key);

#endif
