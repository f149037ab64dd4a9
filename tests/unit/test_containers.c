/* test_containers.c -- runtime/obj_tuple.c, obj_list.c, obj_dict.c,
 * obj_dictview.c, obj_set.c, obj_range.c and obj_slice.c through their C
 * API and the generic operations of runtime/ops.h.
 *
 * Expected reprs, hashes, orders and messages are python3's (CPython
 * 3.11); the script tests under tests/scripts/containers/ cover the same
 * types from Python.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#pragma GCC diagnostic ignored "-Wclobbered" /* CATCH: nothing is read after a longjmp but e_ */
#include <setjmp.h>
#include <string.h>

#include "container.h"
#include "error.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_range.h"
#include "obj_set.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

static void setup(void)
{
    lp_gc_init();
    lp_int_init();
    lp_types_init();
}

TestSuite(tuple, .init = setup);
TestSuite(list, .init = setup);
TestSuite(dict, .init = setup);
TestSuite(set, .init = setup);
TestSuite(range, .init = setup);
TestSuite(slice, .init = setup);

/* ==== helpers ==== */

#define I(n) lp_int_from_i64(n)
#define S(s) lp_str_from_cstr(s)

/* Runs [stmt]; evaluates to the exception it raised, or LP_NULL. */
#define CATCH(stmt)                                                                                \
    ({                                                                                             \
        lp_handler_t h_;                                                                           \
        lp_value e_ = LP_NULL;                                                                     \
        lp_handler_push(&h_);                                                                      \
        if (setjmp(h_.jb) == 0) {                                                                  \
            stmt;                                                                                  \
            lp_handler_pop(&h_);                                                                   \
        } else {                                                                                   \
            e_ = h_.exc;                                                                           \
        }                                                                                          \
        e_;                                                                                        \
    })

/* Runs [stmt] under a handler, failing the test if it raises. */
#define OK(stmt)                                                                                   \
    do {                                                                                           \
        lp_value x_ = CATCH(stmt);                                                                 \
        if (x_ != LP_NULL) cr_assert_fail("raised %s", lp_str_utf8(lp_repr(x_), NULL));            \
    } while (0)

static void expect_text(lp_value s, const char *want)
{
    const char *got = lp_str_utf8(s, NULL);
    cr_expect(strcmp(got, want) == 0, "got %s, want %s", got, want);
}

static void expect_repr(lp_value v, const char *want)
{
    lp_value r;
    OK(r = lp_repr(v));
    expect_text(r, want);
}

/* [exc] is a [type] whose str() is [msg]. */
static void expect_exc(lp_value exc, lp_type_t *type, const char *msg)
{
    cr_assert(exc != LP_NULL, "no exception, want %s: %s", type->name, msg);
    cr_expect(lp_type_of(exc) == type, "got %s, want %s", lp_type_of(exc)->name, type->name);
    expect_text(lp_str(exc), msg);
}

static lp_value call(lp_value obj, const char *name, int n, lp_value a, lp_value b)
{
    lp_value args[2] = {a, b};
    return lp_call_method(obj, lp_str_intern_cstr(name), args, (size_t)n);
}

static lp_value list_of(int n, const int64_t *xs)
{
    lp_value l = lp_list_new(0);
    for (int i = 0; i < n; i++)
        lp_list_append(l, I(xs[i]));
    return l;
}

/* ==== tuple ==== */

Test(tuple, repr_and_singleton)
{
    expect_repr(lp_tuple_new(0), "()");
    cr_expect(lp_tuple_new(0) == lp_tuple_new(0));
    expect_repr(lp_tuple_pack(1, I(1)), "(1,)");
    expect_repr(lp_tuple_pack(3, I(1), S("a"), LP_NONE), "(1, 'a', None)");
}

