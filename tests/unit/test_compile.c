/* test_compile.c -- the compiler: code objects against CPython 3.11's.
 *
 * The expected values (co_varnames, co_cellvars, flags, qualified names,
 * first constants, messages and positions of SyntaxErrors) are what
 * python3.11 reports for the same sources; the disassembler is checked on
 * one small program for its exact layout, the rest of dis by the golden
 * tests (tests/dis, scripts/run_dis_tests.py).
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <string.h>

#include "buf.h"
#include "bytecode.h"
#include "compile.h"
#include "dis.h"
#include "gc.h"
#include "mod_builtins.h"
#include "obj_code.h"
#include "obj_int.h"
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

TestSuite(compile, .init = setup);

static lp_code_t *compile_ok(const char *src)
{
    lp_syntax_error_t err = {0};
    lp_value code = lp_compile_source(src, strlen(src), "t.py", LP_COMPILE_EXEC, 0, &err);
    cr_assert(code != LP_NULL, "compile failed: %s (line %d)", err.msg, err.lineno);
    return (lp_code_t *)lp_as_ptr(code);
}

/* The names of tuple [t] joined by ",". */
static const char *joined(lp_value t)
{
    lp_buf_t b = {0};
    for (int64_t i = 0; i < lp_tuple_len(t); i++) {
        if (i) lp_buf_putc(&b, ',');
        lp_buf_puts(&b, lp_str_utf8(lp_tuple_get(t, i), NULL));
    }
    lp_buf_putc(&b, 0);
    return b.data;
}

/* The first code object among [co]'s constants. */
static lp_code_t *child(const lp_code_t *co, int nth)
{
    for (int64_t i = 0; i < lp_tuple_len(co->consts); i++) {
        lp_value k = lp_tuple_get(co->consts, i);
        if (lp_type_of(k) == &lp_type_code && nth-- == 0) return (lp_code_t *)lp_as_ptr(k);
    }
    cr_assert_fail("no nested code object");
    return NULL;
}

static const char *str(lp_value s)
{
    return lp_str_utf8(s, NULL);
}

Test(compile, function_code_attributes)
{
    lp_code_t *m = compile_ok("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n"
                              "    'doc'\n    x = a\n    return x\n");
    lp_code_t *f = child(m, 0);
    cr_assert_str_eq(str(f->name), "f");
    cr_assert_str_eq(joined(f->varnames), "a,b,c,d,e,args,kw,x");
    cr_assert_eq(f->argcount, 3);
    cr_assert_eq(f->posonlyargcount, 2);
    cr_assert_eq(f->kwonlyargcount, 2);
    cr_assert_eq(f->flags, LP_CO_OPTIMIZED | LP_CO_NEWLOCALS | LP_CO_VARARGS | LP_CO_VARKEYWORDS);
    cr_assert_str_eq(str(lp_tuple_get(f->consts, 0)), "doc");
    cr_assert_eq(f->firstlineno, 1);
    cr_assert_eq(m->flags, 0);
}

Test(compile, closures_and_qualnames)
{
    lp_code_t *m = compile_ok("def outer(p):\n    q = 1\n    def inner():\n        return p + q\n"
                              "    return inner\n"
                              "class C:\n    def m(self):\n        return __class__\n");
    lp_code_t *outer = child(m, 0), *inner = child(outer, 0);
    cr_assert_str_eq(joined(outer->cellvars), "p,q");
    cr_assert_eq(outer->cell2arg[0], 0);
    cr_assert_eq(outer->cell2arg[1], -1);
    cr_assert_str_eq(joined(inner->freevars), "p,q");
    cr_assert_str_eq(str(inner->qualname), "outer.<locals>.inner");
    cr_assert_eq(inner->flags, LP_CO_OPTIMIZED | LP_CO_NEWLOCALS | LP_CO_NESTED);
    lp_code_t *cls = child(m, 1), *meth = child(cls, 0);
    cr_assert_str_eq(joined(cls->cellvars), "__class__");
    cr_assert_str_eq(str(meth->qualname), "C.m");
    cr_assert_str_eq(joined(meth->freevars), "__class__");
}

Test(compile, generators_and_comprehensions)
{
    lp_code_t *m = compile_ok("def g():\n    yield 1\nasync def a():\n    await x\n"
                              "async def ag():\n    yield 1\nl = [i for i in y]\n");
    cr_assert(child(m, 0)->flags & LP_CO_GENERATOR);
    cr_assert(child(m, 1)->flags & LP_CO_COROUTINE);
    cr_assert(child(m, 2)->flags & LP_CO_ASYNC_GENERATOR);
    lp_code_t *lc = child(m, 3);
    cr_assert_str_eq(str(lc->name), "<listcomp>");
    cr_assert_str_eq(joined(lc->varnames), ".0,i");
    cr_assert_eq(lc->argcount, 1);
    /* a generator starts with RETURN_GENERATOR, POP_TOP, RESUME */
    lp_code_t *g = child(m, 0);
    cr_assert_eq(g->code[0] & 0xFF, OP_RETURN_GENERATOR);
    cr_assert_eq(g->code[2] & 0xFF, OP_RESUME);
}

