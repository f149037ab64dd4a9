/* test_marshal.c -- runtime/marshal.c, marshal_check.c and pycache.c:
 * round trips of every marshallable type, code objects that run after a
 * round trip exactly as compiled, dumps that are the same bytes in every
 * process, the magic-number record, the .pyc header and cache rules, and a
 * fuzz test of the reader (random and mutated input never crashes; every
 * code object it lets through passes the check).
 *
 * Expected hashes and paths come from python3 (marshal_cases.h, written by
 * scripts/gen_marshal_cases.py).
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bytecode.h"
#include "compile.h"
#include "error.h"
#include "gc.h"
#include "import.h"
#include "io.h"
#include "marshal.h"
#include "marshal_cases.h"
#include "mod_builtins.h"
#include "mod_sys.h"
#include "names.h"
#include "obj_bytes.h"
#include "obj_code.h"
#include "obj_complex.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_float.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "pycache.h"
#include "types.h"
#include "vm.h"

static void setup(void)
{
    lp_gc_init();
    lp_int_init();
    lp_types_init();
    lp_builtins_types_init();
    lp_sys_module();
}

TestSuite(marshal, .init = setup);

/* ==== helpers ==== */

static const char *repr_of(lp_value v)
{
    return lp_str_utf8(lp_repr(v), NULL);
}

static const char *exc_text(lp_value exc)
{
    return lp_str_utf8(lp_str_format_c("%T: %S", exc, exc), NULL);
}

typedef struct {
    const uint8_t *p;
    size_t n;
    unsigned flags;
    lp_value result;
} load_job_t;

static void load_fn(void *ud)
{
    load_job_t *j = ud;
    j->result = lp_marshal_loads_flags(j->p, j->n, j->flags, NULL);
}

/* The exception of loading [n] bytes at [p] (LP_NULL: it loaded, *out). */
static lp_value try_load(const uint8_t *p, size_t n, unsigned flags, lp_value *out)
{
    load_job_t j = {p, n, flags, LP_NULL};
    lp_value exc = lp_pcall(load_fn, &j);
    *out = j.result;
    return exc;
}

static lp_value round_trip(lp_value v)
{
    size_t n;
    uint8_t *p = lp_marshal_dumps(v, &n);
    lp_value out;
    lp_value exc = try_load(p, n, 0, &out);
    cr_assert(exc == LP_NULL, "loading %s: %s", repr_of(v), exc_text(exc));
    size_t n2;
    uint8_t *p2 = lp_marshal_dumps(out, &n2);
    cr_assert(n == n2 && memcmp(p, p2, n) == 0, "dumps(loads(dumps(%s))) differs", repr_of(v));
    return out;
}

static void same(lp_value v)
{
    lp_value w = round_trip(v);
    cr_assert(lp_type_of(w) == lp_type_of(v), "type of %s", repr_of(v));
    cr_assert_str_eq(repr_of(w), repr_of(v));
}

static lp_value compile_src(const char *src)
{
    lp_syntax_error_t err;
    memset(&err, 0, sizeof err);
    lp_value code = lp_compile_source(src, strlen(src), "<test>", LP_COMPILE_EXEC, 0, &err);
    cr_assert(code != LP_NULL, "compile error: %s", err.msg);
    return code;
}

typedef struct {
    lp_value code, result;
} run_job_t;

static void run_fn(void *ud)
{
    run_job_t *j = ud;
    lp_value g = lp_dict_new();
    lp_dict_set(g, LP_NAME(__name__), lp_str_from_cstr("__main__"));
    lp_dict_set(g, LP_NAME(__builtins__), lp_builtins_module());
    lp_vm_run_module(j->code, g);
    lp_value r = lp_dict_get_cstr(g, "result");
    j->result = r ? lp_repr(r) : lp_str_from_cstr("<no result>");
}

/* repr(result) after running [code], or the exception's text. */
static const char *run_code(lp_value code)
{
    run_job_t j = {code, LP_NULL};
    lp_value exc = lp_pcall(run_fn, &j);
    if (exc) return exc_text(exc);
    return lp_str_utf8(j.result, NULL);
}

static void set_sys(const char *name, lp_value v)
{
    lp_dict_set_cstr(((lp_module_t *)lp_as_ptr(lp_sys_module()))->dict, name, v);
}

/* ==== round trips ==== */

Test(marshal, singletons_and_numbers)
{
    same(LP_NONE);
    same(LP_ELLIPSIS);
    same(LP_TRUE);
    same(LP_FALSE);
    cr_assert(round_trip(lp_from_ptr(&lp_exc_StopIteration)) == lp_from_ptr(&lp_exc_StopIteration));
    int64_t ints[] = {0, 1, -1, 255, 256, -256, LP_SMALLINT_MAX, LP_SMALLINT_MIN,
                      LP_SMALLINT_MAX + 1, LP_SMALLINT_MIN - 1, INT64_MAX, INT64_MIN};
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) same(lp_int_from_i64(ints[i]));
    const char *bigs[] = {"9223372036854775808", "-9223372036854775809", "18446744073709551616",
                          "-340282366920938463463374607431768211456",
                          "123456789012345678901234567890123456789012345678901234567890"};
    for (size_t i = 0; i < sizeof bigs / sizeof bigs[0]; i++) {
        lp_value v;
        cr_assert(lp_int_from_str(bigs[i], strlen(bigs[i]), 10, &v, NULL) == LP_INT_OK);
        lp_value w = round_trip(v);
        cr_assert(lp_int_eq(v, w), "%s", bigs[i]);
    }
    lp_value huge;
    cr_assert(lp_int_lshift(lp_int_from_i64(-3), lp_int_from_i64(100000), &huge) == LP_INT_OK);
    cr_assert(lp_int_eq(round_trip(huge), huge));
    double ds[] = {0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, INFINITY, -INFINITY, NAN, 0.1};
    for (size_t i = 0; i < sizeof ds / sizeof ds[0]; i++) {
        lp_value w = round_trip(lp_float_new(ds[i]));
        cr_assert(lp_type_of(w) == &lp_type_float);
        cr_assert(lp_double_bits(lp_float_value(w)) == lp_double_bits(ds[i]), "float %g", ds[i]);
    }
    lp_value c = round_trip(lp_complex_new(-0.0, NAN));
    cr_assert(lp_double_bits(lp_as_complex(c)->re) == lp_double_bits(-0.0));
    cr_assert(isnan(lp_as_complex(c)->im));
    same(lp_complex_new(1.5, -2.0));
}