Test(tuple, hash_is_cpythons)
{
    cr_expect_eq(lp_hash(lp_tuple_pack(2, I(1), I(2))), -3550055125485641917LL);
    cr_expect_eq(lp_hash(lp_tuple_new(0)), 5740354900026072187LL);
    lp_value inner = lp_tuple_pack(2, I(2), I(3));
    cr_expect_eq(lp_hash(lp_tuple_pack(3, I(1), inner, I(-1))), -4691468712706788113LL);
}

Test(tuple, compare_and_ops)
{
    lp_value a = lp_tuple_pack(2, I(1), I(2)), b = lp_tuple_pack(3, I(1), I(2), I(0));
    cr_expect(lp_compare_bool(a, b, LP_LT));
    cr_expect(!lp_compare_bool(a, b, LP_EQ));
    lp_value c;
    OK(c = lp_binary_op(a, b, LP_NB_ADD));
    expect_repr(c, "(1, 2, 1, 2, 0)");
    OK(c = lp_binary_op(I(2), a, LP_NB_MULTIPLY));
    expect_repr(c, "(1, 2, 1, 2)");
    expect_exc(CATCH(lp_binary_op(a, lp_list_new(0), LP_NB_ADD)), &lp_exc_TypeError,
               "can only concatenate tuple (not \"list\") to tuple");
    expect_exc(CATCH(lp_getitem(a, I(5))), &lp_exc_IndexError, "tuple index out of range");
    OK(c = lp_getitem(b, lp_slice_new(LP_NONE, LP_NONE, I(-1))));
    expect_repr(c, "(0, 2, 1)");
}

/* ==== list ==== */

Test(list, append_pop_and_errors)
{
    lp_value l = lp_list_new(0);
    for (int i = 0; i < 100; i++)
        lp_list_append(l, I(i));
    cr_expect_eq(lp_len(l), 100);
    lp_value v;
    OK(v = call(l, "pop", 0, 0, 0));
    cr_expect_eq(v, I(99));
    OK(v = call(l, "pop", 1, I(0), 0));
    cr_expect_eq(v, I(0));
    lp_value e = lp_list_new(0);
    expect_exc(CATCH(call(e, "pop", 0, 0, 0)), &lp_exc_IndexError, "pop from empty list");
    expect_exc(CATCH(call(l, "remove", 1, I(1000), 0)), &lp_exc_ValueError,
               "list.remove(x): x not in list");
    expect_exc(CATCH(call(l, "index", 1, I(1000), 0)), &lp_exc_ValueError, "1000 is not in list");
    expect_exc(CATCH(lp_getitem(l, S("a"))), &lp_exc_TypeError,
               "list indices must be integers or slices, not str");
    expect_exc(CATCH(call(l, "append", 0, 0, 0)), &lp_exc_TypeError,
               "list.append() takes exactly one argument (0 given)");
}

Test(list, repr_recursive)
{
    lp_value l = lp_list_new(0);
    lp_list_append(l, I(1));
    lp_list_append(l, l);
    expect_repr(l, "[1, [...]]");
    expect_repr(lp_list_new(0), "[]");
}

Test(list, slice_assignment)
{
    int64_t xs[] = {0, 1, 2, 3, 4, 5};
    lp_value l = list_of(6, xs);
    lp_value src = list_of(2, (int64_t[]){9, 9});
    OK(lp_setitem(l, lp_slice_new(I(1), I(4), LP_NONE), src));
    expect_repr(l, "[0, 9, 9, 4, 5]");
    OK(lp_setitem(l, lp_slice_new(LP_NONE, LP_NONE, I(2)), list_of(3, (int64_t[]){7, 7, 7})));
    expect_repr(l, "[7, 9, 7, 4, 7]");
    expect_exc(CATCH(lp_setitem(l, lp_slice_new(LP_NONE, LP_NONE, I(2)), src)), &lp_exc_ValueError,
               "attempt to assign sequence of size 2 to extended slice of size 3");
    expect_exc(CATCH(lp_setitem(l, lp_slice_new(I(0), I(1), LP_NONE), I(1))), &lp_exc_TypeError,
               "can only assign an iterable");
    OK(lp_delitem(l, lp_slice_new(LP_NONE, LP_NONE, I(-2))));
    expect_repr(l, "[9, 4]");
    OK(lp_setitem(l, lp_slice_new(LP_NONE, LP_NONE, LP_NONE), l));
    expect_repr(l, "[9, 4]");
}

