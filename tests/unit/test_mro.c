/* test_mro.c -- the MRO machinery of runtime/obj_type*.c through the C API:
 * C3 linearisations of built-in and run-time hierarchies, CPython's errors
 * for the hierarchies C3 refuses (with their exact messages), type.mro(),
 * metaclass calculation, __bases__ assignment and the weak subclass lists.
 * What Python code sees is checked against python3 by tests/scripts/objmodel/.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "mod_builtins.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_list.h"
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

TestSuite(mro, .init = setup);

/* The tuple of the [n] values that follow. */
static lp_value tuple_of(int n, va_list ap)
{
    lp_value t = lp_tuple_new(n);
    for (int i = 0; i < n; i++) lp_as_tuple(t)->items[i] = va_arg(ap, lp_value);
    return t;
}

/* class [name](*bases) with an empty namespace. */
static lp_value make_class(const char *name, int nbases, ...)
{
    va_list ap;
    va_start(ap, nbases);
    lp_value bases = tuple_of(nbases, ap);
    va_end(ap);
    return lp_type_new_class(&lp_type_type, lp_str_from_cstr(name), bases, lp_dict_new());
}

/* The names of the types in the tuple or list [seq], joined by spaces. */
static const char *names_of(lp_value seq)
{
    static char out[512];
    out[0] = 0;
    lp_value t = lp_call1(lp_from_ptr(&lp_type_tuple), seq);
    for (int64_t i = 0; i < lp_tuple_len(t); i++) {
        if (i) strcat(out, " ");
        strcat(out, lp_str_utf8(lp_getattr(lp_tuple_get(t, i), LP_NAME(__name__)), NULL));
    }
    return out;
}

static const char *mro_of(lp_value cls)
{
    return names_of(((lp_type_t *)lp_as_ptr(cls))->mro);
}

/* What making a class fails with: its message, or NULL when it works. */
typedef struct {
    const char *name;
    lp_value bases;
} attempt_t;

static void attempt(void *ud)
{
    attempt_t *a = ud;
    lp_type_new_class(&lp_type_type, lp_str_from_cstr(a->name), a->bases, lp_dict_new());
}

static const char *class_error(lp_type_t *want, int nbases, ...)
{
    va_list ap;
    va_start(ap, nbases);
    attempt_t a = {"X", tuple_of(nbases, ap)};
    va_end(ap);
    lp_value exc = lp_pcall(attempt, &a);
    if (!exc) return NULL;
    cr_expect(lp_is_instance(exc, want), "raised %s", lp_type_of(exc)->name);
    return lp_str_utf8(lp_str(exc), NULL);
}

Test(mro, builtin_hierarchies)
{
    cr_expect_str_eq(mro_of(lp_from_ptr(&lp_type_bool)), "bool int object");
    cr_expect_str_eq(mro_of(lp_from_ptr(&lp_exc_KeyError)),
                     "KeyError LookupError Exception BaseException object");
    cr_expect_str_eq(mro_of(lp_from_ptr(&lp_exc_ExceptionGroup)),
                     "ExceptionGroup BaseExceptionGroup Exception BaseException object");
    cr_expect_str_eq(mro_of(lp_from_ptr(&lp_type_object)), "object");
    /* type.mro() computes C3 afresh and agrees with __mro__ */
    lp_value m = lp_call_method(lp_from_ptr(&lp_exc_ExceptionGroup), lp_str_intern_cstr("mro"),
                                NULL, 0);
    cr_expect(lp_list_check(m));
    cr_expect_str_eq(names_of(m),
                     "ExceptionGroup BaseExceptionGroup Exception BaseException object");
}

Test(mro, c3_of_run_time_hierarchies)
{
    /* the example of the C3 paper (Barrett et al.) */
    lp_value o = make_class("O", 0);
    lp_value a = make_class("A", 1, o), b = make_class("B", 1, o), c = make_class("C", 1, o);
    lp_value d = make_class("D", 1, o), e = make_class("E", 1, o);
    lp_value k1 = make_class("K1", 3, a, b, c), k2 = make_class("K2", 3, d, b, e);
    lp_value k3 = make_class("K3", 2, d, a);
    lp_value z = make_class("Z", 3, k1, k2, k3);
    cr_expect_str_eq(mro_of(z), "Z K1 K2 K3 D A B C E O object");
    cr_expect_str_eq(mro_of(k1), "K1 A B C O object");
    /* built-in bases mix in */
    lp_value mixed = make_class("M", 2, a, lp_from_ptr(&lp_exc_ValueError));
    cr_expect_str_eq(mro_of(mixed), "M A O ValueError Exception BaseException object");
    cr_expect_eq(((lp_type_t *)lp_as_ptr(mixed))->base, &lp_exc_ValueError);
}