Test(marshal, strs_and_bytes)
{
    const char *strs[] = {"", "a", "hello world", "caf\xc3\xa9", "\xe2\x82\xac uro",
                          "\xf0\x9f\x98\x80 astral", "\xed\xa0\x80 lone surrogate",
                          "\xed\xa0\xbd\xed\xb8\x80 a surrogate pair kept apart"};
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        lp_value s = lp_str_from_utf8(strs[i], strlen(strs[i]));
        lp_value w = round_trip(s);
        cr_assert(lp_str_eq(s, w), "str %zu", i);
        cr_assert(lp_str_len(s) == lp_str_len(w));
    }
    /* interned strs come back interned: the very object of the intern table */
    lp_value name = lp_str_intern_cstr("some_identifier");
    cr_assert(round_trip(name) == name);
    lp_value plain = lp_str_from_cstr("not interned at all, with spaces");
    lp_value w = round_trip(plain);
    cr_assert(!lp_as_str(w)->interned);
    /* repeated strs: one object after loading */
    lp_value t = round_trip(lp_tuple_pack(3, plain, plain, plain));
    cr_assert(lp_tuple_get(t, 0) == lp_tuple_get(t, 2));
    same(lp_bytes_new("", 0));
    same(lp_bytes_new("a\0b\xff", 4));
}

Test(marshal, containers)
{
    lp_value l = lp_list_new(0);
    lp_list_append(l, lp_int_from_i64(1));
    lp_list_append(l, lp_tuple_pack(2, lp_str_from_cstr("x"), LP_NONE));
    same(l);
    same(lp_tuple_new(0));
    same(lp_tuple_pack(3, lp_int_from_i64(1), lp_float_new(2.5), lp_str_from_cstr("three")));
    lp_value d = lp_dict_new();
    lp_dict_set(d, lp_str_from_cstr("b"), lp_int_from_i64(2));
    lp_dict_set(d, lp_int_from_i64(1), l);
    lp_dict_set(d, lp_tuple_pack(1, LP_TRUE), lp_dict_new());
    same(d);
    lp_value items = lp_tuple_pack(4, lp_int_from_i64(3), lp_str_from_cstr("s"), LP_NONE,
                                   lp_tuple_pack(1, lp_int_from_i64(9)));
    lp_value s = round_trip(lp_set_new(items));
    cr_assert(lp_type_of(s) == &lp_type_set && lp_set_len(s) == 4);
    lp_value f = round_trip(lp_frozenset_new(items));
    cr_assert(lp_type_of(f) == &lp_type_frozenset && lp_set_len(f) == 4);
    cr_assert(lp_set_contains(f, lp_str_from_cstr("s")));
    same(lp_frozenset_new(lp_tuple_new(0)));
}

typedef struct {
    lp_value v;
} dump_job_t;

static void dump_fn(void *ud)
{
    size_t n;
    lp_marshal_dumps(((dump_job_t *)ud)->v, &n);
}

Test(marshal, unmarshallable)
{
    lp_value l = lp_list_new(0);
    lp_list_append(l, l); /* a list containing itself: too deeply nested */
    lp_value cases[] = {lp_from_ptr(&lp_type_int), l, lp_builtins_module(), lp_dict_new()};
    lp_dict_set(cases[3], lp_int_from_i64(1), lp_from_ptr(&lp_type_str));
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dump_job_t j = {cases[i]};
        lp_value e = lp_pcall(dump_fn, &j);
        cr_assert(e != LP_NULL && lp_type_of(e) == &lp_exc_ValueError, "case %zu", i);
    }
}

/* ==== code objects ==== */

static const char *const programs[] = {
    "def f(a, b=2, *args, c, d=4, **kw):\n"
    "    return (a, b, args, c, d, sorted(kw))\n"
    "result = [f(1, c=3), f(1, 2, 3, 4, c=5, z=6, y=7)]\n",

    "def outer(n):\n"
    "    x = n\n"
    "    def mid():\n"
    "        nonlocal x\n"
    "        x += 1\n"
    "        def inner():\n"
    "            return x * 2\n"
    "        return inner\n"
    "    return mid\n"
    "result = [outer(i)()() for i in range(4)]\n",

    "def gen(n):\n"
    "    for i in range(n):\n"
    "        got = yield i\n"
    "        if got: yield -got\n"
    "    return 'done'\n"
    "g = gen(5)\n"
    "result = [next(g), g.send(10), next(g), list(g)]\n",

    "class A:\n"
    "    k = 'class attr'\n"
    "    def __init__(self, v): self.v = v\n"
    "    def get(self): return (self.k, self.v, __class__.__name__)\n"
    "class B(A):\n"
    "    def get(self): return ('B',) + super().get()\n"
    "result = [B(3).get(), A(1).get()]\n",

    "def f(x):\n"
    "    out = []\n"
    "    try:\n"
    "        try:\n"
    "            out.append(1 / x)\n"
    "        except ZeroDivisionError as e:\n"
    "            out.append(str(e))\n"
    "            raise ValueError('inner') from e\n"
    "        finally:\n"
    "            out.append('finally')\n"
    "    except ValueError as e:\n"
    "        out.append(repr(e))\n"
    "    else:\n"
    "        out.append('else')\n"
    "    return out\n"
    "result = [f(0), f(2)]\n",

    "import sys\n"
    "class CM:\n"
    "    def __enter__(self): return 'entered'\n"
    "    def __exit__(self, *a): return a[0] is KeyError\n"
    "with CM() as v:\n"
    "    raise KeyError('swallowed')\n"
    "def m(p):\n"
    "    match p:\n"
    "        case {'x': x, **rest}: return ('map', x, rest)\n"
    "        case [1, *tail]: return ('seq', tail)\n"
    "        case int(n) if n > 5: return ('big', n)\n"
    "        case _: return 'other'\n"
    "result = [v, m({'x': 1, 'y': 2}), m([1, 2, 3]), m(9), m('s'), 2**100, -0.0, 1j, b'x\\0',\n"
    "          {1, 'a'} == {'a', 1}, f'{3.14159:.2f}|{\"s\"!r:>5}', ...]\n",

    "result = {k: [i * j for i in range(3) for j in range(i) if (i + j) % 2]\n"
    "          for k in 'abc'}\n"
    "result = (result, {x for x in range(5)}, sum(x * x for x in range(10)),\n"
    "          [lambda q=i: q for i in range(3)][2](), 'caf\xc3\xa9 \xf0\x9f\x98\x80')\n",

    "async def co(x):\n"
    "    return x + 1\n"
    "async def main():\n"
    "    total = 0\n"
    "    for i in range(3):\n"
    "        total += await co(i)\n"
    "    return total\n"
    "c = main()\n"
    "try:\n"
    "    c.send(None)\n"
    "except StopIteration as e:\n"
    "    result = e.value\n",
};

#define NPROGRAMS (sizeof programs / sizeof programs[0])