Test(list, sort_ints_and_reverse)
{
    int64_t xs[] = {5, -3, 8, 0, 5, 100, -50, 7, 7, 2};
    lp_value l = list_of(10, xs);
    OK(lp_list_sort(l, LP_NULL, false));
    expect_repr(l, "[-50, -3, 0, 2, 5, 5, 7, 7, 8, 100]");
    OK(lp_list_sort(l, LP_NULL, true));
    expect_repr(l, "[100, 8, 7, 7, 5, 5, 2, 0, -3, -50]");
}

Test(list, sort_large_is_sorted_and_stable)
{
    /* pairs (k, i) sorted by k only through tuples' first item via key=None
     * would compare whole tuples; instead sort tuples and check order */
    lp_value l = lp_list_new(0);
    uint64_t x = 12345;
    for (int i = 0; i < 2000; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        lp_list_append(l, lp_tuple_pack(2, I((int64_t)(x >> 60)), I(i)));
    }
    OK(lp_list_sort(l, LP_NULL, false));
    lp_list_t *p = lp_as_list(l);
    for (int i = 1; i < 2000; i++)
        cr_assert(lp_compare_bool(p->items[i - 1], p->items[i], LP_LT), "not sorted at %d", i);
}

Test(list, sort_mixed_types_raises)
{
    lp_value l = lp_list_new(0);
    lp_list_append(l, I(1));
    lp_list_append(l, S("a"));
    expect_exc(CATCH(lp_list_sort(l, LP_NULL, false)), &lp_exc_TypeError,
               "'<' not supported between instances of 'str' and 'int'");
    cr_expect_eq(lp_len(l), 2); /* the list is whole again */
}

Test(list, multiply_and_compare)
{
    lp_value l = list_of(2, (int64_t[]){1, 2}), r;
    OK(r = lp_binary_op(l, I(3), LP_NB_MULTIPLY));
    expect_repr(r, "[1, 2, 1, 2, 1, 2]");
    expect_exc(CATCH(lp_binary_op(l, S("a"), LP_NB_MULTIPLY)), &lp_exc_TypeError,
               "can't multiply sequence by non-int of type 'str'");
    cr_expect(lp_compare_bool(l, r, LP_LT));
    cr_expect(lp_compare_bool(l, list_of(2, (int64_t[]){1, 2}), LP_EQ));
}

/* ==== dict ==== */

Test(dict, order_and_resize)
{
    lp_value d = lp_dict_new();
    for (int i = 0; i < 1000; i++)
        lp_dict_set(d, I(i * 7919 % 1000), I(i));
    cr_expect_eq(lp_dict_len(d), 1000);
    for (int i = 0; i < 1000; i += 2)
        cr_assert(lp_dict_del(d, I(i * 7919 % 1000)));
    int64_t pos = 0, n = 0;
    lp_value k, v;
    while (lp_dict_next(d, &pos, &k, &v)) {
        cr_assert_eq(v, I(2 * n + 1));
        cr_assert_eq(lp_dict_get(d, k), v);
        n++;
    }
    cr_expect_eq(n, 500);
}

Test(dict, equal_keys_of_different_types)
{
    lp_value d = lp_dict_new();
    lp_dict_set(d, I(1), S("int"));
    lp_dict_set(d, LP_TRUE, S("bool"));
    lp_dict_set(d, lp_from_float(1.0), S("float"));
    cr_expect_eq(lp_dict_len(d), 1);
    expect_repr(d, "{1: 'float'}");
}