Test(compile, exception_table)
{
    lp_code_t *m = compile_ok("try:\n    f()\nexcept E as e:\n    pass\n");
    cr_assert_geq(m->nexc, 3);
    cr_assert_eq(m->exctable[0].depth, 0);
    cr_assert_eq(m->exctable[0].lasti, 0);
    uint32_t t = m->exctable[0].target;
    cr_assert_eq(m->code[t] & 0xFF, OP_PUSH_EXC_INFO);
    for (uint32_t i = 1; i < m->nexc; i++)
        cr_assert_geq(m->exctable[i].start, m->exctable[i - 1].end);
}

Test(compile, constants_folded_and_deduplicated)
{
    lp_code_t *m = compile_ok("a = (1, 2, (3, -4))\nb = 0\nc = 0.0\nd = -0.0\ne = False\nf = 2 ** 10\n"
                              "g = 0\n");
    /* (1, 2, (3, -4)), 0, 0.0, -0.0, False, 1024, None */
    cr_assert_eq(lp_tuple_len(m->consts), 7);
    cr_assert_str_eq(str(lp_repr(lp_tuple_get(m->consts, 0))), "(1, 2, (3, -4))");
    cr_assert_str_eq(str(lp_repr(lp_tuple_get(m->consts, 3))), "-0.0");
    cr_assert_str_eq(str(lp_repr(lp_tuple_get(m->consts, 5))), "1024");
}

Test(compile, extended_arg_jumps)
{
    lp_buf_t b = {0};
    lp_buf_puts(&b, "if x:\n");
    for (int i = 0; i < 200; i++)
        lp_buf_printf(&b, "    v%d = %d\n", i, i + 1000);
    lp_buf_puts(&b, "y = 1\n");
    lp_code_t *m = compile_ok(b.data);
    bool ext = false;
    for (uint32_t i = 0; i < m->ncode; i++)
        ext |= (m->code[i] & 0xFF) == OP_EXTENDED_ARG;
    cr_assert(ext);
}

static void expect_error(const char *src, const char *msg, int line, int off, int eline, int eoff)
{
    lp_syntax_error_t err = {0};
    lp_value code = lp_compile_source(src, strlen(src), "t.py", LP_COMPILE_EXEC, 0, &err);
    cr_assert_eq(code, LP_NULL, "compiled: %s", src);
    cr_assert_str_eq(err.msg, msg);
    cr_assert_eq(err.lineno, line, "%s: line %d", src, err.lineno);
    cr_assert_eq(err.offset, off, "%s: offset %d", src, err.offset);
    cr_assert_eq(err.end_lineno, eline);
    cr_assert_eq(err.end_offset, eoff, "%s: end offset %d", src, err.end_offset);
}

Test(compile, syntax_errors)
{
    expect_error("return 1", "'return' outside function", 1, 1, 1, 9);
    expect_error("x = 1\nbreak", "'break' outside loop", 2, 1, 2, 6);
    expect_error("def f():\n    await x", "'await' outside async function", 2, 5, 2, 12);
    expect_error("a, *b, *c = 1", "multiple starred expressions in assignment", 1, 1, 1, 10);
    expect_error("*a = 1", "starred assignment target must be in a list or tuple", 1, 1, 1, 3);
    expect_error("match x:\n    case y:\n        pass\n    case 1:\n        pass",
                 "name capture 'y' makes remaining patterns unreachable", 2, 10, 2, 11);
    expect_error("match x:\n    case [a] | [b]:\n        pass",
                 "alternative patterns bind different names", 2, 17, 2, 18);
    expect_error("async def f():\n    yield 1\n    return 2",
                 "'return' with value in async generator", 3, 5, 3, 13);
}

Test(compile, deep_nesting_does_not_crash)
{
    lp_buf_t b = {0};
    lp_buf_puts(&b, "x = ");
    for (int i = 0; i < 100000; i++)
        lp_buf_putc(&b, '-');
    lp_buf_puts(&b, "1\n");
    lp_syntax_error_t err = {0};
    lp_value code = lp_compile_source(b.data, b.len, "t.py", LP_COMPILE_EXEC, 0, &err);
    cr_assert_eq(code, LP_NULL);
}

Test(compile, dis_layout)
{
    lp_code_t *m = compile_ok("x = 1\nif x:\n    y = 2\n");
    lp_buf_t b = {0};
    lp_dis_code(&b, lp_from_ptr(m));
    cr_assert_str_eq(b.data, "  0           0 RESUME                   0\n"
                             "\n"
                             "  1           2 LOAD_CONST               0 (1)\n"
                             "              4 STORE_NAME               0 (x)\n"
                             "\n"
                             "  2           6 LOAD_NAME                0 (x)\n"
                             "              8 POP_JUMP_IF_FALSE        9 (to 18)\n"
                             "\n"
                             "  3          10 LOAD_CONST               1 (2)\n"
                             "             12 STORE_NAME               1 (y)\n"
                             "             14 LOAD_CONST               2 (None)\n"
                             "             16 RETURN_VALUE\n"
                             "\n"
                             "  2     >>   18 LOAD_CONST               2 (None)\n"
                             "             20 RETURN_VALUE\n");
}
