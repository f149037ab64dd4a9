/* test_exc.c -- runtime/obj_exc*.c: the exception classes, their fields,
 * str() and repr(), against what python3 prints (the expected strings were
 * taken from python3 3.11).
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "mod_builtins.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

static void setup(void)
{
    lp_gc_init();
    lp_int_init();
    lp_types_init();
    lp_builtins_dict();
}

TestSuite(exc, .init = setup);

static const char *cstr(lp_value s)
{
    return lp_str_utf8(s, NULL);
}

static lp_value S(const char *s)
{
    return lp_str_from_cstr(s);
}

static lp_value I(int64_t i)
{
    return lp_from_int(i);
}

/* ==== running code that may raise ==== */

typedef struct {
    lp_type_t *type;
    lp_value args[6];
    size_t nargs;
    lp_value result;
    int what; /* 0: the instance, 1: str, 2: repr */
} make_t;

static void do_make(void *ud)
{
    make_t *m = ud;
    lp_value e = lp_call(lp_from_ptr(m->type), m->args, m->nargs, LP_NULL);
    m->result = m->what == 1 ? lp_str(e) : m->what == 2 ? lp_repr(e) : e;
}

/* str() (what 1) or repr() (2) of type(*args), or "Type: message" when it raises. */
static const char *make(int what, lp_type_t *type, size_t nargs, ...)
{
    make_t m = {type, {0}, nargs, LP_NULL, what};
    va_list ap;
    va_start(ap, nargs);
    for (size_t i = 0; i < nargs; i++)
        m.args[i] = va_arg(ap, lp_value);
    va_end(ap);
    lp_value exc = lp_pcall(do_make, &m);
    if (exc) return cstr(lp_str_format_c("%T: %S", exc, exc));
    return cstr(m.result);
}

#define STR(...) make(1, __VA_ARGS__)
#define REPR(...) make(2, __VA_ARGS__)

/* ==== BaseException ==== */

Test(exc, str_and_repr)
{
    cr_assert_str_eq(STR(&lp_exc_ValueError, 0), "");
    cr_assert_str_eq(STR(&lp_exc_ValueError, 1, S("x")), "x");
    cr_assert_str_eq(STR(&lp_exc_ValueError, 2, S("x"), I(2)), "('x', 2)");
    cr_assert_str_eq(REPR(&lp_exc_ValueError, 0), "ValueError()");
    cr_assert_str_eq(REPR(&lp_exc_ValueError, 1, S("x")), "ValueError('x')");
    cr_assert_str_eq(REPR(&lp_exc_ValueError, 2, I(1), I(2)), "ValueError(1, 2)");
    cr_assert_str_eq(STR(&lp_exc_KeyError, 1, S("k")), "'k'");
    cr_assert_str_eq(STR(&lp_exc_KeyError, 2, S("k"), I(2)), "('k', 2)");
    cr_assert_str_eq(REPR(&lp_exc_KeyError, 1, S("k")), "KeyError('k')");
}

Test(exc, hierarchy)
{
    cr_assert(lp_type_is_subtype(&lp_exc_FileNotFoundError, &lp_exc_OSError));
    cr_assert(lp_type_is_subtype(&lp_exc_TabError, &lp_exc_SyntaxError));
    cr_assert(lp_type_is_subtype(&lp_exc_ExceptionGroup, &lp_exc_Exception));
    cr_assert(lp_type_is_subtype(&lp_exc_ExceptionGroup, &lp_exc_BaseExceptionGroup));
    cr_assert(!lp_type_is_subtype(&lp_exc_KeyboardInterrupt, &lp_exc_Exception));
    lp_value io = lp_dict_get_cstr(lp_builtins_dict(), "IOError");
    cr_assert_eq(io, lp_from_ptr(&lp_exc_OSError));
}

Test(exc, lp_exc_new_and_fields)
{
    lp_value v = I(7);
    lp_value e = lp_exc_stop_iteration(v);
    cr_assert(lp_exc_check(e));
    cr_assert_eq(lp_exc_stop_value(e), v);
    cr_assert(!lp_exc_check(I(1)));
    cr_assert(!lp_exc_check(S("x")));
}

/* ==== OSError ==== */