Test(marshal, code_objects_run_as_compiled)
{
    for (size_t i = 0; i < NPROGRAMS; i++) {
        lp_value code = compile_src(programs[i]);
        const char *want = run_code(code);
        cr_assert(strncmp(want, "<no result>", 11) != 0 && !strstr(want, "Error:"),
                  "program %zu: %s", i, want);
        lp_value fresh = compile_src(programs[i]);
        lp_value loaded = round_trip(fresh);
        cr_assert_str_eq(run_code(loaded), want, "program %zu", i);
        /* a code object that has run (its caches filled) dumps the same */
        size_t n1, n2;
        uint8_t *p1 = lp_marshal_dumps(code, &n1), *p2 = lp_marshal_dumps(fresh, &n2);
        cr_assert(n1 == n2 && memcmp(p1, p2, n1) == 0, "program %zu: caches were dumped", i);
        /* and running the loaded code twice still agrees */
        cr_assert_str_eq(run_code(loaded), want, "program %zu (second run)", i);
    }
}

Test(marshal, code_fields_survive)
{
    lp_value code = compile_src(programs[1]);
    lp_code_t *a = lp_as_ptr(code), *b = lp_as_ptr(round_trip(code));
    cr_assert(a->ncode == b->ncode && a->nexc == b->nexc);
    cr_assert(memcmp(a->positions, b->positions, a->ncode * sizeof *a->positions) == 0);
    cr_assert(a->nexc == 0 || memcmp(a->exctable, b->exctable, a->nexc * sizeof *a->exctable) == 0);
    cr_assert(a->argcount == b->argcount && a->flags == b->flags && a->stacksize == b->stacksize);
    cr_assert(a->firstlineno == b->firstlineno);
    cr_assert(lp_str_eq(a->filename, b->filename) && lp_str_eq(a->qualname, b->qualname));
    /* names stay interned: the very objects the compiler's names are */
    for (int64_t i = 0; i < lp_tuple_len(a->names); i++)
        cr_assert(lp_tuple_get(a->names, i) == lp_tuple_get(b->names, i));
    cr_assert(a->name == b->name);
    /* a nested function with cells and free variables */
    lp_code_t *oa = NULL, *ob = NULL;
    for (int64_t i = 0; i < lp_tuple_len(a->consts); i++)
        if (lp_type_of(lp_tuple_get(a->consts, i)) == &lp_type_code) {
            oa = lp_as_ptr(lp_tuple_get(a->consts, i));
            ob = lp_as_ptr(lp_tuple_get(b->consts, i));
            break;
        }
    cr_assert(oa && ob && oa->ncellvars == 1 && ob->ncellvars == 1);
    cr_assert((oa->cell2arg == NULL) == (ob->cell2arg == NULL));
    cr_assert_str_eq(lp_str_utf8(ob->qualname, NULL), "outer");
}

/* ==== portable, deterministic bytes ==== */

Test(marshal, known_bytes)
{
    lp_value v = lp_tuple_pack(5, lp_int_from_i64(-2), lp_str_from_cstr("ab"), lp_float_new(1.0),
                               LP_NONE, lp_str_from_cstr("ab"));
    size_t n;
    uint8_t *p = lp_marshal_dumps(v, &n);
    static const uint8_t want[] = {
        '(', 5, 0, 0, 0,                                            /* a tuple of 5 */
        'i', 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,        /* -2 */
        'u', 2, 0, 0, 0, 'a', 'b',                                  /* 'ab' */
        'g', 0, 0, 0, 0, 0, 0, 0xf0, 0x3f,                          /* 1.0 */
        'N',                                                        /* None */
        'r', 0, 0, 0, 0,                                            /* 'ab' again */
    };
    cr_assert(n == sizeof want && memcmp(p, want, n) == 0, "dumps gave %zu bytes", n);
}

Test(marshal, sets_dump_in_one_order)
{
    /* set order depends on hashes (randomised per process) and insertion
     * order; dumps sorts the items, so equal sets give equal bytes */
    lp_value fwd = lp_list_new(0), back = lp_list_new(0);
    for (int i = 0; i < 200; i++) {
        char s[16];
        snprintf(s, sizeof s, "k%d", i);
        lp_list_append(fwd, lp_str_from_cstr(s));
        snprintf(s, sizeof s, "k%d", 199 - i);
        lp_list_append(back, lp_str_from_cstr(s));
    }
    lp_list_append(fwd, lp_int_from_i64(5));
    lp_list_append(back, lp_int_from_i64(5));
    size_t n1, n2;
    uint8_t *p1 = lp_marshal_dumps(lp_frozenset_new(fwd), &n1);
    uint8_t *p2 = lp_marshal_dumps(lp_frozenset_new(back), &n2);
    cr_assert(n1 == n2 && memcmp(p1, p2, n1) == 0);
    /* and a compiled program dumps the same twice */
    p1 = lp_marshal_dumps(compile_src(programs[5]), &n1);
    p2 = lp_marshal_dumps(compile_src(programs[5]), &n2);
    cr_assert(n1 == n2 && memcmp(p1, p2, n1) == 0);
}

Test(marshal, set_items_in_cpythons_order)
{
    for (size_t i = 0; i < sizeof set_cases / sizeof set_cases[0]; i++) {
        char src[512];
        snprintf(src, sizeof src, "x = %s\n", set_cases[i].display);
        lp_code_t *co = lp_as_ptr(compile_src(src));
        lp_value fs = LP_NULL;
        for (int64_t k = 0; k < lp_tuple_len(co->consts); k++)
            if (lp_type_of(lp_tuple_get(co->consts, k)) == &lp_type_frozenset)
                fs = lp_tuple_get(co->consts, k);
        cr_assert(fs, "no frozenset constant for %s", set_cases[i].display);
        size_t n;
        uint8_t *p = lp_marshal_dumps(fs, &n);
        /* the items as written: 'i' + 8 bytes or 'l' + count + bytes */
        lp_value items = lp_marshal_loads(p, n); /* only to know the count */
        lp_strbuf_t got;
        lp_strbuf_init(&got);
        size_t pos = 5;
        for (int64_t k = 0; k < lp_set_len(items); k++) {
            size_t len = p[pos] == 'i' ? 8 : (size_t)(p[pos + 1] | p[pos + 2] << 8);
            size_t at = p[pos] == 'i' ? pos + 1 : pos + 5;
            lp_value v = lp_int_from_bytes(p + at, len, true, true);
            if (k) lp_strbuf_puts(&got, " ");
            lp_strbuf_put_str(&got, lp_int_repr_base(v, 16));
            pos = at + len;
        }
        cr_assert_str_eq(lp_str_utf8(lp_strbuf_finish(&got), NULL), set_cases[i].want, "%s",
                         set_cases[i].display);
    }
}

/* ==== the magic number ==== */