Test(dict, repr_missing_key_and_popitem)
{
    lp_value d = lp_dict_new();
    lp_dict_set(d, S("a"), I(1));
    lp_dict_set(d, S("b"), d);
    expect_repr(d, "{'a': 1, 'b': {...}}");
    lp_value e = CATCH(lp_getitem(d, S("zz")));
    expect_exc(e, &lp_exc_KeyError, "'zz'");
    lp_value item;
    OK(item = call(d, "popitem", 0, 0, 0));
    expect_repr(lp_tuple_get(item, 0), "'b'");
    OK(call(d, "popitem", 0, 0, 0));
    expect_exc(CATCH(call(d, "popitem", 0, 0, 0)), &lp_exc_KeyError,
               "'popitem(): dictionary is empty'");
    expect_exc(CATCH(lp_dict_set(d, lp_list_new(0), I(1))), &lp_exc_TypeError,
               "unhashable type: 'list'");
}

Test(dict, update_from_pairs_errors)
{
    lp_value d = lp_dict_new(), seq = lp_list_new(0), r;
    lp_list_append(seq, lp_tuple_pack(2, S("x"), I(1)));
    OK(call(d, "update", 1, seq, 0));
    expect_repr(d, "{'x': 1}");
    lp_list_append(seq, I(5));
    expect_exc(CATCH(call(d, "update", 1, seq, 0)), &lp_exc_TypeError,
               "cannot convert dictionary update sequence element #1 to a sequence");
    lp_as_list(seq)->items[1] = lp_tuple_pack(1, I(1));
    expect_exc(CATCH(call(d, "update", 1, seq, 0)), &lp_exc_ValueError,
               "dictionary update sequence element #1 has length 1; 2 is required");
    OK(r = call(d, "keys", 0, 0, 0));
    expect_repr(r, "dict_keys(['x'])");
    OK(r = call(d, "items", 0, 0, 0));
    expect_repr(r, "dict_items([('x', 1)])");
}

Test(dict, changed_size_during_iteration)
{
    lp_value d = lp_dict_new();
    lp_dict_set(d, I(1), I(1));
    lp_value it = lp_iter(d);
    lp_dict_set(d, I(2), I(2));
    expect_exc(CATCH(lp_iter_next(it)), &lp_exc_RuntimeError,
               "dictionary changed size during iteration");
}

Test(dict, keys_view_set_operations)
{
    lp_value d = lp_dict_new(), r;
    lp_dict_set(d, I(1), I(0));
    lp_dict_set(d, I(2), I(0));
    lp_value keys = call(d, "keys", 0, 0, 0);
    OK(r = lp_binary_op(keys, list_of(2, (int64_t[]){2, 3}), LP_NB_AND));
    expect_repr(r, "{2}");
    OK(r = lp_binary_op(keys, list_of(2, (int64_t[]){2, 3}), LP_NB_OR));
    expect_repr(r, "{1, 2, 3}");
    OK(r = lp_binary_op(keys, list_of(1, (int64_t[]){2}), LP_NB_SUBTRACT));
    expect_repr(r, "{1}");
    cr_expect(lp_compare_bool(keys, lp_set_new(list_of(2, (int64_t[]){2, 1})), LP_EQ));
}

/* ==== set ==== */

Test(set, iteration_order_is_cpythons)
{
    int64_t xs[] = {5, 3, 100, 17, 8, 33, -1, 1000000, 64, 9, -2};
    lp_value s = lp_set_new(list_of(11, xs));
    lp_set_add(s, lp_binary_op(I(1), I(61), LP_NB_LSHIFT));
    expect_repr(lp_list_from_iterable(s),
                "[1000000, 33, 64, 3, 100, 5, 2305843009213693952, 8, 9, 17, -2, -1]");
    lp_value r = lp_set_new(LP_NULL);
    for (int i = 0; i < 20; i++)
        lp_set_add(r, I(i));
    for (int i = 0; i < 20; i += 3)
        lp_set_discard(r, I(i));
    lp_set_add(r, I(100));
    expect_repr(lp_list_from_iterable(r), "[1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 100]");
    lp_value f = lp_frozenset_new(lp_range_new(I(100), I(0), I(-7)));
    expect_repr(lp_list_from_iterable(f),
                "[65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30]");
}

