/* test_attrcache.c -- the attribute-cache machinery: version tags of types
 * and the type lookup cache (runtime/ops.c), the namespace dicts that drop
 * tags when they change (runtime/obj_dict.c), and the per-site caches of
 * LOAD_ATTR / LOAD_METHOD / STORE_ATTR (runtime/vm_attr.c) seen through
 * small programs.  Also checks that the common method-call paths allocate
 * nothing per call (bytes counted by the collector, not timings).
 * tests/scripts/classes/attr_cache_invalidation.py checks what Python code
 * sees against python3.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <gc/gc.h> /* GC_get_total_bytes */
#include <stdarg.h>
#include <string.h>

#include "compile.h"
#include "error.h"
#include "gc.h"
#include "mod_builtins.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
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

TestSuite(attrcache, .init = setup);

/* ==== helpers ==== */

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

static lp_type_t *T(lp_value cls)
{
    return lp_as_ptr(cls);
}

static lp_value name(const char *s)
{
    return lp_str_intern_cstr(s);
}

typedef struct {
    const char *src;
    lp_value globals;
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
    lp_vm_run_module(code, j->globals);
}

/* The globals after running [src] (which must not raise). */
static lp_value run(const char *src)
{
    job_t j = {.src = src, .globals = lp_dict_new()};
    lp_value exc = lp_pcall(run_src, &j);
    cr_assert(exc == LP_NULL, "unexpected exception: %s", lp_str_utf8(lp_repr(exc), NULL));
    return j.globals;
}

static lp_value get(lp_value globals, const char *n)
{
    lp_value v = lp_dict_get_cstr(globals, n);
    cr_assert(v != LP_NULL, "no global %s", n);
    return v;
}

/* ==== version tags and the type lookup cache ==== */

Test(attrcache, hits_return_the_object_in_the_dict)
{
    lp_value a = make_class("A", 0), b = make_class("B", 1, a);
    lp_value f = lp_str_from_cstr("value of f");
    lp_setattr(a, name("f"), f);
    cr_expect_eq(lp_type_lookup(T(b), name("f")), f);
    uint64_t tag = T(b)->version_tag;
    cr_expect(tag >= lp_type_valid_from, "a looked-up class has a valid tag");
    cr_expect(T(a)->version_tag >= lp_type_valid_from, "so has its base");
    cr_expect_eq(lp_type_lookup(T(b), name("f")), f); /* the cached answer */
    cr_expect_eq(T(b)->version_tag, tag, "a lookup does not change the tag");
    cr_expect_eq(lp_type_lookup(T(b), name("nothing")), LP_NULL);
    cr_expect_eq(lp_type_lookup(T(b), name("nothing")), LP_NULL); /* a cached miss */
    /* a name equal to an interned one but not itself interned */
    cr_expect_eq(lp_type_lookup(T(b), lp_str_from_cstr("f")), f);
}

Test(attrcache, setting_and_deleting_drop_the_tag)
{
    lp_value a = make_class("A", 0);
    lp_type_lookup(T(a), name("x"));
    uint64_t tag = T(a)->version_tag;
    lp_setattr(a, name("x"), lp_from_int(1));
    cr_expect(T(a)->version_tag < lp_type_valid_from, "setting drops the tag");
    cr_expect_eq(lp_type_lookup(T(a), name("x")), lp_from_int(1));
    cr_expect(T(a)->version_tag > tag, "a new tag, never an old one");
    lp_setattr(a, name("x"), lp_from_int(2)); /* a new value, same key */
    cr_expect_eq(lp_type_lookup(T(a), name("x")), lp_from_int(2));
    lp_delattr(a, name("x"));
    cr_expect_eq(lp_type_lookup(T(a), name("x")), LP_NULL);
}