Test(marshal, magic_number_covers_the_instruction_set)
{
    const lp_pyc_magic_record_t *cur = &lp_pyc_magic_history[lp_pyc_magic_history_len - 1];
    cr_assert(cur->opcodes_hash == lp_opcodes_hash() && cur->marshal_version == LP_MARSHAL_VERSION,
              "the instruction set changed: bump the magic number and record the new hash "
              "(or LP_MARSHAL_VERSION changed) "
              "(add {%u, UINT64_C(0x%016llx), %d} to lp_pyc_magic_history in "
              "runtime/pycache.c and set MAGIC_NUMBER to the new number)",
              (unsigned)cur->magic + 1, (unsigned long long)lp_opcodes_hash(),
              LP_MARSHAL_VERSION);
    cr_assert(lp_pyc_magic[0] == (cur->magic & 0xFF) && lp_pyc_magic[1] == (cur->magic >> 8),
              "MAGIC_NUMBER in runtime/pycache.c is not the last line of the record");
    cr_assert(lp_pyc_magic[2] == '\r' && lp_pyc_magic[3] == '\n');
    for (size_t i = 1; i < lp_pyc_magic_history_len; i++) {
        cr_assert(lp_pyc_magic_history[i].magic > lp_pyc_magic_history[i - 1].magic,
                  "magic numbers must grow");
        for (size_t j = 0; j < i; j++)
            cr_assert(lp_pyc_magic_history[i].opcodes_hash != lp_pyc_magic_history[j].opcodes_hash ||
                          lp_pyc_magic_history[i].marshal_version !=
                              lp_pyc_magic_history[j].marshal_version,
                      "two magic numbers for one instruction set and format");
    }
    cr_assert(cur->magic > 4000, "too close to CPython's numbers");
}

/* ==== the header and paths (python3's answers) ==== */

Test(marshal, source_hash_as_cpython)
{
    for (size_t i = 0; i < sizeof hash_cases / sizeof hash_cases[0]; i++) {
        const mc_hash_case_t *c = &hash_cases[i];
        uint64_t h = lp_siphash13(c->key, 0, c->data, c->len);
        char hex[17];
        for (int k = 0; k < 8; k++) snprintf(hex + 2 * k, 3, "%02x", (unsigned)(h >> (8 * k)) & 0xFF);
        cr_assert_str_eq(hex, c->want, "hash case %zu", i);
        uint32_t ours = lp_pyc_magic[0] | lp_pyc_magic[1] << 8 | lp_pyc_magic[2] << 16 |
                        (uint32_t)lp_pyc_magic[3] << 24;
        if (c->key == ours) {
            uint8_t out[8];
            lp_pyc_source_hash((const uint8_t *)c->data, c->len, out);
            for (int k = 0; k < 8; k++) snprintf(hex + 2 * k, 3, "%02x", out[k]);
            cr_assert_str_eq(hex, c->want, "lp_pyc_source_hash case %zu", i);
        }
    }
}

typedef struct {
    const mc_path_case_t *c;
    lp_value result;
} path_job_t;

static void path_fn(void *ud)
{
    path_job_t *j = ud;
    lp_value p = lp_str_from_utf8(j->c->path, strlen(j->c->path));
    j->result = strcmp(j->c->func, "cache") == 0 ? lp_pyc_cache_from_source(p)
                                                 : lp_pyc_source_from_cache(p);
}

Test(marshal, paths_as_cpython)
{
    cr_assert(chdir("/tmp") == 0);
    for (size_t i = 0; i < sizeof path_cases / sizeof path_cases[0]; i++) {
        const mc_path_case_t *c = &path_cases[i];
        set_sys("pycache_prefix", c->prefix ? lp_str_from_cstr(c->prefix) : LP_NONE);
        path_job_t j = {c, LP_NULL};
        lp_value exc = lp_pcall(path_fn, &j);
        const char *got = exc ? exc_text(exc) : lp_str_utf8(j.result, NULL);
        if (exc) got = lp_str_utf8(lp_str_format_c("!%s", got), NULL);
        cr_assert_str_eq(got, c->want, "%s(%s) with prefix %s", c->func, c->path,
                         c->prefix ? c->prefix : "None");
    }
    set_sys("pycache_prefix", LP_NONE);
}

/* ==== the cache rules, on real files ==== */

static char dir[64];

static void make_dir(void)
{
    strcpy(dir, "/tmp/lp_marshal_XXXXXX");
    cr_assert(mkdtemp(dir) != NULL);
    set_sys("dont_write_bytecode", LP_FALSE);
    set_sys("pycache_prefix", LP_NONE);
}

static char *path_in(const char *name)
{
    char *p = lp_alloc_atomic(256);
    snprintf(p, 256, "%s/%s", dir, name);
    return p;
}

static void write_bytes(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    cr_assert(f != NULL, "%s", path);
    cr_assert(fwrite(p, 1, n, f) == n);
    fclose(f);
}

static void write_text(const char *path, const char *s)
{
    write_bytes(path, s, strlen(s));
}

static uint8_t *read_bytes(const char *path, size_t *n)
{
    *n = 0;
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    uint8_t *p = lp_alloc_atomic(1 << 20);
    *n = fread(p, 1, 1 << 20, f);
    fclose(f);
    return p;
}

typedef struct {
    lp_value path, result;
} get_job_t;

static void get_fn(void *ud)
{
    get_job_t *j = ud;
    j->result = lp_pyc_get_code(j->path, lp_str_from_cstr("m"));
}

/* What running m.py's code through the cache gives (its `result`). */
static const char *import_m(void)
{
    get_job_t j = {lp_str_from_cstr(path_in("m.py")), LP_NULL};
    lp_value exc = lp_pcall(get_fn, &j);
    if (exc) return lp_str_utf8(lp_str_format_c("!%s", exc_text(exc)), NULL);
    return run_code(j.result);
}

static const char *pyc(void)
{
    return path_in("__pycache__/m.lemonpy-311.pyc");
}

static void set_mtime(const char *path, time_t t)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "touch -m -d @%lld %s", (long long)t, path);
    cr_assert(system(cmd) == 0);
}