Test(set, operators_order)
{
    lp_value a = lp_set_new(list_of(3, (int64_t[]){1, 2, 3})), r;
    OK(r = lp_binary_op(a, lp_set_new(list_of(3, (int64_t[]){40, 8, 16})), LP_NB_OR));
    expect_repr(r, "{16, 1, 2, 3, 40, 8}");
    lp_value b = lp_set_new(list_of(5, (int64_t[]){1, 2, 3, 9, 17}));
    OK(r = lp_binary_op(b, lp_set_new(list_of(4, (int64_t[]){17, 9, 1, 100})), LP_NB_AND));
    expect_repr(r, "{17, 9, 1}");
    OK(r = lp_binary_op(a, lp_set_new(list_of(3, (int64_t[]){3, 4, 11})), LP_NB_XOR));
    expect_repr(r, "{1, 2, 4, 11}");
    expect_exc(CATCH(lp_binary_op(a, lp_list_new(0), LP_NB_OR)), &lp_exc_TypeError,
               "unsupported operand type(s) for |: 'set' and 'list'");
}

Test(set, pop_and_remove)
{
    lp_value s = lp_set_new(list_of(3, (int64_t[]){10, 20, 30})), v;
    OK(v = call(s, "pop", 0, 0, 0));
    cr_expect_eq(v, I(10));
    OK(v = call(s, "pop", 0, 0, 0));
    cr_expect_eq(v, I(20));
    expect_exc(CATCH(call(s, "remove", 1, I(5), 0)), &lp_exc_KeyError, "5");
    OK(call(s, "pop", 0, 0, 0));
    expect_exc(CATCH(call(s, "pop", 0, 0, 0)), &lp_exc_KeyError, "'pop from an empty set'");
}

Test(set, reprs_and_hash)
{
    expect_repr(lp_set_new(LP_NULL), "set()");
    expect_repr(lp_frozenset_new(LP_NULL), "frozenset()");
    expect_repr(lp_frozenset_new(list_of(2, (int64_t[]){1, 2})), "frozenset({1, 2})");
    cr_expect_eq(lp_hash(lp_frozenset_new(LP_NULL)), 133146708735736LL);
    cr_expect_eq(lp_hash(lp_frozenset_new(list_of(3, (int64_t[]){1, 2, 3}))),
                 -272375401224217160LL);
    expect_exc(CATCH(lp_hash(lp_set_new(LP_NULL))), &lp_exc_TypeError, "unhashable type: 'set'");
}

Test(set, set_key_stands_for_frozenset)
{
    lp_value inner = lp_set_new(list_of(1, (int64_t[]){1}));
    lp_value s = lp_set_new(LP_NULL);
    lp_set_add(s, lp_frozenset_new(inner));
    bool in;
    OK(in = lp_contains(s, inner));
    cr_expect(in);
}

/* ==== range ==== */