Test(attrcache, a_base_change_drops_subclass_tags_only)
{
    lp_value a = make_class("A", 0), b = make_class("B", 1, a), c = make_class("C", 1, b);
    lp_value other = make_class("Other", 0);
    lp_type_lookup(T(c), name("m"));
    lp_type_lookup(T(other), name("m"));
    uint64_t other_tag = T(other)->version_tag;
    lp_setattr(a, name("m"), lp_from_int(7));
    cr_expect(T(a)->version_tag < lp_type_valid_from);
    cr_expect(T(b)->version_tag < lp_type_valid_from);
    cr_expect(T(c)->version_tag < lp_type_valid_from, "the grandchild too");
    cr_expect_eq(T(other)->version_tag, other_tag, "an unrelated class keeps its tag");
    cr_expect_eq(lp_type_lookup(T(c), name("m")), lp_from_int(7));
    lp_setattr(b, name("m"), lp_from_int(8)); /* shadows A's */
    cr_expect_eq(lp_type_lookup(T(c), name("m")), lp_from_int(8));
    cr_expect_eq(lp_type_lookup(T(a), name("m")), lp_from_int(7));
    lp_delattr(b, name("m"));
    cr_expect_eq(lp_type_lookup(T(c), name("m")), lp_from_int(7));
}

Test(attrcache, multiple_inheritance_second_base_change)
{
    lp_value a = make_class("A", 0), b = make_class("B", 0), d = make_class("D", 2, a, b);
    cr_expect_eq(lp_type_lookup(T(d), name("k")), LP_NULL);
    lp_setattr(b, name("k"), lp_from_int(2));
    cr_expect_eq(lp_type_lookup(T(d), name("k")), lp_from_int(2));
    lp_setattr(a, name("k"), lp_from_int(1)); /* earlier in D's MRO */
    cr_expect_eq(lp_type_lookup(T(d), name("k")), lp_from_int(1));
}

Test(attrcache, direct_dict_changes_from_c_drop_the_tag)
{
    /* C code writing a type's namespace dict bypasses setattr: the dict
     * itself drops the tags */
    lp_value a = make_class("A", 0), b = make_class("B", 1, a);
    cr_expect_eq(lp_type_lookup(T(b), name("d")), LP_NULL);
    lp_dict_set(T(a)->dict, name("d"), lp_from_int(1));
    cr_expect_eq(lp_type_lookup(T(b), name("d")), lp_from_int(1));
    lp_dict_del(T(a)->dict, name("d"));
    cr_expect_eq(lp_type_lookup(T(b), name("d")), LP_NULL);
    lp_dict_set(T(a)->dict, name("d"), lp_from_int(2));
    cr_expect_eq(lp_type_lookup(T(b), name("d")), lp_from_int(2));
    lp_dict_clear(T(a)->dict);
    cr_expect_eq(lp_type_lookup(T(b), name("d")), LP_NULL);
    lp_value upd = lp_dict_new();
    lp_dict_set(upd, name("d"), lp_from_int(3));
    lp_dict_update(T(a)->dict, upd);
    cr_expect_eq(lp_type_lookup(T(b), name("d")), lp_from_int(3));
}

Test(attrcache, bases_assignment_drops_the_tags_below)
{
    lp_value one = make_class("One", 0), two = make_class("Two", 0);
    lp_value mid = make_class("Mid", 1, one), leaf = make_class("Leaf", 1, mid);
    lp_setattr(one, name("w"), lp_from_int(1));
    lp_setattr(two, name("w"), lp_from_int(2));
    cr_expect_eq(lp_type_lookup(T(leaf), name("w")), lp_from_int(1));
    uint64_t tag = T(leaf)->version_tag;
    lp_type_set_bases(T(mid), lp_tuple_pack(1, two));
    cr_expect(T(leaf)->version_tag != tag, "the old tag is dropped (a new one may be given)");
    cr_expect_eq(lp_type_lookup(T(leaf), name("w")), lp_from_int(2));
    lp_setattr(two, name("w"), lp_from_int(3)); /* the new base's subtree */
    cr_expect_eq(lp_type_lookup(T(leaf), name("w")), lp_from_int(3));
    lp_setattr(one, name("w"), lp_from_int(4)); /* no longer an ancestor */
    cr_expect_eq(lp_type_lookup(T(leaf), name("w")), lp_from_int(3));
}

