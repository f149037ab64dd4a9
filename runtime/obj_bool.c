/* obj_bool.c -- bool: the two heap singletons True and False.
 *
 * bool derives from int; every int slot accepts a bool through
 * lp_int_unwrap (True is 1), so arithmetic on bools behaves as on ints and
 * returns ints.  Only &, | and ^ of two bools, repr and the constructor are
 * bool's own.  ~True is -2 (3.11 has no deprecation warning yet).
 *
 * SPDX-License-Identifier: MIT
 */
#include "error.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

lp_object_t lp_true_object = {&lp_type_bool};
lp_object_t lp_false_object = {&lp_type_bool};

static bool is_bool(lp_value v)
{
    return v == LP_TRUE || v == LP_FALSE;
}

static lp_value bool_repr(lp_value self)
{
    static lp_value t, f; /* static data: scanned by the collector */
    if (!t) {
        t = lp_str_intern_cstr("True");
        f = lp_str_intern_cstr("False");
    }
    return self == LP_TRUE ? t : f;
}

/* &, |, ^: a bool for two bools, else int's operator. */
#define BOOL_LOGIC(name, op, intfn)                                                                \
    static lp_value bool_##name(lp_value a, lp_value b)                                            \
    {                                                                                              \
        if (is_bool(a) && is_bool(b)) return lp_bool((a == LP_TRUE) op(b == LP_TRUE));             \
        lp_value x = lp_int_unwrap(a), y = lp_int_unwrap(b), r;                                    \
        if (!x || !y) return LP_NOTIMPLEMENTED;                                                    \
        lp_int_status_t st = intfn(x, y, &r);                                                      \
        if (st != LP_INT_OK) lp_int_raise(st, 0);                                                  \
        return r;                                                                                  \
    }
BOOL_LOGIC(and, &, lp_int_and)
BOOL_LOGIC(or, |, lp_int_or)
BOOL_LOGIC(xor, ^, lp_int_xor)
#undef BOOL_LOGIC

static lp_value bool_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (kwnames && lp_tuple_len(kwnames) > 0)
        lp_raise(&lp_exc_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1) lp_raise(&lp_exc_TypeError, "bool expected at most 1 argument, got %zu", nargs);
    return lp_bool(nargs == 1 && lp_truth(args[0]));
}

lp_type_t lp_type_bool = {
    .name = "bool",
    .base = &lp_type_int,
    .size = sizeof(lp_object_t),
    .flags = LP_TPF_INT_SUBCLASS, /* not subclassable */
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe "
           "builtins True and False are the only two instances of the class bool.\nThe class "
           "bool is a subclass of the class int, and cannot be subclassed.",
    .new = bool_new,
    .repr = bool_repr,
    .binop =
        {
            [LP_NB_AND] = bool_and,
            [LP_NB_OR] = bool_or,
            [LP_NB_XOR] = bool_xor,
        },
};
