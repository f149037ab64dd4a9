/* test_vm.c -- src/vm.c, runtime/call.c, obj_func.c and obj_gen.c through
 * their C entry points: Python functions called from C (argument binding
 * and its messages), generators driven from C, exceptions leaving the VM
 * with their traceback entries, and the recursion guards.
 *
 * The programs are compiled from source (src/compile.h); the script tests
 * under tests/scripts/vm/ cover the same behaviour from Python.  Expected
 * messages are python3's (CPython 3.11).
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <string.h>

#include "compile.h"
#include "error.h"
#include "gc.h"
#include "mod_builtins.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_gen.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_traceback.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"
#include "vm.h"

static void setup(void)
{
    lp_gc_init();
    lp_int_init();
    lp_types_init();
    lp_builtins_types_init();
}

TestSuite(vm, .init = setup);

/* ==== helpers ==== */

typedef struct {
    const char *src;
    lp_value globals;
    lp_value fn;
    lp_value *args;
    size_t nargs;
    lp_value kwnames;
    lp_value result;
} job_t;

static void run_src(void *ud)
{
    job_t *j = ud;
    lp_syntax_error_t err;
    memset(&err, 0, sizeof err);
    lp_value code = lp_compile_source(j->src, strlen(j->src), "<test>", LP_COMPILE_EXEC, 0, &err);
    cr_assert(code != LP_NULL, "compile error: %s", err.msg);
    lp_dict_set(j->globals, LP_NAME(__name__), lp_str_from_cstr("__main__"));
    lp_dict_set(j->globals, LP_NAME(__builtins__), lp_builtins_module());
    j->result = lp_vm_run_module(code, j->globals);
}

/* The globals after running [src] (which must not raise). */
static lp_value run(const char *src)
{
    job_t j = {.src = src, .globals = lp_dict_new()};
    lp_value exc = lp_pcall(run_src, &j);
    cr_assert(exc == LP_NULL, "unexpected exception: %s", lp_str_utf8(lp_repr(exc), NULL));
    return j.globals;
}

static void call_fn(void *ud)
{
    job_t *j = ud;
    j->result = lp_call(j->fn, j->args, j->nargs, j->kwnames);
}

/* Calls [fn]; returns the exception raised (LP_NULL: none, *result set). */
static lp_value call(lp_value fn, lp_value *args, size_t nargs, lp_value kwnames,
                     lp_value *result)
{
    job_t j = {.fn = fn, .args = args, .nargs = nargs, .kwnames = kwnames};
    lp_value exc = lp_pcall(call_fn, &j);
    if (result) *result = j.result;
    return exc;
}

static lp_value get(lp_value globals, const char *name)
{
    lp_value v = lp_dict_get_cstr(globals, name);
    cr_assert(v != LP_NULL, "no global %s", name);
    return v;
}

static void assert_exc(lp_value exc, lp_type_t *type, const char *msg)
{
    cr_assert(exc != LP_NULL, "no exception raised");
    cr_assert(lp_type_of(exc) == type, "raised %s", lp_type_of(exc)->name);
    const char *got = lp_str_utf8(lp_str(exc), NULL);
    cr_assert_str_eq(got, msg);
}

/* ==== calls from C ==== */

Test(vm, call_python_function_from_c)
{
    lp_value g = run("def f(a, b=10, *, c=100):\n    return a + b + c\n");
    lp_value args[3] = {lp_from_int(1), lp_from_int(2), lp_from_int(3)};
    lp_value r;
    cr_assert_eq(call(get(g, "f"), args, 1, LP_NULL, &r), LP_NULL);
    cr_assert_eq(lp_as_int(r), 111);
    lp_value kw = lp_tuple_pack(1, lp_str_intern_cstr("c"));
    cr_assert_eq(call(get(g, "f"), args, 2, kw, &r), LP_NULL);
    cr_assert_eq(lp_as_int(r), 1 + 2 + 3);
}

Test(vm, binding_errors)
{
    lp_value g = run("def f(x, y, /, z, *, k):\n    pass\n");
    lp_value f = get(g, "f");
    lp_value args[4] = {lp_from_int(1), lp_from_int(2), lp_from_int(3), lp_from_int(4)};
    assert_exc(call(f, args, 0, LP_NULL, NULL), &lp_exc_TypeError,
               "f() missing 3 required positional arguments: 'x', 'y', and 'z'");
    assert_exc(call(f, args, 4, LP_NULL, NULL), &lp_exc_TypeError,
               "f() takes 3 positional arguments but 4 were given");
    assert_exc(call(f, args, 3, LP_NULL, NULL), &lp_exc_TypeError,
               "f() missing 1 required keyword-only argument: 'k'");
    lp_value kw = lp_tuple_pack(1, lp_str_intern_cstr("y"));
    assert_exc(call(f, args, 1, kw, NULL), &lp_exc_TypeError,
               "f() got some positional-only arguments passed as keyword arguments: 'y'");
    kw = lp_tuple_pack(1, lp_str_intern_cstr("zz"));
    assert_exc(call(f, args, 3, kw, NULL), &lp_exc_TypeError,
               "f() got an unexpected keyword argument 'zz'");
    kw = lp_tuple_pack(1, lp_str_intern_cstr("z"));
    assert_exc(call(f, args, 3, kw, NULL), &lp_exc_TypeError,
               "f() got multiple values for argument 'z'");
}