Test(attrcache, cache_clear_drops_every_tag)
{
    lp_value a = make_class("A", 0);
    lp_type_lookup(T(a), name("q"));
    lp_type_lookup(&lp_type_int, name("q"));
    cr_expect(T(a)->version_tag >= lp_type_valid_from);
    lp_type_cache_clear();
    cr_expect(T(a)->version_tag < lp_type_valid_from);
    cr_expect(lp_type_int.version_tag < lp_type_valid_from);
    cr_expect_eq(lp_type_lookup(T(a), name("q")), LP_NULL);
    cr_expect(lp_type_lookup(&lp_type_int, name("bit_length")) != LP_NULL);
}

Test(attrcache, metaclass_changes_reach_class_attribute_lookups)
{
    lp_value meta = lp_type_new_class(&lp_type_type, lp_str_from_cstr("Meta"),
                                      lp_tuple_pack(1, lp_from_ptr(&lp_type_type)), lp_dict_new());
    lp_value cls = lp_type_new_class(T(meta), lp_str_from_cstr("C"), lp_tuple_new(0),
                                     lp_dict_new());
    cr_expect_eq(lp_getattr_opt(cls, name("flavour")), LP_NULL);
    lp_setattr(meta, name("flavour"), lp_from_int(1));
    cr_expect_eq(lp_getattr(cls, name("flavour")), lp_from_int(1));
    lp_setattr(cls, name("flavour"), lp_from_int(2)); /* the class's own wins */
    cr_expect_eq(lp_getattr(cls, name("flavour")), lp_from_int(2));
    lp_delattr(cls, name("flavour"));
    lp_setattr(meta, name("flavour"), lp_from_int(3));
    cr_expect_eq(lp_getattr(cls, name("flavour")), lp_from_int(3));
}

/* ==== the site caches, through programs ==== */

Test(attrcache, sites_see_class_mutation_in_loops)
{
    lp_value g = run("class A:\n"
                     "    def f(self): return 1\n"
                     "class B(A): pass\n"
                     "b = B()\n"
                     "out = []\n"
                     "for i in range(8):\n"
                     "    out.append(b.f())\n"
                     "    if i == 1: A.f = lambda self: 2\n"
                     "    if i == 3: B.f = lambda self: 3\n"
                     "    if i == 5: del B.f\n"
                     "r = tuple(out)\n");
    lp_value want = lp_tuple_pack(8, lp_from_int(1), lp_from_int(1), lp_from_int(2),
                                  lp_from_int(2), lp_from_int(3), lp_from_int(3), lp_from_int(2),
                                  lp_from_int(2));
    cr_expect(lp_eq(get(g, "r"), want), "got %s", lp_str_utf8(lp_repr(get(g, "r")), NULL));
}

Test(attrcache, sites_see_class_assignment_and_descriptors)
{
    lp_value g = run("class A:\n"
                     "    x = 'a'\n"
                     "class B:\n"
                     "    x = property(lambda self: 'b')\n"
                     "o = A()\n"
                     "o.__dict__['x'] = 'inst'\n"
                     "out = ''\n"
                     "for i in range(6):\n"
                     "    out += o.x + ','\n"
                     "    o.__class__ = B if i % 2 == 0 else A\n");
    cr_expect(lp_eq(get(g, "out"), lp_str_from_cstr("inst,b,inst,b,inst,b,")), "got %s",
              lp_str_utf8(get(g, "out"), NULL));
}

Test(attrcache, polymorphic_sites_beyond_the_cache_size)
{
    lp_value g = run("cs = [type('C%d' % i, (), {'v': i}) for i in range(9)]\n"
                     "objs = [c() for c in cs] * 3\n"
                     "t = 0\n"
                     "for o in objs: t += o.v\n"
                     "cs[4].v = 100\n"
                     "for o in objs: t += o.v\n");
    cr_expect_eq(get(g, "t"), lp_from_int(3 * 36 + 3 * (36 - 4 + 100)));
}