Test(exc, oserror)
{
    cr_assert_str_eq(STR(&lp_exc_OSError, 2, I(2), S("No such file or directory")),
                     "[Errno 2] No such file or directory");
    cr_assert_str_eq(STR(&lp_exc_OSError, 3, I(2), S("x"), S("f")), "[Errno 2] x: 'f'");
    cr_assert_str_eq(STR(&lp_exc_OSError, 5, I(2), S("x"), S("f"), I(3), S("g")),
                     "[Errno 2] x: 'f' -> 'g'");
    cr_assert_str_eq(STR(&lp_exc_OSError, 1, I(2)), "2");
    cr_assert_str_eq(REPR(&lp_exc_OSError, 2, I(2), S("x")), "FileNotFoundError(2, 'x')");
    cr_assert_str_eq(REPR(&lp_exc_OSError, 3, I(13), S("x"), S("f")), "PermissionError(13, 'x')");
    cr_assert_str_eq(REPR(&lp_exc_OSError, 2, I(9999), S("x")), "OSError(9999, 'x')");
    lp_value e = lp_exc_from_errno(2, S("nofile"));
    cr_assert_eq(lp_type_of(e), &lp_exc_FileNotFoundError);
    cr_assert_str_eq(cstr(lp_str(e)), "[Errno 2] No such file or directory: 'nofile'");
}

/* ==== SyntaxError ==== */

Test(exc, syntaxerror)
{
    lp_value info = lp_tuple_pack(4, S("a/b.py"), I(3), I(4), S("txt"));
    cr_assert_str_eq(STR(&lp_exc_SyntaxError, 2, S("x"), info), "x (b.py, line 3)");
    info = lp_tuple_pack(4, LP_NONE, I(3), I(4), S("txt"));
    cr_assert_str_eq(STR(&lp_exc_SyntaxError, 2, S("x"), info), "x (line 3)");
    info = lp_tuple_pack(4, S("f"), LP_NONE, I(4), S("txt"));
    cr_assert_str_eq(STR(&lp_exc_SyntaxError, 2, S("x"), info), "x (f)");
    info = lp_tuple_pack(2, I(1), I(2));
    cr_assert_str_eq(STR(&lp_exc_SyntaxError, 2, S("x"), info),
                     "TypeError: function takes at least 4 arguments (2 given)");
    cr_assert_str_eq(STR(&lp_exc_SyntaxError, 0), "None");
}

/* ==== the Unicode errors ==== */

Test(exc, unicode_encode)
{
    lp_value s = lp_str_from_cstr("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"); /* é€😀 */
    lp_type_t *t = &lp_exc_UnicodeEncodeError;
    cr_assert_str_eq(STR(t, 5, S("ascii"), s, I(0), I(1), S("ordinal")),
                     "'ascii' codec can't encode character '\\xe9' in position 0: ordinal");
    cr_assert_str_eq(STR(t, 5, S("ascii"), s, I(1), I(2), S("ordinal")),
                     "'ascii' codec can't encode character '\\u20ac' in position 1: ordinal");
    cr_assert_str_eq(STR(t, 5, S("ascii"), s, I(2), I(3), S("ordinal")),
                     "'ascii' codec can't encode character '\\U0001f600' in position 2: ordinal");
    cr_assert_str_eq(STR(t, 5, S("ascii"), s, I(0), I(3), S("ordinal")),
                     "'ascii' codec can't encode characters in position 0-2: ordinal");
    cr_assert_str_eq(STR(t, 5, S("ascii"), s, I(7), I(8), S("ordinal")),
                     "'ascii' codec can't encode characters in position 7-7: ordinal");
    cr_assert_str_eq(STR(t, 5, I(1), s, I(0), I(1), S("r")),
                     "TypeError: argument 1 must be str, not int");
    cr_assert_str_eq(STR(t, 1, S("utf-8")),
                     "TypeError: function takes exactly 5 arguments (1 given)");
}

Test(exc, unicode_translate)
{
    lp_value s = lp_str_from_cstr("\xc3\xa9\xe2\x82\xac");
    lp_type_t *t = &lp_exc_UnicodeTranslateError;
    cr_assert_str_eq(STR(t, 4, s, I(0), I(1), S("x")),
                     "can't translate character '\\xe9' in position 0: x");
    cr_assert_str_eq(STR(t, 4, s, I(0), I(2), S("x")),
                     "can't translate characters in position 0-1: x");
}