Test(vm, bound_method_and_closure)
{
    lp_value g = run("class C:\n"
                     "    def m(self, v):\n"
                     "        return (self, v)\n"
                     "def outer():\n"
                     "    n = 5\n"
                     "    def inner(d):\n"
                     "        return n + d\n"
                     "    return inner\n"
                     "c = C()\n"
                     "bm = c.m\n"
                     "inner = outer()\n");
    lp_value r, arg = lp_from_int(7);
    cr_assert_eq(call(get(g, "bm"), &arg, 1, LP_NULL, &r), LP_NULL);
    cr_assert_eq(lp_tuple_get(r, 0), get(g, "c"));
    cr_assert_eq(lp_as_int(lp_tuple_get(r, 1)), 7);
    cr_assert_eq(call(get(g, "inner"), &arg, 1, LP_NULL, &r), LP_NULL);
    cr_assert_eq(lp_as_int(r), 12);
    cr_assert_eq(lp_type_of(get(g, "inner")), &lp_type_function);
    cr_assert_eq(lp_type_of(get(g, "bm")), &lp_type_method);
}

/* ==== exceptions ==== */

Test(vm, exception_leaves_with_traceback)
{
    lp_value g = run("def a():\n"
                     "    b()\n"
                     "def b():\n"
                     "    raise KeyError('k')\n");
    lp_value exc = call(get(g, "a"), NULL, 0, LP_NULL, NULL);
    cr_assert(exc != LP_NULL);
    cr_assert_eq(lp_type_of(exc), &lp_exc_KeyError);
    int n = 0, lines[4] = {0};
    for (lp_value tb = lp_as_exc(exc)->traceback; tb; tb = ((lp_traceback_t *)lp_as_ptr(tb))->next)
        lines[n++ & 3] = lp_traceback_lineno(lp_as_ptr(tb));
    cr_assert_eq(n, 2);
    cr_assert_eq(lines[0], 2);
    cr_assert_eq(lines[1], 4);
}

Test(vm, implicit_context_and_cause)
{
    lp_value g = run("def f():\n"
                     "    try:\n"
                     "        1 / 0\n"
                     "    except ZeroDivisionError as z:\n"
                     "        raise ValueError('v') from z\n"
                     "def g():\n"
                     "    try:\n"
                     "        {}['x']\n"
                     "    except KeyError:\n"
                     "        [][1]\n");
    lp_value exc = call(get(g, "f"), NULL, 0, LP_NULL, NULL);
    cr_assert_eq(lp_type_of(exc), &lp_exc_ValueError);
    cr_assert_eq(lp_type_of(lp_as_exc(exc)->cause), &lp_exc_ZeroDivisionError);
    cr_assert_eq(lp_as_exc(exc)->context, lp_as_exc(exc)->cause);
    cr_assert(lp_as_exc(exc)->suppress_context);
    exc = call(get(g, "g"), NULL, 0, LP_NULL, NULL);
    cr_assert_eq(lp_type_of(exc), &lp_exc_IndexError);
    cr_assert_eq(lp_type_of(lp_as_exc(exc)->context), &lp_exc_KeyError);
    cr_assert_eq(lp_as_exc(exc)->cause, LP_NULL);
    cr_assert_eq(lp_vm_handled_exception(), LP_NULL);
}

/* ==== generators ==== */

Test(vm, generator_from_c)
{
    lp_value g = run("def gen():\n"
                     "    x = yield 1\n"
                     "    yield x * 2\n"
                     "    return 'done'\n"
                     "it = gen()\n");
    lp_value it = get(g, "it"), ret = LP_NULL;
    cr_assert(lp_gen_check(it));
    cr_assert_eq(lp_as_int(lp_gen_send_ex(it, LP_NONE, &ret)), 1);
    cr_assert_eq(lp_as_int(lp_gen_send_ex(it, lp_from_int(21), &ret)), 42);
    cr_assert_eq(lp_gen_send_ex(it, LP_NONE, &ret), LP_NULL);
    cr_assert(lp_str_eq_cstr(ret, "done"));
    cr_assert_eq(lp_gen_send_ex(it, LP_NONE, &ret), LP_NULL);
}

/* ==== recursion ==== */

Test(vm, recursion_error_and_recovery)
{
    lp_value g = run("def f(n):\n"
                     "    return f(n + 1)\n"
                     "def ok():\n"
                     "    return 1\n");
    lp_value arg = lp_from_int(0), r;
    assert_exc(call(get(g, "f"), &arg, 1, LP_NULL, NULL), &lp_exc_RecursionError,
               "maximum recursion depth exceeded");
    cr_assert_eq(call(get(g, "ok"), NULL, 0, LP_NULL, &r), LP_NULL);
    cr_assert_eq(lp_as_int(r), 1);
    cr_assert_eq(lp_vm_get_recursion_limit(), 1000);
}

static void enter_many(void *ud)
{
    int *n = ud;
    for (;;) {
        lp_recursion_enter(" while testing");
        (*n)++;
    }
}

Test(vm, c_recursion_guard)
{
    int n = 0;
    lp_value exc = lp_pcall(enter_many, &n);
    assert_exc(exc, &lp_exc_RecursionError, "maximum recursion depth exceeded while testing");
    cr_assert_eq(n, 1000);
    while (n--) lp_recursion_leave();
}