Test(attrcache, stores_follow_a_new_data_descriptor)
{
    lp_value g = run("log = []\n"
                     "class S: pass\n"
                     "s = S()\n"
                     "for i in range(4):\n"
                     "    s.v = i\n"
                     "    if i == 1: S.v = property(lambda self: -1, lambda self, v: log.append(v))\n"
                     "r = (s.__dict__['v'], tuple(log), s.v)\n");
    lp_value want = lp_tuple_pack(3, lp_from_int(1), lp_tuple_pack(2, lp_from_int(2), lp_from_int(3)),
                                  lp_from_int(-1));
    cr_expect(lp_eq(get(g, "r"), want), "got %s", lp_str_utf8(lp_repr(get(g, "r")), NULL));
}

/* ==== no allocation per method call ==== */

/* Bytes the collector handed out while [fn](n) ran. */
static size_t bytes_for(lp_value fn, int64_t n)
{
    lp_value arg = lp_from_int(n);
    lp_call(fn, &arg, 1, LP_NULL); /* warm the caches first */
    size_t before = GC_get_total_bytes();
    lp_call(fn, &arg, 1, LP_NULL);
    return GC_get_total_bytes() - before;
}

/* [fn](20000) allocates no more than [fn](200): nothing per iteration. */
static void expect_no_allocation_per_call(lp_value g, const char *fn)
{
    lp_value f = get(g, fn);
    size_t small = bytes_for(f, 200), big = bytes_for(f, 20000);
    /* one allocation of 16 bytes per call would be 320 KB; the collector
     * hands out small objects a page at a time */
    cr_expect(big < small + 16384, "%s: %zu bytes for 200 calls, %zu for 20000", fn, small, big);
}

Test(attrcache, method_calls_allocate_nothing_per_call)
{
    lp_value g = run("class Base:\n"
                     "    def m(self, k): return k\n"
                     "    @classmethod\n"
                     "    def cm(cls, k): return k\n"
                     "    @staticmethod\n"
                     "    def sm(k): return k\n"
                     "class Mid(Base): pass\n"
                     "class Leaf(Mid):\n"
                     "    __slots__ = ()\n"
                     "class Other:\n"
                     "    def m(self, k): return -k\n"
                     "def plain(n):\n"
                     "    o = Base()\n"
                     "    for i in range(n): o.m(1)\n"
                     "def inherited(n):\n"
                     "    o = Leaf()\n"
                     "    for i in range(n): o.m(1)\n"
                     "def poly(n):\n"
                     "    objs = (Base(), Leaf(), Other())\n"
                     "    for i in range(n): objs[i % 3].m(1)\n"
                     "def classmeth(n):\n"
                     "    o = Leaf()\n"
                     "    for i in range(n): Base.cm(1); o.cm(2)\n"
                     "def staticmeth(n):\n"
                     "    o = Leaf()\n"
                     "    for i in range(n): Base.sm(1); o.sm(2)\n"
                     "class Sub(Leaf):\n"
                     "    def m(self, k): return super().m(k)\n"
                     "def supercall(n):\n"
                     "    o = Sub()\n"
                     "    for i in range(n): o.m(1)\n"
                     "def builtin_meth(n):\n"
                     "    l = [1, 2]\n"
                     "    for i in range(n): l.count(1)\n");
    expect_no_allocation_per_call(g, "plain");
    expect_no_allocation_per_call(g, "inherited");
    expect_no_allocation_per_call(g, "poly");
    expect_no_allocation_per_call(g, "staticmeth");
    expect_no_allocation_per_call(g, "builtin_meth");
    expect_no_allocation_per_call(g, "classmeth");
    /* super().m(k): the super object is made per call (as in CPython
     * 3.11) but no bound method: 32 bytes a call, not 64 */
    lp_value f = get(g, "supercall");
    size_t small = bytes_for(f, 200), big = bytes_for(f, 20000);
    cr_expect(big < small + 16384 + 19800 * 32, "supercall: %zu bytes for 200, %zu for 20000",
              small, big);
}
