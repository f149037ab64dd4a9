/* test_type.c -- runtime/obj_type*.c and the type cache of runtime/ops.c:
 * the machinery under classes (MRO, slot inheritance, slot wrappers, the
 * attribute cache and its invalidation).  What Python code sees of classes
 * is checked against python3 by tests/scripts/classes/.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "mod_builtins.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "types.h"

static void setup(void)
{
    lp_gc_init();
    lp_int_init();
    lp_types_init();
    lp_builtins_dict();
}

TestSuite(type, .init = setup);

/* class [name](*bases) with an empty namespace. */
static lp_value make_class(const char *name, int nbases, ...)
{
    va_list ap;
    va_start(ap, nbases);
    lp_value bases = lp_tuple_new(nbases);
    for (int i = 0; i < nbases; i++) lp_as_tuple(bases)->items[i] = va_arg(ap, lp_value);
    va_end(ap);
    return lp_type_new_class(&lp_type_type, lp_str_from_cstr(name), bases, lp_dict_new());
}

/* The names of [cls]'s MRO joined by spaces. */
static const char *mro_names(lp_value cls)
{
    static char out[256];
    out[0] = 0;
    lp_value mro = ((lp_type_t *)lp_as_ptr(cls))->mro;
    for (int64_t i = 0; i < lp_tuple_len(mro); i++) {
        if (i) strcat(out, " ");
        strcat(out, ((lp_type_t *)lp_as_ptr(lp_tuple_get(mro, i)))->name);
    }
    return out;
}

Test(type, c3_diamond_and_subtypes)
{
    lp_value a = make_class("A", 0), b = make_class("B", 1, a), c = make_class("C", 1, a);
    lp_value d = make_class("D", 2, b, c);
    cr_expect_str_eq(mro_names(d), "D B C A object");
    cr_expect(lp_type_is_subtype(lp_as_ptr(d), lp_as_ptr(c)));
    cr_expect(!lp_type_is_subtype(lp_as_ptr(b), lp_as_ptr(c)));
}

struct bad_mro {
    lp_value a, d;
};

static void make_bad(void *ud)
{
    struct bad_mro *m = ud;
    make_class("E", 2, m->a, m->d);
}

Test(type, inconsistent_mro_raises_type_error)
{
    lp_value a = make_class("A", 0), b = make_class("B", 1, a);
    struct bad_mro m = {a, make_class("D", 1, b)};
    lp_value exc = lp_pcall(make_bad, &m);
    cr_assert(exc);
    cr_expect(lp_is_instance(exc, &lp_exc_TypeError));
}

Test(type, cache_sees_class_changes)
{
    lp_value a = make_class("A", 0), b = make_class("B", 1, a);
    lp_value name = lp_str_intern_cstr("attr");
    cr_expect_eq(lp_type_lookup(lp_as_ptr(b), name), LP_NULL); /* a cached miss */
    lp_setattr(a, name, lp_from_int(1));
    cr_expect_eq(lp_type_lookup(lp_as_ptr(b), name), lp_from_int(1));
    lp_setattr(b, name, lp_from_int(2)); /* shadows A's */
    cr_expect_eq(lp_type_lookup(lp_as_ptr(b), name), lp_from_int(2));
    lp_delattr(b, name);
    cr_expect_eq(lp_type_lookup(lp_as_ptr(b), name), lp_from_int(1));
}

Test(type, builtin_slots_are_inherited_and_wrapped)
{
    lp_value sub = make_class("MyInt", 1, lp_from_ptr(&lp_type_int));
    lp_type_t *t = lp_as_ptr(sub);
    cr_expect_eq(t->binop[LP_NB_ADD], lp_type_int.binop[LP_NB_ADD]);
    cr_expect_eq(t->hash, lp_type_int.hash);
    lp_value add = lp_dict_get(lp_type_int.dict, lp_str_intern_cstr("__add__"));
    cr_assert(add);
    lp_value args[2] = {lp_from_int(2), lp_from_int(40)};
    cr_expect_eq(lp_call(add, args, 2, LP_NULL), lp_from_int(42));
    cr_expect(lp_dict_get(lp_type_object.dict, lp_str_intern_cstr("__init__")));
}

Test(type, eq_without_hash_makes_instances_unhashable)
{
    lp_value ns = lp_dict_new();
    lp_dict_set_cstr(ns, "__eq__", lp_dict_get_cstr(lp_type_object.dict, "__eq__"));
    lp_value cls = lp_type_new_class(&lp_type_type, lp_str_from_cstr("E"), lp_tuple_new(0), ns);
    cr_expect_eq(((lp_type_t *)lp_as_ptr(cls))->hash, NULL);
    cr_expect_eq(lp_dict_get_cstr(((lp_type_t *)lp_as_ptr(cls))->dict, "__hash__"), LP_NONE);
}