Test(range, basics)
{
    lp_value r = lp_range_new(I(0), I(10), I(3));
    cr_expect_eq(lp_len(r), 4);
    expect_repr(r, "range(0, 10, 3)");
    expect_repr(lp_range_new(I(0), I(5), I(1)), "range(0, 5)");
    expect_repr(lp_list_from_iterable(r), "[0, 3, 6, 9]");
    cr_expect(lp_contains(r, I(6)));
    cr_expect(!lp_contains(r, I(7)));
    cr_expect_eq(lp_getitem(r, I(-1)), I(9));
    expect_repr(lp_getitem(r, lp_slice_new(LP_NONE, LP_NONE, I(-1))), "range(9, -3, -3)");
    expect_exc(CATCH(lp_getitem(r, I(4))), &lp_exc_IndexError, "range object index out of range");
    cr_expect_eq(lp_hash(lp_range_new(I(0), I(3), I(1))), -8338477496398685190LL);
    cr_expect(
        lp_compare_bool(lp_range_new(I(0), I(0), I(1)), lp_range_new(I(5), I(2), I(1)), LP_EQ));
    expect_exc(CATCH(lp_range_new(I(0), I(1), I(0))), &lp_exc_ValueError,
               "range() arg 3 must not be zero");
}

Test(range, huge)
{
    lp_value big = lp_binary_op(I(1), I(70), LP_NB_LSHIFT);
    lp_value r = lp_range_new(I(0), big, I(1));
    expect_exc(CATCH(lp_len(r)), &lp_exc_OverflowError,
               "Python int too large to convert to C ssize_t");
    cr_expect(lp_truth(r));
    cr_expect(lp_contains(r, lp_binary_op(big, I(1), LP_NB_SUBTRACT)));
    lp_value it = lp_iter(lp_range_new(lp_binary_op(big, I(2), LP_NB_SUBTRACT), big, I(1)));
    expect_repr(lp_iter_next(it), "1180591620717411303422");
}

/* ==== slice ==== */

Test(slice, indices)
{
    int64_t start, stop, step, n;
    lp_slice_indices(lp_slice_new(LP_NONE, LP_NONE, I(-1)), 5, &start, &stop, &step, &n);
    cr_expect(start == 4 && stop == -1 && step == -1 && n == 5);
    lp_slice_indices(lp_slice_new(I(-100), I(100), I(3)), 10, &start, &stop, &step, &n);
    cr_expect(start == 0 && stop == 10 && step == 3 && n == 4);
    expect_exc(
        CATCH(lp_slice_indices(lp_slice_new(LP_NONE, LP_NONE, I(0)), 5, &start, &stop, &step, &n)),
        &lp_exc_ValueError, "slice step cannot be zero");
    expect_repr(lp_slice_new(I(1), LP_NONE, LP_NONE), "slice(1, None, None)");
    expect_exc(CATCH(lp_hash(lp_slice_new(I(1), I(2), I(3)))), &lp_exc_TypeError,
               "unhashable type: 'slice'");
}

/* ==== list[int] ==== */

Test(slice, generic_alias)
{
    lp_value ga;
    OK(ga = lp_getitem(lp_from_ptr(&lp_type_list), lp_from_ptr(&lp_type_int)));
    expect_repr(ga, "list[int]");
    lp_value args = lp_tuple_pack(2, lp_from_ptr(&lp_type_str), ga);
    OK(ga = lp_getitem(lp_from_ptr(&lp_type_dict), args));
    expect_repr(ga, "dict[str, list[int]]");
    OK(ga = lp_getitem(lp_from_ptr(&lp_type_tuple), lp_tuple_new(0)));
    expect_repr(ga, "tuple[()]");
    lp_value l;
    OK(l = lp_call0(ga));
    expect_repr(l, "()");
}

Test(list, deep_nesting_raises_recursion_error)
{
    lp_value a = lp_list_new(0), b = lp_list_new(0);
    for (int i = 0; i < 100000; i++) {
        lp_value x = lp_list_new(1), y = lp_list_new(1);
        lp_list_append(x, a);
        lp_list_append(y, b);
        a = x;
        b = y;
    }
    lp_value e = CATCH(lp_repr(a));
    expect_exc(e, &lp_exc_RecursionError,
               "maximum recursion depth exceeded while getting the repr of an object");
    expect_repr(lp_list_from_iterable(lp_tuple_pack(1, I(1))), "[1]"); /* the guard is reset */
    /* last: without an eval loop to catch it, the comparison's levels stay counted */
    e = CATCH(lp_compare(a, b, LP_EQ));
    expect_exc(e, &lp_exc_RecursionError, "maximum recursion depth exceeded in comparison");
}