Test(mro, refused_hierarchies_raise_cpythons_messages)
{
    lp_value a = make_class("A", 0), b = make_class("B", 0);
    lp_value x = make_class("X", 2, a, b), y = make_class("Y", 2, b, a);
    /* the heads left unmerged, not the bases */
    cr_expect_str_eq(class_error(&lp_exc_TypeError, 2, x, y),
                     "Cannot create a consistent method resolution\norder (MRO) for bases A, B");
    cr_expect_str_eq(class_error(&lp_exc_TypeError, 2, a, x),
                     "Cannot create a consistent method resolution\norder (MRO) for bases A, X");
    cr_expect_str_eq(class_error(&lp_exc_TypeError, 2, lp_from_ptr(&lp_type_object), a),
                     "Cannot create a consistent method resolution\n"
                     "order (MRO) for bases object, A");
    cr_expect_str_eq(class_error(&lp_exc_TypeError, 2, a, a), "duplicate base class A");
    cr_expect_str_eq(class_error(&lp_exc_TypeError, 2, lp_from_ptr(&lp_type_int),
                                 lp_from_ptr(&lp_type_str)),
                     "multiple bases have instance lay-out conflict");
    cr_expect_str_eq(class_error(&lp_exc_TypeError, 1, lp_from_ptr(&lp_type_bool)),
                     "type 'bool' is not an acceptable base type");
    cr_expect_eq(class_error(&lp_exc_TypeError, 2, x, b), NULL);
}

Test(mro, metaclass_calculation)
{
    lp_value m1 = make_class("M1", 1, lp_from_ptr(&lp_type_type));
    lp_value m2 = make_class("M2", 1, lp_from_ptr(&lp_type_type));
    lp_value c1 = lp_type_new_class(lp_as_ptr(m1), lp_str_from_cstr("C1"), lp_tuple_new(0),
                                    lp_dict_new());
    lp_value plain = make_class("P", 0);
    lp_value bases = lp_tuple_pack(2, plain, c1);
    cr_expect_eq(lp_type_calculate_meta(&lp_type_type, bases), lp_as_ptr(m1));
    cr_expect_eq(lp_type_calculate_meta(lp_as_ptr(m1), lp_tuple_new(0)), lp_as_ptr(m1));
    /* type(name, bases, ns) builds with the most derived metaclass */
    lp_value args[3] = {lp_str_from_cstr("D"), bases, lp_dict_new()};
    lp_value d = lp_call(lp_from_ptr(&lp_type_type), args, 3, LP_NULL);
    cr_expect_eq(lp_type_of(d), lp_as_ptr(m1));
    lp_value c2 = lp_type_new_class(lp_as_ptr(m2), lp_str_from_cstr("C2"), lp_tuple_new(0),
                                    lp_dict_new());
    cr_expect_str_eq(class_error(&lp_exc_TypeError, 2, c1, c2),
                     "metaclass conflict: the metaclass of a derived class must be a "
                     "(non-strict) subclass of the metaclasses of all its bases");
}

typedef struct {
    lp_value cls, bases;
} set_bases_t;

static void set_bases(void *ud)
{
    set_bases_t *s = ud;
    lp_setattr(s->cls, lp_str_intern_cstr("__bases__"), s->bases);
}

Test(mro, bases_assignment_remakes_subclass_mros)
{
    lp_value a = make_class("A", 0), b = make_class("B", 0);
    lp_value c = make_class("C", 1, a), d = make_class("D", 1, c);
    set_bases_t s = {c, lp_tuple_pack(2, b, a)};
    cr_expect_eq(lp_pcall(set_bases, &s), LP_NULL);
    cr_expect_str_eq(mro_of(c), "C B A object");
    cr_expect_str_eq(mro_of(d), "D C B A object");
    cr_expect_str_eq(names_of(lp_type_subclasses(lp_as_ptr(b))), "C");
    /* a refused assignment leaves everything as it was */
    s.bases = lp_tuple_pack(1, d);
    lp_value exc = lp_pcall(set_bases, &s);
    cr_assert(exc);
    cr_expect_str_eq(lp_str_utf8(lp_str(exc), NULL),
                     "a __bases__ item causes an inheritance cycle");
    cr_expect_str_eq(mro_of(d), "D C B A object");
    s.bases = lp_tuple_new(0);
    exc = lp_pcall(set_bases, &s);
    cr_assert(exc);
    cr_expect_str_eq(lp_str_utf8(lp_str(exc), NULL),
                     "can only assign non-empty tuple to C.__bases__, not ()");
    s.cls = lp_from_ptr(&lp_type_int);
    s.bases = lp_tuple_pack(1, lp_from_ptr(&lp_type_object));
    exc = lp_pcall(set_bases, &s);
    cr_assert(exc);
    cr_expect_str_eq(lp_str_utf8(lp_str(exc), NULL),
                     "cannot set '__bases__' attribute of immutable type 'int'");
}

/* Makes [n] subclasses of [base] that nothing keeps. */
static void __attribute__((noinline)) make_garbage_classes(lp_value base, int n)
{
    for (int i = 0; i < n; i++) make_class("G", 1, base);
}

Test(mro, subclass_lists_hold_classes_weakly)
{
    lp_value base = make_class("Base", 0);
    lp_value kept = make_class("Kept", 1, base);
    make_garbage_classes(base, 200);
    cr_expect_eq(lp_as_list(lp_type_subclasses(lp_as_ptr(base)))->len, 201);
    for (int i = 0; i < 3; i++) lp_gc_collect();
    int64_t n = lp_as_list(lp_type_subclasses(lp_as_ptr(base)))->len;
    /* not all: the C stack is scanned conservatively */
    cr_expect(n < 100, "%lld subclasses survived", (long long)n);
    lp_value subs = lp_type_subclasses(lp_as_ptr(base));
    cr_expect_eq(lp_as_list(subs)->items[0], kept);
    /* built-in types are listed too */
    const char *ints = names_of(lp_type_subclasses(&lp_type_int));
    cr_expect(strstr(ints, "bool") != NULL);
}