Test(marshal, cache_written_then_read)
{
    make_dir();
    write_text(path_in("m.py"), "result = 'v1'\n");
    set_mtime(path_in("m.py"), 1000000000);
    cr_assert_str_eq(import_m(), "'v1'");
    size_t n;
    uint8_t *data = read_bytes(pyc(), &n);
    cr_assert(data && n > 16, "no cache file written");
    cr_assert(memcmp(data, lp_pyc_magic, 4) == 0);
    cr_assert(data[4] == 0 && data[5] == 0 && data[6] == 0 && data[7] == 0);
    cr_assert(data[8] == (1000000000 & 0xFF) && data[12] == 14 && data[13] == 0);
    /* the cache is what is read: give it another body with the same header */
    size_t bn;
    uint8_t *body = lp_marshal_dumps(compile_src("result = 'from the cache'\n"), &bn);
    memcpy(data + 16, body, bn);
    write_bytes(pyc(), data, 16 + bn);
    cr_assert_str_eq(import_m(), "'from the cache'");
    /* a new mtime: stale, recompiled and rewritten */
    set_mtime(path_in("m.py"), 1000000001);
    cr_assert_str_eq(import_m(), "'v1'");
    uint8_t *again = read_bytes(pyc(), &n);
    cr_assert(again[8] == (1000000001 & 0xFF));
    /* the same mtime but another size: stale too */
    write_text(path_in("m.py"), "result = 'v22'\n");
    set_mtime(path_in("m.py"), 1000000001);
    cr_assert_str_eq(import_m(), "'v22'");
    /* the mode follows the source's, with owner write */
    chmod(path_in("m.py"), 0444);
    set_mtime(path_in("m.py"), 1000000005);
    cr_assert_str_eq(import_m(), "'v22'");
    struct stat st;
    cr_assert(stat(pyc(), &st) == 0);
    cr_assert((st.st_mode & 0777) == (0644 & ~0u) || (st.st_mode & 0777) == 0644,
              "mode %o", st.st_mode & 0777);
}

Test(marshal, bad_headers_are_replaced)
{
    make_dir();
    write_text(path_in("m.py"), "result = 42\n");
    cr_assert_str_eq(import_m(), "42");
    size_t n;
    uint8_t *good = read_bytes(pyc(), &n);
    uint8_t *bad = lp_alloc_atomic(n);
    const struct {
        size_t len;
        int byte;
        uint8_t value;
    } cases[] = {{n, 0, 0x42}, {n, 3, 0}, {10, -1, 0}, {3, -1, 0}, {0, -1, 0}, {n, 4, 4},
                 {n, 7, 0x80}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        memcpy(bad, good, n);
        if (cases[i].byte >= 0) bad[cases[i].byte] = cases[i].value;
        write_bytes(pyc(), bad, cases[i].len);
        cr_assert_str_eq(import_m(), "42", "case %zu", i);
        size_t m;
        uint8_t *now = read_bytes(pyc(), &m);
        cr_assert(m == n && memcmp(now, good, n) == 0, "case %zu: not rewritten", i);
    }
}

Test(marshal, corrupt_body_is_an_error)
{
    make_dir();
    write_text(path_in("m.py"), "def f(x):\n    return x + 1\nresult = f(1)\n");
    cr_assert_str_eq(import_m(), "2");
    size_t n;
    uint8_t *good = read_bytes(pyc(), &n);
    uint8_t *bad = lp_alloc_atomic(n);
    memcpy(bad, good, n);
    bad[16] = 0x01;
    write_bytes(pyc(), bad, n);
    cr_assert_str_eq(import_m(), "!ValueError: bad marshal data (unknown type code)");
    write_bytes(pyc(), good, 40);
    cr_assert_str_eq(import_m(), "!EOFError: marshal data too short");
    write_bytes(pyc(), good, 16);
    cr_assert_str_eq(import_m(), "!EOFError: EOF read where object expected");
    memcpy(bad, good, n);
    bad[n / 2] ^= 0x04;
    write_bytes(pyc(), bad, n);
    const char *got = import_m();
    cr_assert(strncmp(got, "!ValueError: bad marshal data", 29) == 0 ||
                  strncmp(got, "!EOFError", 9) == 0,
              "%s", got);
    /* a valid header with a body that is not a code object */
    size_t bn;
    uint8_t *body = lp_marshal_dumps(lp_int_from_i64(7), &bn);
    memcpy(bad, good, 16);
    memcpy(bad + 16, body, bn);
    write_bytes(pyc(), bad, 16 + bn);
    got = import_m();
    cr_assert(strstr(got, "!ImportError: Non-code object in '") == got, "%s", got);
}

Test(marshal, dont_write_bytecode_and_unwritable_folders)
{
    make_dir();
    set_sys("dont_write_bytecode", LP_TRUE);
    write_text(path_in("m.py"), "result = 'x'\n");
    cr_assert_str_eq(import_m(), "'x'");
    struct stat st;
    cr_assert(stat(path_in("__pycache__"), &st) != 0, "__pycache__ made under dont_write_bytecode");
    set_sys("dont_write_bytecode", LP_FALSE);
    /* __pycache__ is a file: nothing can be written, and that is fine */
    write_text(path_in("__pycache__"), "");
    cr_assert_str_eq(import_m(), "'x'");
    unlink(path_in("__pycache__"));
    cr_assert_str_eq(import_m(), "'x'");
    cr_assert(stat(pyc(), &st) == 0);
    /* no temporary files are left behind */
    char cmd[256];
    snprintf(cmd, sizeof cmd, "test $(ls %s/__pycache__ | wc -l) -eq 1", dir);
    cr_assert(system(cmd) == 0);
}

Test(marshal, pycache_prefix)
{
    make_dir();
    write_text(path_in("m.py"), "result = 'p'\n");
    set_sys("pycache_prefix", lp_str_from_cstr(path_in("pfx")));
    cr_assert_str_eq(import_m(), "'p'");
    set_sys("pycache_prefix", LP_NONE);
    char *want = path_in("pfx");
    size_t len = strlen(want);
    want = lp_alloc_atomic(len + 300);
    snprintf(want, len + 300, "%s%s/m.lemonpy-311.pyc", path_in("pfx"), dir);
    struct stat st;
    cr_assert(stat(want, &st) == 0, "no %s", want);
    cr_assert(stat(pyc(), &st) != 0);
}

static void write_hash_pyc(const char *src, bool checked, const char *body_src)
{
    uint8_t hdr[16];
    memcpy(hdr, lp_pyc_magic, 4);
    hdr[4] = checked ? 3 : 1, hdr[5] = hdr[6] = hdr[7] = 0;
    lp_pyc_source_hash((const uint8_t *)src, strlen(src), hdr + 8);
    size_t bn;
    uint8_t *body = lp_marshal_dumps(compile_src(body_src), &bn);
    uint8_t *all = lp_alloc_atomic(16 + bn);
    memcpy(all, hdr, 16);
    memcpy(all + 16, body, bn);
    mkdir(path_in("__pycache__"), 0777);
    write_bytes(pyc(), all, 16 + bn);
}