Test(set, frozenset_constant_is_rebuilt_as_cpythons)
{
    lp_value items = lp_tuple_pack(5, I(8), I(16), I(0), I(32), I(64));
    expect_repr(lp_frozenset_const(items), "frozenset({32, 0, 64, 8, 16})");
    lp_value s = lp_set_new(LP_NULL);
    lp_set_update(s, lp_frozenset_const(items)); /* BUILD_SET 0; SET_UPDATE */
    expect_repr(s, "{32, 0, 64, 16, 8}");
}

Test(dict, merge_pop_clear)
{
    lp_value a = lp_dict_new(), b = lp_dict_new(), dup;
    lp_dict_set(a, S("x"), I(1));
    lp_dict_set(b, S("y"), I(2));
    lp_dict_set(b, S("x"), I(3));
    OK(dup = lp_dict_merge(a, b, false));
    expect_repr(dup, "'x'");
    expect_repr(a, "{'x': 1, 'y': 2}");
    OK(dup = lp_dict_merge(a, b, true));
    cr_expect_eq(dup, LP_NULL);
    expect_repr(a, "{'x': 3, 'y': 2}");
    expect_exc(CATCH(lp_dict_merge(a, I(5), true)), &lp_exc_TypeError,
               "'int' object is not a mapping");
    cr_expect_eq(lp_dict_pop(a, S("x")), I(3));
    cr_expect_eq(lp_dict_pop(a, S("x")), LP_NULL);
    lp_dict_clear(a);
    cr_expect_eq(lp_dict_len(a), 0);
    lp_dict_set(a, S("z"), I(0));
    expect_repr(a, "{'z': 0}");
    lp_value pairs = lp_list_new(0);
    lp_list_append(pairs, lp_tuple_pack(2, I(1), I(2)));
    OK(lp_dict_update_arg(a, pairs));
    expect_repr(a, "{'z': 0, 1: 2}");
}

Test(list, sort_comparisons_match_timsort_shape)
{
    /* 3 runs: ascending, strictly descending (reversed in place), ascending */
    int64_t xs[] = {1, 2, 3, 9, 8, 7, 4, 5, 6, 0};
    lp_value l = list_of(10, xs);
    OK(lp_list_sort(l, LP_NULL, false));
    expect_repr(l, "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
    lp_value big = lp_list_new(0);
    for (int i = 0; i < 5000; i++)
        lp_list_append(big, I((i * 7919) % 5000));
    OK(lp_list_sort(big, LP_NULL, true));
    for (int i = 0; i < 5000; i++)
        cr_assert_eq(lp_as_list(big)->items[i], I(4999 - i));
}

Test(dict, keys_version_for_caches)
{
    lp_value d = lp_dict_new();
    lp_dict_set(d, S("a"), I(1));
    uint64_t v = lp_dict_keys_version(d);
    cr_expect_neq(v, 0);
    int64_t ix = lp_dict_index_of(d, S("a"));
    cr_expect_eq(lp_dict_value_at(d, ix), I(1));
    lp_dict_set(d, S("a"), I(2)); /* a value changes: same version */
    cr_expect_eq(lp_dict_keys_version(d), v);
    cr_expect_eq(lp_dict_value_at(d, ix), I(2));
    lp_dict_set(d, S("b"), I(3)); /* a key is added: a new version */
    uint64_t v2 = lp_dict_keys_version(d);
    cr_expect_neq(v2, v);
    lp_dict_del(d, S("b"));
    cr_expect_neq(lp_dict_keys_version(d), v2);
    cr_expect_eq(lp_dict_index_of(d, S("zz")), -1);
}
