/* ops.h -- the generic operations: what the VM and the built-ins do to any
 * value, dispatching on its type's slots (object.h) as CPython's abstract
 * object layer does (Objects/abstract.c, object.c).
 *
 * Every function here may raise (error.h) unless it says otherwise, with
 * CPython 3.11's exception and message ("unsupported operand type(s) for +:
 * 'int' and 'str'", "'int' object is not iterable", ...).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OPS_H
#define LP_OPS_H

#include <stdbool.h>
#include <stdint.h>

#include "obj_tuple.h"
#include "object.h"
#include "types.h"

/* ==== text ==== */

lp_value lp_repr(lp_value v); /* repr(v): a str */
lp_value lp_str(lp_value v);  /* str(v): a str */
lp_value lp_ascii(lp_value v);
/* format(v, spec): [spec] is a str */
lp_value lp_format(lp_value v, lp_value spec);

/* ==== identity, hashing, comparison, truth ==== */

int64_t lp_hash(lp_value v); /* TypeError "unhashable type: 'list'" */
/* `a op b`, with CPython's reflection rules and the identity default for ==/!= */
lp_value lp_compare(lp_value a, lp_value b, lp_cmpop_t op);
/* The rest of `a op b` after a.__op__ returned NotImplemented (see
 * lp_compare_left_function, runtime/obj_type.h): b's reflected method,
 * then identity for == and !=, else CPython's TypeError. */
lp_value lp_compare_after_left(lp_value a, lp_value b, lp_cmpop_t op);
/* True or False: what [op] says of a three-way outcome [c] (<0, 0, >0) */
lp_value lp_cmp_result(int c, lp_cmpop_t op);
/* bool(lp_compare(a, b, op)) */
bool lp_compare_bool(lp_value a, lp_value b, lp_cmpop_t op);
/* `a == b` as containers test it: identity first, then __eq__ */
bool lp_eq(lp_value a, lp_value b);
bool lp_truth(lp_value v); /* bool(v) */

/* ==== attributes ==== */

/* v.name ([name] a str); AttributeError with CPython's message on a miss */
lp_value lp_getattr(lp_value v, lp_value name);
/* v.name, or LP_NULL when missing (AttributeError swallowed) */
lp_value lp_getattr_opt(lp_value v, lp_value name);
void lp_setattr(lp_value v, lp_value name, lp_value x);
void lp_delattr(lp_value v, lp_value name);
/* The generic lookups behind object.__getattribute__ / __setattr__: type
 * attributes (data descriptors first), the instance __dict__, non-data
 * descriptors.  getattr returns LP_NULL on a miss. */
lp_value lp_generic_getattr(lp_value v, lp_value name);
void lp_generic_setattr(lp_value v, lp_value name, lp_value x);
/* Where [v] keeps its instance __dict__ (an lp_value, LP_NULL until made),
 * or NULL when its type gives instances none.  Subclasses of tuple keep it
 * after the last item (obj_tuple.h), the rest at the type's dictoffset. */
static inline lp_value *lp_instance_dict_slot(lp_value v)
{
    const lp_type_t *t = lp_type_of(v);
    if (!t->dictoffset || !lp_is_ptr(v)) return NULL;
    if ((t->flags & (LP_TPF_TUPLE_SUBCLASS | LP_TPF_HEAPTYPE)) ==
        (LP_TPF_TUPLE_SUBCLASS | LP_TPF_HEAPTYPE))
        return lp_tuple_dict_slot(v);
    return (lp_value *)((char *)lp_as_ptr(v) + t->dictoffset);
}

/* [name] in [t]'s MRO dicts, or LP_NULL (never raises) */
lp_value lp_type_lookup(const lp_type_t *t, lp_value name);

/* Attribute-cache version tags (ops.c): [t]'s tag, given now if it has
 * none (0: [t] is not cacheable yet); a tag is valid while it is at least
 * lp_type_valid_from, and is never given again once dropped. */
extern uint64_t lp_type_valid_from;
uint64_t lp_type_version(lp_type_t *t);

/* Drops the version tags of [t] and its subclasses: their namespace or
 * MRO changed (called by the dict of a type's namespace on any change). */
void lp_type_modified(lp_type_t *t);

/* Raises CPython's AttributeError for a missing [name] of [v] ("'int'
 * object has no attribute 'x'", "type object ...", "module ..."). */
_Noreturn void lp_raise_no_attribute(lp_value v, lp_value name);

/* For LOAD_METHOD: when v.name is a plain function or method descriptor
 * found on the type, stores it in *meth and returns true (call it with v as
 * args[0]); otherwise stores v.name in *meth and returns false. */
bool lp_get_method(lp_value v, lp_value name, lp_value *meth);

/* ==== items and containers ==== */

lp_value lp_getitem(lp_value v, lp_value key);
void lp_setitem(lp_value v, lp_value key, lp_value x);
void lp_delitem(lp_value v, lp_value key);
bool lp_contains(lp_value container, lp_value x); /* `x in container` */
/* `x in c` by iterating [container] (no __contains__): "argument of type
 * 'C' is not iterable" when it cannot be iterated. */
int lp_contains_by_iter(lp_value container, lp_value x);

/* iter(v); a TypeError it raises is replaced by a [type] exception with the
 * lp_raise message [fmt] (CPython's rewordings: "argument of type ... is
 * not iterable", "X.keys() returned a non-iterable ..."). */
lp_value lp_iter_or_type_error(lp_value v, lp_type_t *type, const char *fmt, ...);
/* CPython's PyObject_LengthHint: len(v) (a TypeError ignored), else
 * v.__length_hint__() checked (NotImplemented or a TypeError: [dflt]). */
int64_t lp_length_hint(lp_value v, int64_t dflt);
int64_t lp_len(lp_value v);                       /* TypeError "object of type 'int' has no len()" */

/* ==== iteration ==== */

lp_value lp_iter(lp_value v);      /* iter(v) */
lp_value lp_iter_next(lp_value it); /* next value, or LP_NULL when exhausted */

/* ==== calls ==== */

lp_value lp_call(lp_value f, lp_value *args, size_t nargs, lp_value kwnames);
lp_value lp_call0(lp_value f);
lp_value lp_call1(lp_value f, lp_value a);
lp_value lp_call2(lp_value f, lp_value a, lp_value b);
/* obj.name(args...) */
lp_value lp_call_method(lp_value obj, lp_value name, lp_value *args, size_t nargs);
bool lp_callable(lp_value v);

/* ==== numbers ==== */

lp_value lp_binary_op(lp_value a, lp_value b, int op); /* op: lp_binop_t, + LP_NB_INPLACE */
/* The rest of `a op b` (op < LP_NB_INPLACE) after a.__op__ returned
 * NotImplemented (see lp_binop_left_function, runtime/obj_type.h): b's
 * slot if it has another, then the TypeError. */
lp_value lp_binary_op_after_left(lp_value a, lp_value b, int op);
lp_value lp_power3(lp_value a, lp_value b, lp_value mod);
lp_value lp_neg(lp_value v);
lp_value lp_pos(lp_value v);
lp_value lp_invert(lp_value v);
lp_value lp_abs(lp_value v);
/* operator.index(v): an int (bool becomes 0/1), TypeError otherwise */
lp_value lp_index(lp_value v);
/* lp_index(v) as an int64, raising [overflow] (e.g. &lp_exc_IndexError) with
 * "cannot fit 'int' into an index-sized integer" when it does not fit;
 * [overflow] NULL clamps instead (slice indices) */
int64_t lp_as_ssize(lp_value v, lp_type_t *overflow);

#endif