Test(marshal, hash_based_pycs)
{
    make_dir();
    const char *src = "result = 'source'\n";
    write_text(path_in("m.py"), src);
    /* checked and matching: used */
    write_hash_pyc(src, true, "result = 'cached'\n");
    cr_assert_str_eq(import_m(), "'cached'");
    /* checked, source changed: recompiled, rewritten checked-hash */
    write_hash_pyc("result = 'old'\n", true, "result = 'cached'\n");
    cr_assert_str_eq(import_m(), "'source'");
    size_t n;
    uint8_t *data = read_bytes(pyc(), &n);
    uint8_t want[8];
    lp_pyc_source_hash((const uint8_t *)src, strlen(src), want);
    cr_assert(data[4] == 3 && memcmp(data + 8, want, 8) == 0, "not rewritten as checked hash");
    /* unchecked: trusted even though the source differs ... */
    write_hash_pyc("result = 'old'\n", false, "result = 'trusted'\n");
    cr_assert_str_eq(import_m(), "'trusted'");
    /* ... unless --check-hash-based-pycs always; rewritten unchecked */
    lp_check_hash_based_pycs = "always";
    cr_assert_str_eq(import_m(), "'source'");
    data = read_bytes(pyc(), &n);
    cr_assert(data[4] == 1 && memcmp(data + 8, want, 8) == 0);
    /* never: even a checked one is not checked */
    lp_check_hash_based_pycs = "never";
    write_hash_pyc("result = 'old'\n", true, "result = 'unchecked'\n");
    cr_assert_str_eq(import_m(), "'unchecked'");
    lp_check_hash_based_pycs = "default";
}

typedef struct {
    lp_value path, cfile;
    lp_pyc_mode_t mode;
} compile_job_t;

static void compile_fn(void *ud)
{
    compile_job_t *j = ud;
    lp_pyc_compile_file(j->path, j->cfile, j->mode);
}

Test(marshal, compile_file)
{
    make_dir();
    set_sys("dont_write_bytecode", LP_TRUE); /* py_compile writes anyway */
    write_text(path_in("m.py"), "result = 'compiled'\n");
    compile_job_t j = {lp_str_from_cstr(path_in("m.py")), lp_str_from_cstr(path_in("out/x/m.pyc")),
                       LP_PYC_CHECKED_HASH};
    lp_value exc = lp_pcall(compile_fn, &j);
    cr_assert(exc == LP_NULL, "%s", exc ? exc_text(exc) : "");
    size_t n;
    uint8_t *data = read_bytes(path_in("out/x/m.pyc"), &n);
    cr_assert(data && data[4] == 3);
    lp_value code = lp_marshal_loads(data + 16, n - 16);
    cr_assert_str_eq(run_code(code), "'compiled'");
    /* a symlink is refused */
    cr_assert(symlink(path_in("out/x/m.pyc"), path_in("link.pyc")) == 0);
    j.cfile = lp_str_from_cstr(path_in("link.pyc"));
    exc = lp_pcall(compile_fn, &j);
    cr_assert(exc && lp_type_of(exc) == &lp_exc_FileExistsError);
    cr_assert(strstr(exc_text(exc), "is a symlink and will be changed into a regular file if "
                                    "import writes a byte-compiled file to it"));
    /* a folder is refused */
    j.cfile = lp_str_from_cstr(path_in("out"));
    exc = lp_pcall(compile_fn, &j);
    cr_assert(exc && strstr(exc_text(exc), "is a non-regular file and will be changed into a "
                                           "regular one if import writes a byte-compiled file"));
    /* a syntax error is raised, nothing written */
    write_text(path_in("bad.py"), "x = (\n");
    j.path = lp_str_from_cstr(path_in("bad.py"));
    j.cfile = lp_str_from_cstr(path_in("bad.pyc"));
    exc = lp_pcall(compile_fn, &j);
    cr_assert(exc && lp_type_of(exc) == &lp_exc_SyntaxError);
    struct stat st;
    cr_assert(stat(path_in("bad.pyc"), &st) != 0);
    set_sys("dont_write_bytecode", LP_FALSE);
}

typedef struct {
    lp_value path, result;
} sourceless_job_t;

static void sourceless_fn(void *ud)
{
    sourceless_job_t *j = ud;
    j->result = lp_pyc_get_code_sourceless(j->path, lp_str_from_cstr("m"));
}

Test(marshal, sourceless)
{
    make_dir();
    write_text(path_in("m.py"), "result = 'no source needed'\n");
    compile_job_t cj = {lp_str_from_cstr(path_in("m.py")), lp_str_from_cstr(path_in("m.pyc")),
                        LP_PYC_TIMESTAMP};
    cr_assert(lp_pcall(compile_fn, &cj) == LP_NULL);
    unlink(path_in("m.py"));
    sourceless_job_t j = {lp_str_from_cstr(path_in("m.pyc")), LP_NULL};
    cr_assert(lp_pcall(sourceless_fn, &j) == LP_NULL);
    cr_assert_str_eq(run_code(j.result), "'no source needed'");
    /* only the header is checked, and a bad one is an error here */
    size_t n;
    uint8_t *data = read_bytes(path_in("m.pyc"), &n);
    data[0] ^= 1;
    write_bytes(path_in("m.pyc"), data, n);
    lp_value exc = lp_pcall(sourceless_fn, &j);
    cr_assert(exc && lp_type_of(exc) == &lp_exc_ImportError);
    cr_assert(strstr(exc_text(exc), "bad magic number in 'm': b'"), "%s", exc_text(exc));
    write_bytes(path_in("m.pyc"), lp_pyc_magic, 4);
    exc = lp_pcall(sourceless_fn, &j);
    cr_assert_str_eq(exc_text(exc), "EOFError: reached EOF while reading pyc header of 'm'");
}

/* ==== the fuzz test ==== */

static uint64_t rng_state;

static uint32_t rnd(void)
{
    rng_state = rng_state * 6364136223846793005u + 1442695040888963407u;
    return (uint32_t)(rng_state >> 33);
}

static const char type_codes[] = "N.STFilgyuIrb([{<>c";

/* Every code object inside [v] passes the check (again). */
static void recheck(lp_value v, int depth)
{
    if (depth > 50) return;
    if (lp_type_of(v) == &lp_type_code) {
        lp_marshal_check_code(lp_as_ptr(v));
        recheck(((lp_code_t *)lp_as_ptr(v))->consts, depth + 1);
    } else if (lp_type_of(v) == &lp_type_tuple) {
        for (int64_t i = 0; i < lp_tuple_len(v); i++) recheck(lp_tuple_get(v, i), depth + 1);
    }
}

typedef struct {
    lp_value v;
} recheck_job_t;

static void recheck_fn(void *ud)
{
    recheck(((recheck_job_t *)ud)->v, 0);
}

static bool runs_without_crash(lp_value code);
static int sandbox_runs, sandbox_crashes, sandbox_budget;