/* ==== exception groups ==== */

static lp_value group(const char *msg, int n, ...)
{
    lp_value l = lp_list_new(n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        lp_list_append(l, va_arg(ap, lp_value));
    va_end(ap);
    lp_value args[2] = {S(msg), l};
    return lp_call(lp_from_ptr(&lp_exc_BaseExceptionGroup), args, 2, LP_NULL);
}

Test(exc, groups)
{
    lp_value v1 = lp_exc_format(&lp_exc_ValueError, "1"),
             t2 = lp_exc_format(&lp_exc_TypeError, "2");
    lp_value g = group("m", 2, v1, t2);
    cr_assert_eq(lp_type_of(g), &lp_exc_ExceptionGroup);
    cr_assert_str_eq(cstr(lp_str(g)), "m (2 sub-exceptions)");
    lp_value sub = lp_call_method(g, lp_str_from_cstr("subgroup"),
                                  (lp_value[]){lp_from_ptr(&lp_exc_TypeError)}, 1);
    cr_assert_str_eq(cstr(lp_repr(sub)), "ExceptionGroup('m', [TypeError('2')])");
    lp_value split = lp_call_method(g, lp_str_from_cstr("split"),
                                    (lp_value[]){lp_from_ptr(&lp_exc_ValueError)}, 1);
    cr_assert_str_eq(
        cstr(lp_repr(split)),
        "(ExceptionGroup('m', [ValueError('1')]), ExceptionGroup('m', [TypeError('2')]))");
    lp_value ki = lp_call0(lp_from_ptr(&lp_exc_KeyboardInterrupt));
    cr_assert_eq(lp_type_of(group("b", 1, ki)), &lp_exc_BaseExceptionGroup);
    cr_assert_str_eq(STR(&lp_exc_ExceptionGroup, 2, S("m"), lp_list_new(0)),
                     "ValueError: second argument (exceptions) must be a non-empty sequence");
}

/* ==== except* helpers ==== */

Test(exc, except_star_helpers)
{
    lp_value v1 = lp_exc_format(&lp_exc_ValueError, "1"),
             t2 = lp_exc_format(&lp_exc_TypeError, "2");
    lp_value v3 = lp_exc_format(&lp_exc_ValueError, "3");
    lp_value g = group("eg", 3, v1, t2, v3);
    lp_as_exc(g)->context = lp_exc_format(&lp_exc_RuntimeError, "as if raised while handling");
    lp_value match, rest;
    lp_exc_group_match(g, lp_from_ptr(&lp_exc_ValueError), &match, &rest);
    cr_assert_str_eq(cstr(lp_repr(match)),
                     "ExceptionGroup('eg', [ValueError('1'), ValueError('3')])");
    cr_assert_str_eq(cstr(lp_repr(rest)), "ExceptionGroup('eg', [TypeError('2')])");
    lp_exc_group_match(v1, lp_from_ptr(&lp_exc_ValueError), &match, &rest);
    cr_assert_str_eq(cstr(lp_repr(match)), "ExceptionGroup('', (ValueError('1'),))");
    cr_assert_eq(rest, LP_NONE);
    lp_exc_group_match(t2, lp_from_ptr(&lp_exc_ValueError), &match, &rest);
    cr_assert(match == LP_NONE && rest == LP_NONE);
    /* the clause re-raised the ValueErrors: they keep their group */
    lp_exc_group_match(g, lp_from_ptr(&lp_exc_ValueError), &match, &rest);
    lp_value l = lp_list_new(0);
    lp_list_append(l, match);
    lp_value r = lp_exc_prep_reraise_star(g, l);
    cr_assert_str_eq(cstr(lp_repr(r)), "ExceptionGroup('eg', [ValueError('1'), ValueError('3')])");
    /* a new exception raised and one re-raised: grouped together */
    lp_value k = lp_exc_format(&lp_exc_KeyError, "k");
    lp_list_append(l, k);
    r = lp_exc_prep_reraise_star(g, l);
    cr_assert_str_eq(cstr(lp_repr(r)),
                     "ExceptionGroup('', [KeyError('k'), ExceptionGroup('eg', [ValueError('1'), "
                     "ValueError('3')])])");
    cr_assert_eq(lp_exc_prep_reraise_star(g, lp_list_new(0)), LP_NONE);
}