static void fuzz_one(const uint8_t *p, size_t n, unsigned flags, int *loaded)
{
    lp_value out;
    lp_value exc = try_load(p, n, flags, &out);
    if (exc) {
        const lp_type_t *t = lp_type_of(exc);
        cr_assert(t == &lp_exc_ValueError || t == &lp_exc_EOFError || t == &lp_exc_TypeError ||
                      t == &lp_exc_MemoryError,
                  "unexpected %s", exc_text(exc));
        return;
    }
    (*loaded)++;
    recheck_job_t j = {out};
    lp_value e = lp_pcall(recheck_fn, &j);
    cr_assert(e == LP_NULL, "a loaded code object fails the check: %s", e ? exc_text(e) : "");
    if (lp_type_of(out) == &lp_type_code && sandbox_runs < sandbox_budget) {
        sandbox_runs++;
        if (!runs_without_crash(out)) {
            sandbox_crashes++;
            fprintf(stderr, "crash: %zu bytes:", n);
            for (size_t i = 0; i < n; i++) fprintf(stderr, " %02x", p[i]);
            fprintf(stderr, "\n");
        }
    }
}

Test(marshal, fuzz_random_bytes)
{
    rng_state = 12345;
    uint8_t buf[96];
    int loaded = 0;
    for (int i = 0; i < 6000; i++) {
        size_t n = rnd() % sizeof buf;
        for (size_t k = 0; k < n; k++) buf[k] = (uint8_t)rnd();
        /* mostly start with (and sprinkle) real type codes to get further in */
        for (size_t k = 0; k < n; k += 1 + rnd() % 6)
            if (rnd() % 2) buf[k] = (uint8_t)type_codes[rnd() % (sizeof type_codes - 1)];
        /* small counts, so that containers hold something */
        if (n > 5 && rnd() % 2) buf[2] = buf[3] = buf[4] = 0;
        fuzz_one(buf, n, 0, &loaded);
        fuzz_one(buf, n, LP_MARSHAL_NO_CHECKSUM, &loaded);
    }
    cr_assert(loaded > 100, "only %d inputs loaded: the fuzzer does not get far", loaded);
}

/* One mutation of [src] into [dst] (room for n + 64 bytes); its length. */
static size_t mutate(const uint8_t *src, size_t n, uint8_t *dst)
{
    memcpy(dst, src, n);
    size_t at = n ? rnd() % n : 0;
    switch (rnd() % 7) {
    case 0: /* bit flips */
        for (int k = 1 + (int)(rnd() % 3); k > 0; k--) dst[rnd() % n] ^= (uint8_t)(1u << (rnd() % 8));
        return n;
    case 1: /* truncation */
        return at;
    case 2: { /* insertion */
        size_t len = 1 + rnd() % 16;
        memmove(dst + at + len, dst + at, n - at);
        for (size_t k = 0; k < len; k++) dst[at + k] = (uint8_t)rnd();
        return n + len;
    }
    case 3: { /* a length or count field made large, small or off by one */
        if (at + 4 > n) return n;
        uint32_t v = dst[at] | dst[at + 1] << 8 | dst[at + 2] << 16 | (uint32_t)dst[at + 3] << 24;
        uint32_t choices[] = {v + 1, v - 1, 0, 0xFFFFFFFFu, 0x7FFFFFFFu, 1u << 20, rnd()};
        v = choices[rnd() % 7];
        for (int k = 0; k < 4; k++) dst[at + k] = (uint8_t)(v >> (8 * k));
        return n;
    }
    case 4: /* a random byte */
        dst[at] = (uint8_t)rnd();
        return n;
    case 5: { /* deletion */
        size_t len = 1 + rnd() % 8;
        if (at + len > n) len = n - at;
        memmove(dst + at, dst + at + len, n - at - len);
        return n - len;
    }
    default: /* a 16-bit code unit replaced: a new opcode or operand */
        if (at + 2 > n) return n;
        dst[at] = (uint8_t)rnd();
        dst[at + 1] = (uint8_t)(rnd() % 4);
        return n;
    }
}

Test(marshal, fuzz_mutated_code_objects, .timeout = 120)
{
    rng_state = 777;
    int loaded = 0, loaded_unchecked = 0;
    sandbox_budget = getenv("LP_FUZZ_RUNS") ? atoi(getenv("LP_FUZZ_RUNS")) : 400;
    for (size_t p = 0; p < NPROGRAMS; p++) {
        size_t n;
        uint8_t *good = lp_marshal_dumps(compile_src(programs[p]), &n);
        uint8_t *buf = lp_alloc_atomic(n + 64);
        int rounds = getenv("LP_FUZZ_ROUNDS") ? atoi(getenv("LP_FUZZ_ROUNDS")) : 800;
        for (int i = 0; i < rounds; i++) {
            size_t m = mutate(good, n, buf);
            fuzz_one(buf, m, 0, &loaded);
            fuzz_one(buf, m, LP_MARSHAL_NO_CHECKSUM, &loaded_unchecked);
        }
    }
    /* with the checksum, nearly every mutation is refused; without, the
     * check must have let some mutated code through (and refused many) */
    cr_assert(loaded_unchecked > loaded, "%d vs %d", loaded_unchecked, loaded);
    fprintf(stderr, "fuzz: %d loaded, %d without checksum, %d run\n", loaded, loaded_unchecked, sandbox_runs);
    cr_assert(sandbox_crashes == 0, "%d of %d loaded code objects crashed when run",
              sandbox_crashes, sandbox_runs);
}

/* ==== the code check on its own ==== */

typedef struct {
    lp_code_t co;
} check_job_t;

static void check_fn(void *ud)
{
    lp_marshal_check_code(&((check_job_t *)ud)->co);
}

static const char *check_msg(const lp_code_t *co)
{
    check_job_t j = {*co};
    lp_value exc = lp_pcall(check_fn, &j);
    return exc ? exc_text(exc) : "ok";
}

Test(marshal, check_refuses_broken_code)
{
    lp_value code = compile_src("def f(a):\n    try:\n        return a[0]\n    except IndexError:\n"
                                "        return None\nresult = f([5])\n");
    lp_code_t *top = lp_as_ptr(code);
    lp_code_t *f = NULL;
    for (int64_t i = 0; i < lp_tuple_len(top->consts); i++)
        if (lp_type_of(lp_tuple_get(top->consts, i)) == &lp_type_code)
            f = lp_as_ptr(lp_tuple_get(top->consts, i));
    cr_assert(f && f->nexc > 0);
    cr_assert_str_eq(check_msg(f), "ok");
    uint16_t *units = lp_alloc_atomic(f->ncode * sizeof *units);
    lp_code_t co;
#define WITH_UNIT(i, u, want)                                                                      \
    do {                                                                                           \
        memcpy(units, f->code, f->ncode * sizeof *units);                                          \
        units[i] = (u);                                                                            \
        co = *f;                                                                                   \
        co.code = units;                                                                           \
        cr_assert(strstr(check_msg(&co), want), "%s", check_msg(&co));                             \
    } while (0)
    WITH_UNIT(0, 0xFF, "unknown opcode");
    WITH_UNIT(0, OP_LOAD_CONST | 200 << 8, "constant index out of range");
    WITH_UNIT(0, OP_LOAD_FAST | 9 << 8, "local index out of range");
    WITH_UNIT(0, OP_JUMP | 1 << 8, "");
    WITH_UNIT(0, OP_POP_TOP, "stack underflow");
    WITH_UNIT(f->ncode - 1, OP_NOP, "");
    WITH_UNIT(0, OP_LOAD_DEREF, "cell index out of range");
    /* stack size too small */
    co = *f;
    co.stacksize = 0;
    cr_assert(strstr(check_msg(&co), "invalid code object"));
    /* handler out of range */
    lp_exc_entry_t *ex = lp_alloc_atomic(f->nexc * sizeof *ex);
    memcpy(ex, f->exctable, f->nexc * sizeof *ex);
    ex[0].target = f->ncode + 5;
    co = *f;
    co.exctable = ex;
    cr_assert(strstr(check_msg(&co), "exception handler is not an instruction"));
    ex[0].target = f->exctable[0].target;
    ex[0].end = f->ncode + 1;
    cr_assert(strstr(check_msg(&co), "bad exception table range"));
    ex[0].end = f->exctable[0].end;
    ex[0].depth = 60000;
    cr_assert(strstr(check_msg(&co), "depth"));
    /* argument counts beyond the locals */
    co = *f;
    co.argcount = 5;
    cr_assert(strstr(check_msg(&co), "more arguments than locals"));
}

/* ==== -v ==== */

/* What -v printed while [fn] ran (stderr captured into a file). */
static char *capture_stderr(void (*fn)(void))
{
    char *log = path_in("stderr.log");
    fflush(stderr);
    lp_io_flush_all();
    int saved = dup(2);
    FILE *f = fopen(log, "w");
    cr_assert(f != NULL);
    dup2(fileno(f), 2);
    fn();
    lp_io_flush_all();
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    fclose(f);
    size_t n;
    char *text = (char *)read_bytes(log, &n);
    text[n] = 0;
    return text;
}

static void import_quietly(void)
{
    lp_import_verbose = 1;
    import_m();
    lp_import_verbose = 0;
}

static void want_lines(const char *got, const char *want)
{
    cr_assert_str_eq(got, want);
}

Test(marshal, verbose_messages)
{
    make_dir();
    write_text(path_in("m.py"), "result = 1\n");
    set_mtime(path_in("m.py"), 1000000000);
    char *src = path_in("m.py"), *c = (char *)pyc();
    char want[2048];
    snprintf(want, sizeof want, "# code object from %s\n# created '%s'\n", src, c);
    want_lines(capture_stderr(import_quietly), want);
    snprintf(want, sizeof want, "# %s matches %s\n# code object from '%s'\n", c, src, c);
    want_lines(capture_stderr(import_quietly), want);
    set_mtime(path_in("m.py"), 1000000001);
    snprintf(want, sizeof want, "# bytecode is stale for 'm'\n# code object from %s\n# created '%s'\n",
             src, c);
    want_lines(capture_stderr(import_quietly), want);
    write_bytes(c, "\x01\x02\x0d\x0a", 4);
    snprintf(want, sizeof want,
             "# bad magic number in 'm': b'\\x01\\x02\\r\\n'\n# code object from %s\n# created '%s'\n",
             src, c);
    want_lines(capture_stderr(import_quietly), want);
    write_bytes(c, lp_pyc_magic, 4);
    snprintf(want, sizeof want,
             "# reached EOF while reading pyc header of 'm'\n# code object from %s\n# created '%s'\n",
             src, c);
    want_lines(capture_stderr(import_quietly), want);
    if (geteuid() != 0) {
        /* root writes anywhere: the permission case needs a normal user */
        chmod(path_in("__pycache__"), 0555);
        set_mtime(path_in("m.py"), 1000000002);
        snprintf(want, sizeof want,
                 "# bytecode is stale for 'm'\n# code object from %s\n"
                 "# could not create '%s': PermissionError(13, 'Permission denied')\n",
                 src, c);
        want_lines(capture_stderr(import_quietly), want);
        chmod(path_in("__pycache__"), 0755);
    }
    /* __pycache__ cannot be made: a file is in the way */
    unlink(c);
    rmdir(path_in("__pycache__"));
    write_text(path_in("__pycache__"), "");
    snprintf(want, sizeof want, "# code object from %s\n# could not create '%s': "
             "NotADirectoryError(20, 'Not a directory')\n", src, c);
    want_lines(capture_stderr(import_quietly), want);
}
/* Runs [code] in a child process (a sandbox with a time limit); true
 * unless the child died of a signal other than the alarm. */
static bool runs_without_crash(lp_value code)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        struct itimerval t = {{0, 0}, {0, 300000}};
        setitimer(ITIMER_REAL, &t, NULL);
        run_code(code);
        _exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    return !WIFSIGNALED(st) || WTERMSIG(st) == SIGALRM;
}

/* Code that passes the check runs without crashing: mutate the units of a
 * real program (new operands of the same kind, nearby jump targets, other
 * stack effects), keep what passes, run it in a sandbox. */
Test(marshal, fuzz_checked_code_runs, .timeout = 60)
{
    rng_state = 4242;
    int passed = 0, crashed = 0, tried = 0;
    for (size_t p = 0; p < NPROGRAMS && passed < 120; p++) {
        lp_value code = compile_src(programs[p]);
        lp_code_t *top = lp_as_ptr(code);
        for (int i = 0; i < 1500 && passed < 120; i++) {
            tried++;
            uint16_t *units = lp_alloc_atomic(top->ncode * sizeof *units);
            memcpy(units, top->code, top->ncode * sizeof *units);
            uint32_t at = rnd() % top->ncode;
            if (rnd() % 2) units[at] = (uint16_t)((units[at] & 0xFF) | (rnd() % 8) << 8);
            else units[at] = (uint16_t)((rnd() % 128) | (units[at] & 0xFF00));
            lp_code_t co = *top;
            co.code = units;
            if (strcmp(check_msg(&co), "ok") != 0) continue;
            passed++;
            if (!runs_without_crash(lp_code_new(&co))) {
                crashed++;
                fprintf(stderr, "crash: program %zu unit %u: %s %u -> %s %u\n", p, at,
                        lp_opinfo[top->code[at] & 0xFF].name, top->code[at] >> 8,
                        lp_opinfo[units[at] & 0xFF].name, units[at] >> 8);
            }
        }
    }
    cr_assert(passed > 0, "no mutation passed the check (%d tried)", tried);
    cr_assert(crashed == 0, "%d of %d checked mutations crashed when run", crashed, passed);
}
