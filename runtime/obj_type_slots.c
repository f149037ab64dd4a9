/* obj_type_slots.c -- slots and dunder methods, in both directions.
 *
 * A class statement makes a type whose slots call the dunder methods the
 * class defines (`__repr__` -> repr slot); a built-in type shows its C
 * slots as dunder methods (`int.__add__`, `object.__init__`) through
 * "wrapper" descriptors.  One table, slot_table, pairs each dunder with its
 * slot, and both directions read it.  Also here: type(name, bases, ns).
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "arena.h"
#include "error.h"
#include "frame.h"
#include "vm.h"
#include "gc.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_gen.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "symtable.h"
#include "types.h"
#include "unicode.h"

/* ==== the table ==== */

typedef enum {
    K_UNARY,    /* repr str iter next neg pos abs invert index int float */
    K_HASH,
    K_LEN,
    K_BOOL,
    K_CALL,
    K_INIT,
    K_NEW,
    K_CMP,      /* arg: lp_cmpop_t */
    K_BINOP,    /* arg: lp_binop_t */
    K_RBINOP,
    K_IBINOP,
    K_GETITEM,
    K_SETITEM,
    K_DELITEM,
    K_CONTAINS,
    K_GETATTR,  /* __getattribute__ */
    K_SETATTR,
    K_DELATTR,
    K_GET,
    K_SET,
    K_DELETE,
} slot_kind_t;

typedef struct {
    const char *name;
    slot_kind_t kind;
    int arg;
    size_t offset; /* of the slot in lp_type_t (K_UNARY) */
} slot_entry_t;

#define UN(n, f) {n, K_UNARY, 0, offsetof(lp_type_t, f)}
static const slot_entry_t slot_table[] = {
    UN("__repr__", repr), UN("__str__", str), UN("__iter__", iter), UN("__next__", next),
    UN("__neg__", neg), UN("__pos__", pos), UN("__abs__", abs), UN("__invert__", invert),
    UN("__index__", index), UN("__int__", to_int), UN("__float__", to_float),
    {"__hash__", K_HASH, 0, 0}, {"__len__", K_LEN, 0, 0}, {"__bool__", K_BOOL, 0, 0},
    {"__call__", K_CALL, 0, 0}, {"__init__", K_INIT, 0, 0}, {"__new__", K_NEW, 0, 0},
    {"__lt__", K_CMP, LP_LT, 0}, {"__le__", K_CMP, LP_LE, 0}, {"__eq__", K_CMP, LP_EQ, 0},
    {"__ne__", K_CMP, LP_NE, 0}, {"__gt__", K_CMP, LP_GT, 0}, {"__ge__", K_CMP, LP_GE, 0},
#define X(name, num, sym, d, rd, id)                                                               \
    {d, K_BINOP, num, 0}, {rd, K_RBINOP, num, 0}, {id, K_IBINOP, num, 0},
    LP_BINOPS(X)
#undef X
    {"__getitem__", K_GETITEM, 0, 0}, {"__setitem__", K_SETITEM, 0, 0},
    {"__delitem__", K_DELITEM, 0, 0}, {"__contains__", K_CONTAINS, 0, 0},
    {"__getattribute__", K_GETATTR, 0, 0}, {"__setattr__", K_SETATTR, 0, 0},
    {"__delattr__", K_DELATTR, 0, 0}, {"__get__", K_GET, 0, 0}, {"__set__", K_SET, 0, 0},
    {"__delete__", K_DELETE, 0, 0},
};
#undef UN
#define NSLOTS (sizeof slot_table / sizeof slot_table[0])

static lp_unary_fn *unary_slot(lp_type_t *t, const slot_entry_t *e)
{
    return (lp_unary_fn *)((char *)t + e->offset);
}

/* ==== calling a dunder from a slot ==== */

/* type(self).name(self, args...), or LP_NULL when the type has no [name]. */
/* The interned str of the literal [s], made once per use site. */
#define DUNDER(s)                                                                                  \
    ({                                                                                             \
        static lp_value name_;                                                                     \
        if (!name_) name_ = lp_str_intern_cstr(s);                                                 \
        name_;                                                                                     \
    })

static lp_value call_dunder_v(lp_value self, lp_value name, lp_value *args, size_t nargs)
{
    const lp_type_t *t = lp_type_of(self);
    lp_value f = lp_type_lookup(t, name);
    if (!f) return LP_NULL;
    const lp_type_t *ft = lp_type_of(f);
    if (ft == &lp_type_function || ft == &lp_type_method_descriptor ||
        ft == &lp_type_wrapper_descriptor) {
        lp_value a[4];
        a[0] = self;
        if (nargs) memcpy(a + 1, args, nargs * sizeof *a);
        return lp_call(f, a, nargs + 1, LP_NULL);
    }
    if (ft->descr_get) f = ft->descr_get(f, self, lp_from_ptr(t));
    return lp_call(f, args, nargs, LP_NULL);
}

static lp_value must_v(lp_value self, lp_value name, lp_value *args, size_t nargs)
{
    lp_value r = call_dunder_v(self, name, args, nargs);
    /* CPython's vectorcall_method: AttributeError(name), nothing more */
    if (!r) lp_raise_value(lp_call1(lp_from_ptr(&lp_exc_AttributeError), name));
    return r;
}

#define call_dunder(self, name, args, nargs) call_dunder_v(self, DUNDER(name), args, nargs)
#define must(self, name, args, nargs) must_v(self, DUNDER(name), args, nargs)

/* The interned names of slot_table's binary dunders, by operator. */
static lp_value bin_name(const char *const *names, lp_value *cache, int op)
{
    if (!cache[op]) cache[op] = lp_str_intern_cstr(names[op]);
    return cache[op];
}

/* A __repr__ that recurses into repr() fails as CPython's usually does at
 * the top level: "... while getting the repr of an object" (this check is
 * one level stricter than the frames', so it is the one that trips). */
static lp_value slot_repr(lp_value s)
{
    if (lp_vm_recursion_depth() + 1 >= lp_vm_get_recursion_limit())
        lp_raise(&lp_exc_RecursionError,
                 "maximum recursion depth exceeded while getting the repr of an object");
    lp_recursion_enter(" while getting the repr of an object");
    lp_value r = must(s, "__repr__", NULL, 0);
    lp_recursion_leave();
    return r;
}
static lp_value slot_str(lp_value s) { return must(s, "__str__", NULL, 0); }
static lp_value slot_iter(lp_value s)
{
    if (lp_type_lookup(lp_type_of(s), DUNDER("__iter__")) == LP_NONE) /* __iter__ = None */
        lp_raise(&lp_exc_TypeError, "'%T' object is not iterable", s);
    return must(s, "__iter__", NULL, 0);
}
static lp_value slot_neg(lp_value s) { return must(s, "__neg__", NULL, 0); }
static lp_value slot_pos(lp_value s) { return must(s, "__pos__", NULL, 0); }
static lp_value slot_abs(lp_value s) { return must(s, "__abs__", NULL, 0); }
static lp_value slot_invert(lp_value s) { return must(s, "__invert__", NULL, 0); }
static lp_value slot_index(lp_value s) { return must(s, "__index__", NULL, 0); }
static lp_value slot_int(lp_value s) { return must(s, "__int__", NULL, 0); }
static lp_value slot_float(lp_value s) { return must(s, "__float__", NULL, 0); }

typedef struct {
    lp_value self, result;
} next_call_t;

static void next_protected(void *ud)
{
    next_call_t *c = ud;
    c->result = must(c->self, "__next__", NULL, 0);
}

static lp_value slot_next(lp_value s)
{
    next_call_t c = {s, LP_NULL};
    lp_value exc = lp_pcall(next_protected, &c);
    if (exc) {
        if (lp_is_instance(exc, &lp_exc_StopIteration)) return LP_NULL;
        lp_raise_value(exc);
    }
    return c.result;
}

static int64_t slot_hash(lp_value s)
{
    lp_value r = must(s, "__hash__", NULL, 0);
    if (!lp_is_instance(r, &lp_type_int))
        lp_raise(&lp_exc_TypeError, "__hash__ method should return an integer");
    /* as CPython's slot_tp_hash: a result that fits a word is the hash
     * (but -1 becomes -2); only bigger ones are hashed as ints */
    int64_t h;
    r = lp_index(r); /* True, or an int subclass: the plain int */
    if (lp_int_as_i64(r, &h)) return h == -1 ? -2 : h;
    return lp_hash(r);
}

static int64_t slot_len(lp_value s)
{
    lp_value r = lp_index(must(s, "__len__", NULL, 0));
    /* the sign first: a huge negative length is a ValueError, not an overflow */
    if (lp_compare_bool(r, lp_from_int(0), LP_LT))
        lp_raise(&lp_exc_ValueError, "__len__() should return >= 0");
    return lp_as_ssize(r, &lp_exc_OverflowError);
}

static int slot_truth(lp_value s)
{
    lp_value r = call_dunder(s, "__bool__", NULL, 0);
    if (!r) {
        if (!lp_type_lookup(lp_type_of(s), LP_NAME(__len__))) return 1;
        return slot_len(s) != 0;
    }
    if (r != LP_TRUE && r != LP_FALSE)
        lp_raise(&lp_exc_TypeError, "__bool__ should return bool, returned %T", r);
    return r == LP_TRUE;
}

/* type(self).__call__, bound: an instance attribute named __call__ is not used */
static lp_value slot_call(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    const lp_type_t *t = lp_type_of(self);
    lp_value f = lp_type_lookup(t, LP_NAME(__call__));
    if (!f) lp_raise_no_attribute(self, LP_NAME(__call__));
    const lp_type_t *ft = lp_type_of(f);
    if (ft->descr_get) f = ft->descr_get(f, self, lp_from_ptr(t));
    return lp_call(f, args, nargs, kwnames);
}

static void slot_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_value f = lp_type_lookup(lp_type_of(self), LP_NAME(__init__));
    size_t nkw = kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
    lp_value small[8]; /* the callee copies its arguments: no allocation per instance */
    lp_value *a = nargs + nkw + 1 <= 8 ? small : lp_alloc((nargs + nkw + 1) * sizeof *a);
    a[0] = self;
    if (nargs + nkw) memcpy(a + 1, args, (nargs + nkw) * sizeof *a);
    lp_value r = lp_call(f, a, nargs + 1, kwnames);
    if (r != LP_NONE) lp_raise(&lp_exc_TypeError, "__init__() should return None, not '%T'", r);
}

static lp_value slot_new(lp_type_t *t, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_value f = lp_type_getattr(lp_from_ptr(t), LP_NAME(__new__));
    size_t nkw = kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
    lp_value *a = lp_alloc((nargs + nkw + 1) * sizeof *a);
    a[0] = lp_from_ptr(t);
    memcpy(a + 1, args, (nargs + nkw) * sizeof *a);
    return lp_call(f, a, nargs + 1, kwnames);
}

static const char *const cmp_dunders[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static lp_value slot_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    static lp_value names[6];
    lp_value r = call_dunder_v(self, bin_name(cmp_dunders, names, op), &other, 1);
    if (r) return r;
    return lp_type_object.compare(self, other, op);
}

lp_value lp_compare_left_function(lp_value a, lp_value b, int op)
{
    static lp_value names[6];
    const lp_type_t *ta = lp_type_of(a), *tb = lp_type_of(b);
    if (ta->compare != slot_compare) return LP_NULL;
    /* b's reflected method could go first: take the generic path */
    if (ta != tb && tb->compare && lp_type_is_subtype(tb, ta)) return LP_NULL;
    lp_value f = lp_type_lookup(ta, bin_name(cmp_dunders, names, op));
    return f && lp_type_of(f) == &lp_type_function ? f : LP_NULL;
}

static lp_value slot_getitem(lp_value s, lp_value k) { return must(s, "__getitem__", &k, 1); }

static void slot_setitem(lp_value s, lp_value k, lp_value v)
{
    lp_value a[2] = {k, v};
    if (v) must(s, "__setitem__", a, 2);
    else must(s, "__delitem__", a, 1);
}

static int slot_contains(lp_value s, lp_value x)
{
    if (lp_type_lookup(lp_type_of(s), DUNDER("__contains__")) == LP_NONE)
        lp_raise(&lp_exc_TypeError, "'%T' object is not a container", s);
    lp_value r = call_dunder(s, "__contains__", &x, 1);
    if (r) return lp_truth(r);
    return lp_contains_by_iter(s, x);
}

/* A built-in slot shown as a dunder (`object.__init__`): a wrapper
 * descriptor, defined below. */
typedef struct {
    lp_object_t head;
    lp_type_t *owner;
    const slot_entry_t *entry;
} wrapper_t;

typedef struct {
    lp_value self, name, result;
    lp_value getattribute;                  /* a __getattribute__ to call, or LP_NULL */
    lp_value (*native)(lp_value, lp_value); /* else this built-in one (LP_NULL: generic) */
} getattr_call_t;

static void getattr_protected(void *ud)
{
    getattr_call_t *c = ud;
    if (c->getattribute && lp_type_of(c->getattribute) == &lp_type_function) {
        lp_value a[2] = {c->self, c->name};
        c->result = lp_call(c->getattribute, a, 2, LP_NULL);
    } else if (c->getattribute) {
        const lp_type_t *gt = lp_type_of(c->getattribute);
        lp_value f = gt->descr_get ? gt->descr_get(c->getattribute, c->self,
                                                   lp_from_ptr((void *)lp_type_of(c->self)))
                                   : c->getattribute;
        c->result = lp_call1(f, c->name);
    } else {
        c->result = c->native ? c->native(c->self, c->name) : lp_generic_getattr(c->self, c->name);
    }
}

/* __getattribute__ then, on AttributeError, __getattr__ (slot_tp_getattr_hook);
 * a built-in __getattribute__ (object's, type's) is called directly. */
static lp_value slot_getattr(lp_value self, lp_value name)
{
    const lp_type_t *t = lp_type_of(self);
    lp_value ga = lp_type_lookup(t, LP_NAME(__getattribute__));
    lp_value (*native)(lp_value, lp_value) = NULL;
    if (ga && lp_type_of(ga) == &lp_type_wrapper_descriptor) {
        native = ((wrapper_t *)lp_as_ptr(ga))->owner->getattr;
        ga = LP_NULL;
    }
    lp_value hook = lp_type_lookup(t, LP_NAME(__getattr__));
    getattr_call_t c = {self, name, LP_NULL, ga, native};
    if (!hook) {
        getattr_protected(&c);
        return c.result;
    }
    lp_value exc = lp_pcall(getattr_protected, &c);
    if (exc && !lp_is_instance(exc, &lp_exc_AttributeError)) lp_raise_value(exc);
    if (c.result) return c.result;
    lp_value a[2] = {self, name};
    return lp_call(hook, a, 2, LP_NULL);
}

static void slot_setattr(lp_value self, lp_value name, lp_value v)
{
    lp_value a[2] = {name, v};
    if (v) must(self, "__setattr__", a, 2);
    else must(self, "__delattr__", a, 1);
}

static lp_value slot_descr_get(lp_value self, lp_value obj, lp_value owner)
{
    lp_value a[2] = {obj ? obj : LP_NONE, owner ? owner : LP_NONE};
    return must(self, "__get__", a, 2);
}

static void slot_descr_set(lp_value self, lp_value obj, lp_value v)
{
    lp_value a[2] = {obj, v};
    lp_value name = v ? DUNDER("__set__") : DUNDER("__delete__");
    if (!call_dunder_v(self, name, a, v ? 2 : 1))
        lp_raise_value(lp_call1(lp_from_ptr(&lp_exc_AttributeError), name));
}

/* Binary slots: one function per operator (a slot has no operator argument).
 * Called for either operand, as CPython's SLOT1BINFULL: the left operand's
 * __op__ when this is its type's slot, else the right operand's __rop__. */
static lp_value binop_dunders(lp_value a, lp_value b, int op, lp_binary_fn self_fn);

#define X(name, num, sym, d, rd, id)                                                               \
    static lp_value slot_bin_##num(lp_value a, lp_value b);                                        \
    static lp_value slot_bin_##num(lp_value a, lp_value b)                                         \
    {                                                                                              \
        return binop_dunders(a, b, num, slot_bin_##num);                                           \
    }                                                                                              \
    static lp_value slot_ibin_##num(lp_value a, lp_value b)                                        \
    {                                                                                              \
        lp_value r = call_dunder(a, id, &b, 1);                                                    \
        return r ? r : LP_NOTIMPLEMENTED;                                                          \
    }
LP_BINOPS(X)
#undef X

/* pow(a, b, mod): a.__pow__(b, mod) when [a]'s class defines __pow__
 * (CPython's slot_nb_power never tries __rpow__ with a modulus). */
static lp_value slot_power3(lp_value a, lp_value b, lp_value mod)
{
    if (lp_type_of(a)->power3 != slot_power3) return LP_NOTIMPLEMENTED;
    lp_value args[2] = {b, mod};
    lp_value r = call_dunder(a, "__pow__", args, 2);
    return r ? r : LP_NOTIMPLEMENTED;
}

static const lp_binary_fn slot_bins[LP_NB_COUNT] = {
#define X(name, num, sym, d, rd, id) [num] = slot_bin_##num,
    LP_BINOPS(X)
#undef X
};
static const lp_binary_fn slot_ibins[LP_NB_COUNT] = {
#define X(name, num, sym, d, rd, id) [num] = slot_ibin_##num,
    LP_BINOPS(X)
#undef X
};
static const char *const bin_dunders[LP_NB_COUNT] = {
#define X(name, num, sym, d, rd, id) [num] = d,
    LP_BINOPS(X)
#undef X
};
static const char *const rbin_dunders[LP_NB_COUNT] = {
#define X(name, num, sym, d, rd, id) [num] = rd,
    LP_BINOPS(X)
#undef X
};

static lp_value binop_dunders(lp_value a, lp_value b, int op, lp_binary_fn self_fn)
{
    static lp_value names[LP_NB_COUNT], rnames[LP_NB_COUNT];
    const lp_type_t *ta = lp_type_of(a), *tb = lp_type_of(b);
    bool do_other = ta != tb && tb->binop[op] == self_fn;
    lp_value r;
    if (ta->binop[op] == self_fn) {
        lp_value rname = bin_name(rbin_dunders, rnames, op);
        /* a subclass's __rop__ goes first only when it overrides a's */
        if (do_other && lp_type_is_subtype(tb, ta) &&
            lp_type_lookup(tb, rname) != lp_type_lookup(ta, rname)) {
            r = call_dunder_v(b, rname, &a, 1);
            if (r && r != LP_NOTIMPLEMENTED) return r;
            do_other = false;
        }
        r = call_dunder_v(a, bin_name(bin_dunders, names, op), &b, 1);
        if (r && (r != LP_NOTIMPLEMENTED || ta == tb)) return r;
    }
    if (do_other || (ta->binop[op] != self_fn && tb->binop[op] == self_fn)) {
        r = call_dunder_v(b, bin_name(rbin_dunders, rnames, op), &a, 1);
        if (r) return r;
    }
    return LP_NOTIMPLEMENTED;
}

lp_value lp_binop_left_function(lp_value a, lp_value b, int op)
{
    static lp_value names[LP_NB_COUNT];
    const lp_type_t *ta = lp_type_of(a), *tb = lp_type_of(b);
    lp_binary_fn self_fn = slot_bins[op];
    if (ta->binop[op] != self_fn) return LP_NULL;
    /* b's __rop__ could go first: take the generic path */
    if (ta != tb && (tb->binop[op] == self_fn || lp_type_is_subtype(tb, ta))) return LP_NULL;
    lp_value f = lp_type_lookup(ta, bin_name(bin_dunders, names, op));
    return f && lp_type_of(f) == &lp_type_function ? f : LP_NULL;
}

/* ==== built-in slots shown as dunders: wrapper descriptors ==== */


static size_t nkw(lp_value kwnames)
{
    return kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
}

static void wrapper_arity(const wrapper_t *w, size_t nargs, lp_value kwnames, size_t want)
{
    if (nkw(kwnames))
        lp_raise(&lp_exc_TypeError, "wrapper %s() takes no keyword arguments", w->entry->name);
    if (nargs != want)
        lp_raise(&lp_exc_TypeError, "expected %d argument%s, got %d", (int)want - 1,
                 want == 2 ? "" : "s", (int)nargs - 1);
}

/* The argument count check of CPython's wrappers that unpack with an
 * empty name (setattr, setitem, pow, __get__, __set__, sequence repeat):
 * " expected at least 1 argument, got 0".  [nargs] counts self. */
static void wrapper_unpack(const wrapper_t *w, size_t nargs, lp_value kwnames, size_t min,
                           size_t max)
{
    if (nkw(kwnames))
        lp_raise(&lp_exc_TypeError, "wrapper %s() takes no keyword arguments", w->entry->name);
    size_t n = nargs - 1;
    if (n < min || n > max) {
        size_t want = n < min ? min : max;
        lp_raise(&lp_exc_TypeError, " expected %s%zu argument%s, got %zu",
                 min == max ? "" : n < min ? "at least " : "at most ", want,
                 want == 1 ? "" : "s", n);
    }
}

/* list.__mul__(n) and the other sequence repeats take an index-sized count. */
static bool is_sequence(const lp_type_t *t);

static lp_value wrapper_repeat(wrapper_t *w, lp_value *args, size_t nargs, lp_value kwnames)
{
    wrapper_unpack(w, nargs, kwnames, 1, 1);
    lp_value n = lp_int_from_i64(lp_as_ssize(args[1], &lp_exc_OverflowError));
    lp_type_t *t = w->owner;
    if (w->entry->kind == K_IBINOP) return t->inplace[LP_NB_MULTIPLY](args[0], n);
    return t->binop[LP_NB_MULTIPLY](args[0], n);
}

static void check_attr_name(lp_value name)
{
    if (!lp_str_check(name))
        lp_raise(&lp_exc_TypeError, "attribute name must be string, not '%T'", name);
}

/* TypeError when [fn], a built-in setattr slot, would skip the one a
 * built-in class between it and type(self) defines: object.__setattr__(int,
 * ...) (CPython's hackcheck). */
static void hackcheck(lp_value self, void (*fn)(lp_value, lp_value, lp_value), const char *what)
{
    const lp_type_t *t = lp_type_of(self);
    const lp_type_t *def = t;
    lp_tuple_t *mro = lp_as_tuple(t->mro);
    for (int64_t i = mro->len - 1; i >= 0; i--) {
        const lp_type_t *b = lp_as_ptr(mro->items[i]);
        if (b->setattr != slot_setattr && b->setattr == t->setattr) {
            def = b;
            break;
        }
    }
    for (const lp_type_t *b = def; b; b = b->base) {
        if (b->setattr == fn) return;
        if (b->setattr != slot_setattr)
            lp_raise(&lp_exc_TypeError, "can't apply this %s to %s object", what, t->name);
    }
}

/* Calls wrapper [w] with args[0] as self (already checked). */
static lp_value wrapper_dispatch(wrapper_t *w, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_type_t *t = w->owner;
    const slot_entry_t *e = w->entry;
    lp_value self = args[0];
    if (e->arg == LP_NB_MULTIPLY && is_sequence(t) &&
        (e->kind == K_BINOP || e->kind == K_RBINOP || e->kind == K_IBINOP))
        return wrapper_repeat(w, args, nargs, kwnames);
    switch (e->kind) {
    case K_UNARY: {
        wrapper_arity(w, nargs, kwnames, 1);
        lp_value ret = LP_NONE, r;
        if (e->offset == offsetof(lp_type_t, next) && lp_gen_check(self))
            r = lp_gen_send_ex(self, LP_NONE, &ret); /* keeps the return value */
        else
            r = (*unary_slot(t, e))(self);
        if (!r && e->offset == offsetof(lp_type_t, next))
            lp_raise_value(lp_exc_stop_iteration(ret == LP_NONE ? LP_NULL : ret));
        return r;
    }
    case K_HASH: wrapper_arity(w, nargs, kwnames, 1); return lp_int_from_i64(t->hash(self));
    case K_LEN: wrapper_arity(w, nargs, kwnames, 1); return lp_int_from_i64(t->len(self));
    case K_BOOL: wrapper_arity(w, nargs, kwnames, 1); return lp_bool(lp_truth(self));
    case K_CALL: return t->call(self, args + 1, nargs - 1, kwnames);
    case K_INIT: t->init(self, args + 1, nargs - 1, kwnames); return LP_NONE;
    case K_NEW: break;
    case K_CMP: wrapper_arity(w, nargs, kwnames, 2); return t->compare(self, args[1], (lp_cmpop_t)e->arg);
    case K_BINOP:
        if (e->arg == LP_NB_POWER) {
            wrapper_unpack(w, nargs, kwnames, 1, 2);
            if (nargs == 3 && args[2] != LP_NONE)
                return t->power3 ? t->power3(self, args[1], args[2]) : LP_NOTIMPLEMENTED;
        }
        wrapper_arity(w, nargs, kwnames, 2);
        return t->binop[e->arg](self, args[1]);
    case K_RBINOP:
        if (e->arg == LP_NB_POWER) {
            wrapper_unpack(w, nargs, kwnames, 1, 2);
            if (nargs == 3 && args[2] != LP_NONE)
                return t->power3 ? t->power3(args[1], self, args[2]) : LP_NOTIMPLEMENTED;
        }
        wrapper_arity(w, nargs, kwnames, 2);
        return t->binop[e->arg](args[1], self);
    case K_IBINOP: wrapper_arity(w, nargs, kwnames, 2); return t->inplace[e->arg](self, args[1]);
    case K_GETITEM: wrapper_arity(w, nargs, kwnames, 2); return t->getitem(self, args[1]);
    case K_SETITEM: wrapper_unpack(w, nargs, kwnames, 2, 2); t->setitem(self, args[1], args[2]); return LP_NONE;
    case K_DELITEM: wrapper_arity(w, nargs, kwnames, 2); t->setitem(self, args[1], LP_NULL); return LP_NONE;
    case K_CONTAINS: wrapper_arity(w, nargs, kwnames, 2); return lp_bool(t->contains(self, args[1]));
    case K_GETATTR: {
        wrapper_arity(w, nargs, kwnames, 2);
        check_attr_name(args[1]);
        lp_value r = t->getattr(self, args[1]);
        if (!r) lp_raise_no_attribute(self, args[1]); /* not through the slot again */
        return r;
    }
    case K_SETATTR:
        wrapper_unpack(w, nargs, kwnames, 2, 2);
        check_attr_name(args[1]);
        hackcheck(self, t->setattr, "__setattr__");
        t->setattr(self, args[1], args[2]);
        return LP_NONE;
    case K_DELATTR:
        wrapper_arity(w, nargs, kwnames, 2);
        check_attr_name(args[1]);
        hackcheck(self, t->setattr, "__delattr__");
        t->setattr(self, args[1], LP_NULL);
        return LP_NONE;
    case K_GET: {
        wrapper_unpack(w, nargs, kwnames, 1, 2);
        lp_value obj = args[1] == LP_NONE ? LP_NULL : args[1];
        lp_value owner = nargs > 2 && args[2] != LP_NONE ? args[2] : LP_NULL;
        if (!obj && !owner) lp_raise(&lp_exc_TypeError, "__get__(None, None) is invalid");
        return t->descr_get(self, obj, owner);
    }
    case K_SET: wrapper_unpack(w, nargs, kwnames, 2, 2); t->descr_set(self, args[1], args[2]); return LP_NONE;
    case K_DELETE: wrapper_arity(w, nargs, kwnames, 2); t->descr_set(self, args[1], LP_NULL); return LP_NONE;
    }
    lp_fatal("bad wrapper kind");
}

static lp_value wrapper_call(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    wrapper_t *w = lp_as_ptr(self);
    if (nargs < 1)
        lp_raise(&lp_exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                 w->entry->name, w->owner->name);
    if (!lp_is_instance(args[0], w->owner))
        lp_raise(&lp_exc_TypeError,
                 "descriptor '%s' requires a '%s' object but received a '%T'", w->entry->name,
                 w->owner->name, args[0]);
    return wrapper_dispatch(w, args, nargs, kwnames);
}

/* A slot wrapper bound to an instance: `(1).__add__`. */
typedef struct {
    lp_object_t head;
    lp_value wrapper; /* a wrapper_t */
    lp_value self;
} method_wrapper_t;

static lp_value wrapper_get(lp_value self, lp_value obj, lp_value owner)
{
    if (!obj) return self;
    wrapper_t *w = lp_as_ptr(self);
    if (lp_type_of(obj) != w->owner && !lp_is_instance(obj, w->owner))
        lp_raise(&lp_exc_TypeError,
                 "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                 w->entry->name, w->owner->name, obj);
    method_wrapper_t *m = lp_alloc(sizeof *m);
    m->head.type = &lp_type_method_wrapper;
    m->wrapper = self;
    m->self = obj;
    return lp_from_ptr(m);
}

static lp_value method_wrapper_call(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    method_wrapper_t *m = lp_as_ptr(self);
    size_t total = nargs + nkw(kwnames);
    lp_value small[8];
    lp_value *a = total + 1 <= 8 ? small : lp_alloc((total + 1) * sizeof *a);
    a[0] = m->self;
    if (total) memcpy(a + 1, args, total * sizeof *a);
    return wrapper_dispatch(lp_as_ptr(m->wrapper), a, nargs + 1, kwnames);
}

static lp_value method_wrapper_repr(lp_value self)
{
    method_wrapper_t *m = lp_as_ptr(self);
    return lp_str_format_c("<method-wrapper '%s' of %T object at %p>",
                           ((wrapper_t *)lp_as_ptr(m->wrapper))->entry->name, m->self,
                           lp_as_ptr(m->self));
}

static lp_value method_wrapper_get_self(lp_value self)
{
    return ((method_wrapper_t *)lp_as_ptr(self))->self;
}

static lp_value method_wrapper_get_name(lp_value self)
{
    method_wrapper_t *m = lp_as_ptr(self);
    return lp_str_from_cstr(((wrapper_t *)lp_as_ptr(m->wrapper))->entry->name);
}

static lp_value method_wrapper_get_objclass(lp_value self)
{
    method_wrapper_t *m = lp_as_ptr(self);
    return lp_from_ptr(((wrapper_t *)lp_as_ptr(m->wrapper))->owner);
}

static lp_value method_wrapper_get_qualname(lp_value self)
{
    method_wrapper_t *m = lp_as_ptr(self);
    wrapper_t *w = lp_as_ptr(m->wrapper);
    return lp_str_format_c("%s.%s", w->owner->name, w->entry->name);
}

static const lp_getset_def_t method_wrapper_getsets[] = {
    {"__self__", method_wrapper_get_self, NULL, NULL},
    {"__name__", method_wrapper_get_name, NULL, NULL},
    {"__qualname__", method_wrapper_get_qualname, NULL, NULL},
    {"__objclass__", method_wrapper_get_objclass, NULL, NULL},
    {NULL},
};

lp_type_t lp_type_method_wrapper = {
    .name = "method-wrapper",
    .size = sizeof(method_wrapper_t),
    .call = method_wrapper_call,
    .repr = method_wrapper_repr,
    .getsets = method_wrapper_getsets,
};

static lp_value wrapper_repr(lp_value self)
{
    wrapper_t *w = lp_as_ptr(self);
    return lp_str_format_c("<slot wrapper '%s' of '%s' objects>", w->entry->name, w->owner->name);
}

static lp_value wrapper_get_name(lp_value self)
{
    return lp_str_from_cstr(((wrapper_t *)lp_as_ptr(self))->entry->name);
}

static lp_value wrapper_get_qualname(lp_value self)
{
    wrapper_t *w = lp_as_ptr(self);
    return lp_str_format_c("%s.%s", w->owner->name, w->entry->name);
}

static lp_value wrapper_get_objclass(lp_value self)
{
    return lp_from_ptr(((wrapper_t *)lp_as_ptr(self))->owner);
}

static const lp_getset_def_t wrapper_getsets[] = {
    {"__name__", wrapper_get_name, NULL, NULL},
    {"__qualname__", wrapper_get_qualname, NULL, NULL},
    {"__objclass__", wrapper_get_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

lp_type_t lp_type_wrapper_descriptor = {
    .name = "wrapper_descriptor",
    .size = sizeof(wrapper_t),
    .call = wrapper_call,
    .descr_get = wrapper_get,
    .repr = wrapper_repr,
    .getsets = wrapper_getsets,
};

/* T.__new__(S, ...): a builtin bound to T, CPython's tp_new_wrapper. */
static lp_value new_wrapper(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_type_t *t = lp_as_ptr(args[0]);
    if (nargs < 2) lp_raise(&lp_exc_TypeError, "%s.__new__(): not enough arguments", t->name);
    lp_value sub = args[1];
    if (!lp_is_instance(sub, &lp_type_type))
        lp_raise(&lp_exc_TypeError, "%s.__new__(X): X is not a type object (%T)", t->name, sub);
    lp_type_t *s = lp_as_ptr(sub);
    if (!lp_type_is_subtype(s, t))
        lp_raise(&lp_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name, s->name,
                 s->name, t->name);
    /* the nearest built-in allocator of [s] must be [t]'s: object.__new__(int) is refused */
    const lp_type_t *sb = s;
    while (sb && sb->new == slot_new) sb = sb->base;
    if (sb && sb->new != t->new)
        lp_raise(&lp_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->name,
                 s->name, sb->name);
    return t->new(s, args + 2, nargs - 2, kwnames);
}

/* Whether [t] defines the slot of [e] itself rather than inheriting it. */
static bool defines_slot(const lp_type_t *t, const slot_entry_t *e)
{
    const lp_type_t *b = t->base;
    switch (e->kind) {
    case K_UNARY: return *unary_slot((lp_type_t *)t, e) && (!b || *unary_slot((lp_type_t *)b, e) != *unary_slot((lp_type_t *)t, e));
#define OWN(f) return t->f && (!b || b->f != t->f)
    case K_HASH: OWN(hash);
    case K_LEN: OWN(len);
    case K_BOOL: OWN(truth);
    case K_CALL: OWN(call);
    case K_INIT: OWN(init);
    case K_NEW: OWN(new);
    case K_CMP: OWN(compare);
    case K_BINOP: case K_RBINOP: OWN(binop[e->arg]);
    case K_IBINOP: OWN(inplace[e->arg]);
    case K_GETITEM: OWN(getitem);
    case K_SETITEM: case K_DELITEM: OWN(setitem);
    case K_CONTAINS: OWN(contains);
    case K_GETATTR: OWN(getattr);
    case K_SETATTR: case K_DELATTR: OWN(setattr);
    case K_GET: OWN(descr_get);
    case K_SET: case K_DELETE: OWN(descr_set);
#undef OWN
    }
    return false;
}

/* str, bytes, bytearray, list, tuple: `+` is concatenation, which CPython
 * keeps apart from numbers (sq_concat), so they have no __radd__. */
static bool is_sequence(const lp_type_t *t)
{
    return (t->flags & (LP_TPF_STR_SUBCLASS | LP_TPF_LIST_SUBCLASS | LP_TPF_TUPLE_SUBCLASS)) ||
           t == &lp_type_bytes || t == &lp_type_bytearray;
}

/* Whether CPython's static exception class [t] sets the slot of [e] in its
 * own type object (so its __dict__ shows the dunder): every one has
 * __init__, most __new__, a few __str__, BaseException its attribute slots. */
static bool exc_defines_slot(const lp_type_t *t, const slot_entry_t *e)
{
    static const char *const no_new[] = {
        "AttributeError", "BlockingIOError", "BrokenPipeError", "ChildProcessError",
        "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError",
        "ConnectionResetError", "ExceptionGroup", "FileExistsError", "FileNotFoundError",
        "ImportError", "IndentationError", "InterruptedError", "IsADirectoryError", "KeyError",
        "ModuleNotFoundError", "NameError", "NotADirectoryError", "PermissionError",
        "ProcessLookupError", "StopIteration", "SyntaxError", "SystemExit", "TabError",
        "TimeoutError", "UnboundLocalError", NULL,
    };
    static const char *const own_str[] = {
        "AttributeError", "BaseException", "BaseExceptionGroup", "ImportError", "KeyError",
        "NameError", "OSError", "SyntaxError", "UnicodeDecodeError", "UnicodeEncodeError",
        "UnicodeTranslateError", NULL,
    };
    if (!strcmp(t->name, "ExceptionGroup")) return false;
    const char *const *list = NULL;
    switch (e->kind) {
    case K_INIT: return true;
    case K_NEW: list = no_new; break;
    case K_GETATTR: case K_SETATTR: case K_DELATTR: return t == &lp_exc_BaseException;
    case K_UNARY:
        if (e->offset != offsetof(lp_type_t, str)) return false;
        for (list = own_str; *list; list++)
            if (!strcmp(*list, t->name)) return true;
        return false;
    default: return false;
    }
    for (; *list; list++)
        if (!strcmp(*list, t->name)) return false;
    return true;
}

void lp_type_add_slot_wrappers(lp_type_t *t)
{
    if (t->flags & LP_TPF_HEAPTYPE) return;
    bool exc = (t->flags & LP_TPF_EXC_SUBCLASS) != 0;
    for (size_t i = 0; i < NSLOTS; i++) {
        const slot_entry_t *e = &slot_table[i];
        if (!defines_slot(t, e) && !(exc && exc_defines_slot(t, e))) continue;
        if (e->kind == K_RBINOP && e->arg == LP_NB_ADD && is_sequence(t)) continue;
        lp_value name = lp_str_intern_cstr(e->name);
        if (lp_dict_get(t->dict, name)) continue;
        if (e->kind == K_NEW) {
            lp_dict_set(t->dict, name, lp_builtin_new("__new__", new_wrapper, lp_from_ptr(t)));
            continue;
        }
        wrapper_t *w = lp_alloc(sizeof *w);
        w->head.type = &lp_type_wrapper_descriptor;
        w->owner = t;
        w->entry = e;
        lp_dict_set(t->dict, name, lp_from_ptr(w));
    }
}

/* ==== classes: slots that call dunders ==== */

/* Points the slot of [e] in heap type [t] at the dunder-calling function
 * when a class in the MRO (a heap type) defines the dunder, else at what
 * the solid base has. */
static void set_slot(lp_type_t *t, const slot_entry_t *e)
{
    lp_value name = lp_str_intern_cstr(e->name);
    bool user = false;
    lp_tuple_t *mro = lp_as_tuple(t->mro);
    for (int64_t i = 0; i < mro->len; i++) {
        lp_type_t *b = lp_as_ptr(mro->items[i]);
        if (lp_dict_get(b->dict, name)) {
            user = (b->flags & LP_TPF_HEAPTYPE) != 0;
            break;
        }
    }
    const lp_type_t *base = t->base;
    switch (e->kind) {
    case K_UNARY: {
        static const struct { size_t off; lp_unary_fn fn; } fns[] = {
            {offsetof(lp_type_t, repr), slot_repr}, {offsetof(lp_type_t, str), slot_str},
            {offsetof(lp_type_t, iter), slot_iter}, {offsetof(lp_type_t, next), slot_next},
            {offsetof(lp_type_t, neg), slot_neg}, {offsetof(lp_type_t, pos), slot_pos},
            {offsetof(lp_type_t, abs), slot_abs}, {offsetof(lp_type_t, invert), slot_invert},
            {offsetof(lp_type_t, index), slot_index}, {offsetof(lp_type_t, to_int), slot_int},
            {offsetof(lp_type_t, to_float), slot_float},
        };
        for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
            if (fns[i].off == e->offset)
                *unary_slot(t, e) = user ? fns[i].fn : *unary_slot((lp_type_t *)base, e);
        break;
    }
#define SET(f, fn) t->f = user ? fn : base->f; break
    case K_HASH: {
        lp_value h = lp_type_lookup(t, LP_NAME(__hash__));
        if (h == LP_NONE) t->hash = NULL;
        else t->hash = user ? slot_hash : base->hash;
        break;
    }
    case K_LEN: SET(len, slot_len);
    case K_BOOL: t->truth = user || lp_type_lookup(t, LP_NAME(__len__)) ? slot_truth : base->truth; break;
    case K_CALL: SET(call, slot_call);
    case K_INIT: SET(init, slot_init);
    case K_NEW: SET(new, slot_new);
    case K_CMP: if (user) t->compare = slot_compare; break;
    case K_BINOP: case K_RBINOP:
        if (user) t->binop[e->arg] = slot_bins[e->arg];
        if (user && e->arg == LP_NB_POWER) t->power3 = slot_power3;
        break;
    case K_IBINOP: SET(inplace[e->arg], slot_ibins[e->arg]);
    case K_GETITEM: SET(getitem, slot_getitem);
    case K_SETITEM: case K_DELITEM: if (user) t->setitem = slot_setitem; break;
    case K_CONTAINS: SET(contains, slot_contains);
    case K_GETATTR: if (user || lp_type_lookup(t, LP_NAME(__getattr__))) t->getattr = slot_getattr; break;
    case K_SETATTR: case K_DELATTR: if (user) t->setattr = slot_setattr; break;
    case K_GET: SET(descr_get, slot_descr_get);
    case K_SET: case K_DELETE: if (user) t->descr_set = slot_descr_set; break;
#undef SET
    }
}

/* LP_TPF_HAS_DEL when [t]'s MRO defines __del__ (not None): its instances
 * get the finalizer dispatcher (runtime/finalize.h) when they are made. */
static void set_del_flag(lp_type_t *t)
{
    lp_value d = lp_type_lookup(t, LP_NAME(__del__));
    if (d && d != LP_NONE) t->flags |= LP_TPF_HAS_DEL;
    else t->flags &= ~(unsigned)LP_TPF_HAS_DEL;
}

/* Points [t]'s slots named by [name] at what its MRO now defines; false
 * when [name] controls no slot. */
static bool update_slots_of(lp_type_t *t, lp_value name)
{
    bool any = false;
    for (size_t i = 0; i < NSLOTS; i++)
        if (lp_str_eq_cstr(name, slot_table[i].name)) {
            set_slot(t, &slot_table[i]);
            any = true;
        }
    if (lp_str_eq_cstr(name, "__getattr__")) {
        set_slot(t, &slot_table[NSLOTS - 6]);
        any = true;
    }
    if (lp_str_eq_cstr(name, "__del__")) {
        set_del_flag(t);
        any = true;
    }
    return any;
}

/* The slots named by [name] in the subclasses of [t], transitively (a
 * class's slots follow the dunders its bases gain or lose later). */
static void update_subclass_slots(lp_type_t *t, lp_value name, int depth)
{
    lp_list_t *subs = lp_as_list(lp_type_subclasses(t));
    for (int64_t i = 0; i < subs->len; i++) {
        lp_type_t *c = lp_as_ptr(subs->items[i]);
        update_slots_of(c, name);
        if (depth < 1000) update_subclass_slots(c, name, depth + 1);
    }
}

void lp_type_update_slot(lp_type_t *t, lp_value name)
{
    if (update_slots_of(t, name)) update_subclass_slots(t, name, 0);
}

/* ==== type(name, bases, ns) ==== */

static bool has_own_slots(const lp_type_t *t);

/* The type whose instance layout [t]'s instances extend (CPython's
 * solid_base): the nearest class with __slots__ words, else the first
 * built-in ancestor less the ancestors that add no fields. */
static const lp_type_t *layout_root(const lp_type_t *t)
{
    while (t->flags & LP_TPF_HEAPTYPE) {
        if (has_own_slots(t)) return t;
        t = t->base;
    }
    while (t->base && t->size == t->base->size) t = t->base;
    return t;
}

/* The base whose instance layout the new class extends (CPython's
 * best_base): the first base whose layout root is the most derived one;
 * TypeError when the roots of [bases] are not all ancestors of one. */
static lp_type_t *solid_base(lp_value bases)
{
    const lp_type_t *winner = NULL;
    lp_type_t *best = NULL;
    for (int64_t i = 0; i < lp_tuple_len(bases); i++) {
        lp_type_t *b = lp_as_ptr(lp_tuple_get(bases, i));
        const lp_type_t *r = layout_root(b);
        if (!winner || (r != winner && lp_type_is_subtype(r, winner))) {
            winner = r;
            best = b;
        } else if (!lp_type_is_subtype(winner, r)) {
            lp_raise(&lp_exc_TypeError, "multiple bases have instance lay-out conflict");
        }
    }
    return best;
}

lp_type_t *lp_type_calculate_meta(lp_type_t *meta, lp_value bases)
{
    lp_type_t *winner = meta;
    for (int64_t i = 0; i < lp_tuple_len(bases); i++) {
        lp_type_t *bt = (lp_type_t *)lp_type_of(lp_tuple_get(bases, i));
        if (lp_type_is_subtype(winner, bt)) continue;
        if (lp_type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        lp_raise(&lp_exc_TypeError,
                 "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                 "subclass of the metaclasses of all its bases");
    }
    return winner;
}

/* TypeError unless every item of [bases] is a class (type() does not
 * resolve __mro_entries__, as types.new_class does). */
void lp_type_check_bases_are_types(lp_value bases)
{
    if (!lp_tuple_check(bases)) return;
    for (int64_t i = 0; i < lp_tuple_len(bases); i++) {
        lp_value b = lp_tuple_get(bases, i);
        if (lp_is_instance(b, &lp_type_type)) continue;
        if (lp_getattr_opt(b, lp_str_intern_cstr("__mro_entries__")))
            lp_raise(&lp_exc_TypeError,
                     "type() doesn't support MRO entry resolution; use types.new_class()");
    }
}

static lp_value check_bases(lp_value bases)
{
    if (!lp_tuple_check(bases))
        lp_raise(&lp_exc_TypeError, "type.__new__() argument 2 must be tuple, not %T", bases);
    if (lp_tuple_len(bases) == 0) return lp_tuple_pack(1, lp_from_ptr(&lp_type_object));
    for (int64_t i = 0; i < lp_tuple_len(bases); i++) {
        lp_value b = lp_tuple_get(bases, i);
        if (!lp_is_instance(b, &lp_type_type))
            lp_raise(&lp_exc_TypeError, "metaclass conflict: the metaclass of a derived class must "
                     "be a (non-strict) subclass of the metaclasses of all its bases");
        lp_type_t *bt = lp_as_ptr(b);
        if (!(bt->flags & LP_TPF_BASETYPE))
            lp_raise(&lp_exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
        for (int64_t j = 0; j < i; j++)
            if (lp_tuple_get(bases, j) == b)
                lp_raise(&lp_exc_TypeError, "duplicate base class %s", bt->name);
    }
    return bases;
}

/* Makes plain functions named __new__ static and __init_subclass__ /
 * __class_getitem__ class methods, as type.__new__ does. */
static void wrap_special_methods(lp_value dict)
{
    lp_value f = lp_dict_get(dict, LP_NAME(__new__));
    if (f && lp_type_of(f) == &lp_type_function)
        lp_dict_set(dict, LP_NAME(__new__), lp_call1(lp_from_ptr(&lp_type_staticmethod), f));
    static const int names[] = {LP_N___init_subclass__, LP_N___class_getitem__};
    for (size_t i = 0; i < 2; i++) {
        f = lp_dict_get(dict, lp_names[names[i]]);
        if (f && lp_type_of(f) == &lp_type_function)
            lp_dict_set(dict, lp_names[names[i]], lp_call1(lp_from_ptr(&lp_type_classmethod), f));
    }
}

/* ==== instance __dict__ of classes ==== */

static lp_value *dict_slot(lp_value self)
{
    return lp_instance_dict_slot(self);
}

static lp_value instance_get_dict(lp_value self)
{
    lp_value *slot = dict_slot(self);
    if (!*slot) *slot = lp_dict_new();
    return *slot;
}

static void instance_set_dict(lp_value self, lp_value v)
{
    if (v && !lp_dict_check(v))
        lp_raise(&lp_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
    *dict_slot(self) = v;
}

static const lp_getset_def_t instance_dict_getset = {"__dict__", instance_get_dict,
                                                      instance_set_dict, NULL};

/* Instances have no weak references here: their __weakref__ is None. */
static lp_value instance_get_weakref(lp_value self)
{
    return LP_NONE;
}

static const lp_getset_def_t instance_weakref_getset = {"__weakref__", instance_get_weakref,
                                                         NULL, NULL};

/* Whether a new class with [bases] gets its own __weakref__ attribute, as
 * CPython's: not when a base has one, nor under int, tuple, bytes (variable
 * size) or type, set, frozenset, module (weakly referenceable already). */
static bool wants_weakref(lp_type_t *base, lp_value bases)
{
    lp_value name = lp_str_intern_cstr("__weakref__");
    for (int64_t i = 0; i < lp_tuple_len(bases); i++)
        if (lp_type_lookup(lp_as_ptr(lp_tuple_get(bases, i)), name)) return false;
    const lp_type_t *b = base;
    while (b->flags & LP_TPF_HEAPTYPE) b = b->base;
    /* these built-ins are weakly referenceable already (tp_weaklistoffset) */
    if (b == &lp_type_set || b == &lp_type_frozenset || b == &lp_type_module) return false;
    return b != &lp_type_bytes && !(b->flags & (LP_TPF_INT_SUBCLASS | LP_TPF_TUPLE_SUBCLASS |
                                                 LP_TPF_TYPE_SUBCLASS));
}

/* ==== __slots__: member descriptors ==== */

/* One name of __slots__: a value word at [offset] in each instance; or a
 * built-in type's attribute that CPython stores as a member (complex.real,
 * slice.start), read and written through [def]. */
typedef struct {
    lp_object_t head;
    lp_value name;
    lp_type_t *owner;
    size_t offset;
    const lp_getset_def_t *def; /* NULL for __slots__ */
} member_descr_t;

static void member_check(member_descr_t *d, lp_value obj)
{
    if (!lp_is_instance(obj, d->owner))
        lp_raise(&lp_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%T' object",
                 d->name, d->owner->name, obj);
}

static lp_value *member_word(lp_value self, lp_value obj)
{
    member_descr_t *d = lp_as_ptr(self);
    member_check(d, obj);
    return (lp_value *)((char *)lp_as_ptr(obj) + d->offset);
}

static lp_value member_get(lp_value self, lp_value obj, lp_value owner)
{
    if (!obj) return self;
    member_descr_t *d = lp_as_ptr(self);
    if (d->def) {
        member_check(d, obj);
        return d->def->get(obj);
    }
    lp_value v = *member_word(self, obj);
    if (!v)
        lp_raise(&lp_exc_AttributeError, "'%T' object has no attribute '%U'", obj,
                 ((member_descr_t *)lp_as_ptr(self))->name);
    return v;
}

static void member_set(lp_value self, lp_value obj, lp_value v)
{
    member_descr_t *d = lp_as_ptr(self);
    if (d->def) {
        member_check(d, obj);
        if (!d->def->set) lp_raise(&lp_exc_AttributeError, "readonly attribute");
        d->def->set(obj, v);
        return;
    }
    lp_value *w = member_word(self, obj);
    if (!v && !*w)
        lp_raise_value(lp_call1(lp_from_ptr(&lp_exc_AttributeError),
                                ((member_descr_t *)lp_as_ptr(self))->name));
    *w = v;
}

static lp_value member_repr(lp_value self)
{
    member_descr_t *d = lp_as_ptr(self);
    return lp_str_format_c("<member '%U' of '%s' objects>", d->name, d->owner->name);
}

static lp_value member_get_name(lp_value self)
{
    return ((member_descr_t *)lp_as_ptr(self))->name;
}

static lp_value member_get_objclass(lp_value self)
{
    return lp_from_ptr(((member_descr_t *)lp_as_ptr(self))->owner);
}

static lp_value member_get_qualname(lp_value self)
{
    member_descr_t *d = lp_as_ptr(self);
    lp_value owner = d->owner->qualname ? d->owner->qualname : lp_str_from_cstr(d->owner->name);
    return lp_str_format_c("%U.%U", owner, d->name);
}

static const lp_getset_def_t member_getsets[] = {
    {"__name__", member_get_name, NULL, NULL},
    {"__qualname__", member_get_qualname, NULL, NULL},
    {"__objclass__", member_get_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static lp_type_t member_descr_type = {
    .name = "member_descriptor",
    .size = sizeof(member_descr_t),
    .descr_get = member_get,
    .descr_set = member_set,
    .repr = member_repr,
    .getsets = member_getsets,
};

lp_value lp_member_descr_new(const lp_getset_def_t *def, lp_type_t *owner)
{
    if (!(member_descr_type.flags & LP_TPF_READY)) lp_type_ready(&member_descr_type);
    member_descr_t *d = lp_alloc(sizeof *d);
    d->head.type = &member_descr_type;
    d->name = lp_str_intern_cstr(def->name);
    d->owner = owner;
    d->def = def;
    return lp_from_ptr(d);
}

/* Whether the class [t] lays out __slots__ words of its own. */
static bool has_own_slots(const lp_type_t *t)
{
    lp_value k, v;
    int64_t pos = 0;
    while (lp_dict_next(t->dict, &pos, &k, &v))
        if (lp_is_ptr(v) && lp_type_of(v) == &member_descr_type &&
            ((member_descr_t *)lp_as_ptr(v))->owner == t)
            return true;
    return false;
}

/* "__x" in class "C" is stored as "_C__x": the compiler's rule (symtable.h). */
static lp_value mangle_slot(const char *cls, lp_value name)
{
    const char *n = lp_str_utf8(name, NULL);
    lp_arena_t *a = lp_arena_new();
    const char *m = lp_symtable_mangle(a, cls, n);
    lp_value r = m == n ? name : lp_str_from_cstr(m);
    lp_arena_free(a);
    return r;
}

static void check_slot_name(lp_value name)
{
    if (!lp_str_check(name))
        lp_raise(&lp_exc_TypeError, "__slots__ items must be strings, not '%T'", name);
    int64_t n = lp_str_len(name);
    const lp_str_t *s = lp_as_ptr(name);
    bool ok = n > 0 && lp_unicode_is_id_start(lp_str_at(s, 0));
    for (int64_t i = 1; ok && i < n; i++) ok = lp_unicode_is_id_continue(lp_str_at(s, i));
    if (!ok) lp_raise(&lp_exc_TypeError, "__slots__ must be identifiers");
}

/* Lays out the instance words of the names in [slots] (the class body's
 * __slots__) after [base]'s fields, each behind a member descriptor; the
 * class gets no instance __dict__ unless a base has one or "__dict__" is
 * a slot. */
static bool apply_slots(lp_type_t *t, lp_type_t *base, lp_value slots)
{
    if (lp_str_check(slots)) slots = lp_tuple_pack(1, slots);
    slots = lp_call1(lp_from_ptr(&lp_type_tuple), slots);
    int64_t n = lp_tuple_len(slots);
    bool want_dict = false, want_weakref = false;
    const lp_type_t *root = base;
    while (root->flags & LP_TPF_HEAPTYPE) root = root->base;
    bool may_weak = !lp_type_lookup(base, lp_str_intern_cstr("__weakref__")) &&
                    !(base->flags & (LP_TPF_INT_SUBCLASS | LP_TPF_TUPLE_SUBCLASS)) &&
                    !lp_type_is_subtype(root, &lp_type_bytes);
    for (int64_t i = 0; i < n; i++) {
        lp_value name = lp_tuple_get(slots, i);
        check_slot_name(name);
        if (lp_str_eq_cstr(name, "__dict__")) {
            if (base->dictoffset || want_dict)
                lp_raise(&lp_exc_TypeError, "__dict__ slot disallowed: we already got one");
            want_dict = true;
        } else if (lp_str_eq_cstr(name, "__weakref__")) {
            if (!may_weak || want_weakref)
                lp_raise(&lp_exc_TypeError, "__weakref__ slot disallowed: either we already got "
                         "one, or __itemsize__ != 0");
            want_weakref = true;
        }
    }
    for (int64_t i = 0; i < n; i++) {
        lp_value name = lp_tuple_get(slots, i);
        if (lp_str_eq_cstr(name, "__dict__") || lp_str_eq_cstr(name, "__weakref__")) continue;
        if (lp_dict_get(t->dict, mangle_slot(t->name, name)))
            lp_raise(&lp_exc_ValueError, "%R in __slots__ conflicts with class variable", name);
    }
    if (n > (int64_t)want_dict + (int64_t)want_weakref &&
        (base->flags & (LP_TPF_TUPLE_SUBCLASS | LP_TPF_INT_SUBCLASS | LP_TPF_STR_SUBCLASS) ||
         lp_type_is_subtype(root, &lp_type_bytes))) {
        const lp_type_t *b = root;
        if (b != &lp_type_str)
            lp_raise(&lp_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                     b->name);
        return true; /* str subclasses keep their __dict__ */
    }
    if (!(member_descr_type.flags & LP_TPF_READY)) lp_type_ready(&member_descr_type);
    size_t size = base->size > sizeof(lp_object_t) ? base->size : sizeof(lp_object_t);
    /* the words in the order of the sorted mangled names, as CPython's
     * (so classes whose __slots__ differ only in order share a layout) */
    lp_value names = lp_list_new(n);
    for (int64_t i = 0; i < n; i++) {
        lp_value name = lp_tuple_get(slots, i);
        if (lp_str_eq_cstr(name, "__dict__") || lp_str_eq_cstr(name, "__weakref__")) continue;
        lp_list_append(names, lp_str_intern(mangle_slot(t->name, name)));
    }
    lp_call_method(names, lp_str_intern_cstr("sort"), NULL, 0);
    for (int64_t i = 0; i < lp_as_list(names)->len; i++) {
        lp_value name = lp_as_list(names)->items[i];
        member_descr_t *d = lp_alloc(sizeof *d);
        d->head.type = &member_descr_type;
        d->name = name;
        d->owner = t;
        d->offset = size;
        size += sizeof(lp_value);
        lp_dict_set(t->dict, name, lp_from_ptr(d));
    }
    t->size = size;
    if (!base->dictoffset && !want_dict) {
        t->dictoffset = 0;
        t->flags &= ~(unsigned)LP_TPF_HAS_DICT;
    }
    return want_weakref;
}

typedef struct {
    lp_value fn, owner, name;
} set_name_call_t;

static void set_name_protected(void *ud)
{
    set_name_call_t *c = ud;
    lp_call2(c->fn, c->owner, c->name);
}

/* value.__set_name__(t, name) when value's type defines it; an error in it
 * becomes a RuntimeError caused by it, as CPython 3.11's type_new_set_names. */
static void set_name(lp_type_t *t, lp_value name, lp_value value)
{
    const lp_type_t *vt = lp_type_of(value);
    lp_value fn = lp_type_lookup(vt, LP_NAME(__set_name__));
    if (!fn) return;
    if (lp_type_of(fn)->descr_get)
        fn = lp_type_of(fn)->descr_get(fn, value, lp_from_ptr((void *)vt));
    set_name_call_t c = {fn, lp_from_ptr(t), name};
    lp_value exc = lp_pcall(set_name_protected, &c);
    if (!exc) return;
    lp_value err = lp_exc_format(&lp_exc_RuntimeError,
                                 "Error calling __set_name__ on '%s' instance %R in '%s'",
                                 vt->name, name, t->name);
    lp_as_exc(err)->cause = exc;
    lp_as_exc(err)->context = exc;
    lp_as_exc(err)->suppress_context = true;
    lp_raise_value(err);
}

/* super(t, t).__init_subclass__(**kw), the keywords [kwvals] named by
 * [kwnames] (LP_NULL: none) */
static void init_subclass(lp_type_t *t, lp_value *kwvals, lp_value kwnames)
{
    lp_tuple_t *mro = lp_as_tuple(t->mro);
    int64_t start = 0; /* super(t, t): after t in its own MRO */
    while (start < mro->len && lp_as_ptr(mro->items[start]) != t) start++;
    if (start == mro->len)
        lp_raise(&lp_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    for (int64_t i = start + 1; i < mro->len; i++) {
        lp_value d = lp_dict_get(((lp_type_t *)lp_as_ptr(mro->items[i]))->dict,
                                 LP_NAME(__init_subclass__));
        if (!d) continue;
        const lp_type_t *dt = lp_type_of(d);
        lp_call(dt->descr_get ? dt->descr_get(d, LP_NULL, lp_from_ptr(t)) : d, kwvals, 0, kwnames);
        return;
    }
}

/* The MRO of the new class [t]: C3, or what a metaclass's own mro()
 * returns, checked as CPython's mro_check. */
static lp_value class_mro(lp_type_t *t, lp_value bases)
{
    const lp_type_t *meta = lp_type_of(lp_from_ptr(t));
    static lp_value type_mro;
    lp_value mro_name = lp_str_intern_cstr("mro");
    if (!type_mro) type_mro = lp_dict_get(lp_type_type.dict, mro_name);
    lp_value m = meta == &lp_type_type ? LP_NULL : lp_type_lookup(meta, mro_name);
    t->flags &= ~(unsigned)LP_TPF_CUSTOM_MRO;
    if (!m || m == type_mro) return lp_type_c3_mro(t, bases);
    /* as CPython's type_mro_modified: such a class gets no version tag */
    t->flags |= LP_TPF_CUSTOM_MRO;
    t->flags &= ~(unsigned)LP_TPF_CACHEABLE;
    lp_value old = t->mro; /* a new class sees its own namespace during the call */
    if (!old) t->mro = lp_tuple_pack(1, lp_from_ptr(t));
    lp_value r = lp_call_method(lp_from_ptr(t), mro_name, NULL, 0);
    t->mro = old;
    r = lp_call1(lp_from_ptr(&lp_type_tuple), r);
    if (lp_tuple_len(r) == 0) lp_raise(&lp_exc_TypeError, "type MRO must not be empty");
    const lp_type_t *solid = layout_root(t);
    for (int64_t i = 0; i < lp_tuple_len(r); i++) {
        lp_value c = lp_tuple_get(r, i);
        if (!lp_is_instance(c, &lp_type_type))
            lp_raise(&lp_exc_TypeError, "mro() returned a non-class ('%T')", c);
        if (!lp_type_is_subtype(solid, layout_root(lp_as_ptr(c))))
            lp_raise(&lp_exc_TypeError, "mro() returned base with unsuitable layout ('%s')",
                     ((lp_type_t *)lp_as_ptr(c))->name);
    }
    return r;
}

lp_value lp_type_new_class(lp_type_t *meta, lp_value name, lp_value bases, lp_value ns)
{
    return lp_type_new_class_kw(meta, name, bases, ns, NULL, LP_NULL);
}

lp_value lp_type_new_class_kw(lp_type_t *meta, lp_value name, lp_value bases, lp_value ns,
                              lp_value *kwvals, lp_value kwnames)
{
    if (!lp_str_check(name))
        lp_raise(&lp_exc_TypeError, "type.__new__() argument 1 must be str, not %T", name);
    if (!lp_dict_check(ns))
        lp_raise(&lp_exc_TypeError, "type.__new__() argument 3 must be dict, not %T", ns);
    if (lp_tuple_check(bases)) meta = lp_type_calculate_meta(meta, bases);
    bases = check_bases(bases);
    lp_type_t *base = solid_base(bases);
    lp_type_t *t = lp_alloc(meta->size > sizeof *t ? meta->size : sizeof *t);
    t->head.type = meta;
    size_t name_len;
    const char *utf8 = lp_str_utf8(name, &name_len);
    if (strlen(utf8) != name_len)
        lp_raise(&lp_exc_ValueError, "type name must not contain null characters");
    char *name_copy = lp_alloc_atomic(name_len + 1); /* a block of its own: t->name keeps it */
    memcpy(name_copy, utf8, name_len + 1);
    t->name = name_copy;
    t->base = base;
    t->bases = bases;
    t->flags = LP_TPF_HEAPTYPE | LP_TPF_BASETYPE;
    /* a metaclass's instances (classes) keep their namespace in lp_type_t */
    if (!(base->flags & LP_TPF_TYPE_SUBCLASS)) t->flags |= LP_TPF_HAS_DICT;
    t->dict = lp_dict_copy(ns);
    lp_value qual = lp_dict_get(t->dict, LP_NAME(__qualname__));
    if (qual) {
        if (!lp_str_check(qual))
            lp_raise(&lp_exc_TypeError, "type __qualname__ must be a str, not %T", qual);
        lp_dict_del(t->dict, LP_NAME(__qualname__));
    }
    t->qualname = qual ? qual : name;
    t->size = base->size;
    lp_value slots = lp_dict_get(t->dict, LP_NAME(__slots__));
    bool weakref = slots ? apply_slots(t, base, slots) : true;
    if (base->dictoffset) t->dictoffset = base->dictoffset;
    else if (t->flags & LP_TPF_HAS_DICT) {
        t->dictoffset = t->size;
        t->size += sizeof(lp_value);
    }
    if (!lp_dict_get(t->dict, LP_NAME(__module__))) {
        lp_frame_t *f = lp_vm_current_frame();
        lp_value mod = f ? lp_dict_get(f->globals, LP_NAME(__name__)) : LP_NULL;
        if (mod) lp_dict_set(t->dict, LP_NAME(__module__), mod);
    }
    /* the class body's own __dict__ / __weakref__ win, as PyType_Ready's add_getset */
    if (!base->dictoffset && t->dictoffset && !lp_dict_get(t->dict, LP_NAME(__dict__)))
        lp_dict_set(t->dict, LP_NAME(__dict__), lp_getset_descr_new(&instance_dict_getset, t));
    if (weakref && wants_weakref(base, bases) &&
        !lp_dict_get(t->dict, lp_str_intern_cstr("__weakref__")))
        lp_dict_set(t->dict, lp_str_intern_cstr("__weakref__"),
                    lp_getset_descr_new(&instance_weakref_getset, t));
    /* last, as CPython's PyType_Ready adds it after the getsets */
    if (!lp_dict_get(t->dict, LP_NAME(__doc__))) lp_dict_set(t->dict, LP_NAME(__doc__), LP_NONE);
    lp_value eq = lp_dict_get(t->dict, LP_NAME(__eq__));
    if (eq && !lp_dict_get(t->dict, LP_NAME(__hash__))) lp_dict_set(t->dict, LP_NAME(__hash__), LP_NONE);
    wrap_special_methods(t->dict);
    t->mro = class_mro(t, bases);
    /* before lp_type_ready: the namespace is final once the type is */
    lp_value cell = lp_dict_get(t->dict, LP_NAME(__classcell__));
    if (cell) {
        if (lp_type_of(cell) != &lp_type_cell)
            lp_raise(&lp_exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                     lp_from_ptr((void *)lp_type_of(cell)));
        ((lp_cell_t *)lp_as_ptr(cell))->value = lp_from_ptr(t);
        lp_dict_del(t->dict, LP_NAME(__classcell__));
    }
    lp_type_ready(t);
    if (t->flags & LP_TPF_CUSTOM_MRO) t->flags &= ~(unsigned)LP_TPF_CACHEABLE;
    for (int64_t i = 0; i < lp_tuple_len(bases); i++)
        lp_type_add_subclass(lp_as_ptr(lp_tuple_get(bases, i)), t);
    for (size_t i = 0; i < NSLOTS; i++) set_slot(t, &slot_table[i]);
    set_del_flag(t);
    /* __set_name__, then the parent's __init_subclass__ (PEP 487) */
    lp_value k, v;
    int64_t pos = 0;
    lp_value items = lp_list_new(0);
    while (lp_dict_next(t->dict, &pos, &k, &v)) lp_list_append(items, lp_tuple_pack(2, k, v));
    for (int64_t i = 0; i < lp_as_list(items)->len; i++) {
        lp_value kv = lp_as_list(items)->items[i];
        set_name(t, lp_tuple_get(kv, 0), lp_tuple_get(kv, 1));
    }
    init_subclass(t, kwvals, kwnames);
    return lp_from_ptr(t);
}

/* ==== __class__ and __bases__ assignment ==== */

/* Whether CPython frees instances of [t] as collected objects (tp_free is
 * the GC's): every class and most built-ins, but not these. */
static bool frees_with_gc(const lp_type_t *t)
{
    if (t->flags & LP_TPF_HEAPTYPE) return true;
    static const lp_type_t *const plain[] = {&lp_type_object, &lp_type_int,   &lp_type_float,
                                             &lp_type_complex, &lp_type_str,  &lp_type_bytes,
                                             &lp_type_bytearray, &lp_type_bool};
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++)
        if (t == plain[i]) return false;
    return true;
}

static bool has_weakref_attr(const lp_type_t *t)
{
    return lp_type_lookup(t, lp_str_intern_cstr("__weakref__")) != LP_NULL;
}

/* Whether [t]'s instances are laid out as its base's (CPython's
 * compatible_with_tp_base). */
static bool same_layout_as_base(const lp_type_t *t)
{
    const lp_type_t *b = t->base;
    return b && t->size == b->size && t->dictoffset == b->dictoffset &&
           has_weakref_attr(t) == has_weakref_attr(b) && frees_with_gc(t) == frees_with_gc(b);
}

/* The names of the __slots__ words [t] adds itself, as a set. */
static lp_value own_slot_names(const lp_type_t *t)
{
    lp_value names = lp_dict_new();
    lp_value k, v;
    int64_t pos = 0;
    while (lp_dict_next(t->dict, &pos, &k, &v))
        if (lp_is_ptr(v) && lp_type_of(v) == &member_descr_type &&
            ((member_descr_t *)lp_as_ptr(v))->owner == t)
            lp_dict_set(names, k, LP_NONE);
    return names;
}

/* Whether classes [a] and [b] (same base) add the same words to it. */
static bool same_slots_added(const lp_type_t *a, const lp_type_t *b)
{
    if (!(a->flags & LP_TPF_HEAPTYPE) || !(b->flags & LP_TPF_HEAPTYPE)) return false;
    if (a->size != b->size || (a->dictoffset != 0) != (b->dictoffset != 0) ||
        has_weakref_attr(a) != has_weakref_attr(b))
        return false;
    lp_value na = own_slot_names(a), nb = own_slot_names(b);
    if (lp_dict_len(na) != lp_dict_len(nb)) return false;
    lp_value k;
    int64_t pos = 0;
    while (lp_dict_next(na, &pos, &k, NULL))
        if (!lp_dict_get(nb, k)) return false;
    return true;
}

void lp_type_check_assignment(const lp_type_t *oldto, const lp_type_t *newto, const char *attr)
{
    if (frees_with_gc(newto) != frees_with_gc(oldto))
        lp_raise(&lp_exc_TypeError, "%s assignment: '%s' deallocator differs from '%s'", attr,
                 newto->name, oldto->name);
    const lp_type_t *nb = newto, *ob = oldto;
    while (same_layout_as_base(nb)) nb = nb->base;
    while (same_layout_as_base(ob)) ob = ob->base;
    if ((nb != ob && (nb->base != ob->base || !same_slots_added(nb, ob))) ||
        (oldto->dictoffset != 0) != (newto->dictoffset != 0))
        lp_raise(&lp_exc_TypeError, "%s assignment: '%s' object layout differs from '%s'", attr,
                 newto->name, oldto->name);
}

/* Recomputes the MRO of [t] and of its subclasses, transitively; records
 * in [done] (a list of (type, old MRO)) what it changed. */
static void remake_mros(lp_type_t *t, lp_value done, int depth)
{
    lp_list_append(done, lp_tuple_pack(2, lp_from_ptr(t), t->mro));
    t->mro = class_mro(t, t->bases);
    if (!(t->flags & LP_TPF_CUSTOM_MRO)) t->flags |= LP_TPF_CACHEABLE;
    if (depth > 1000) return;
    lp_list_t *subs = lp_as_list(lp_type_subclasses(t));
    for (int64_t i = 0; i < subs->len; i++) remake_mros(lp_as_ptr(subs->items[i]), done, depth + 1);
}

typedef struct {
    lp_type_t *t;
    lp_value done;
} remake_call_t;

static void remake_protected(void *ud)
{
    remake_call_t *c = ud;
    remake_mros(c->t, c->done, 0);
}

/* Points every slot of [t] and its subclasses at what their MROs define. */
static void update_all_slots(lp_type_t *t, int depth)
{
    for (size_t i = 0; i < NSLOTS; i++) set_slot(t, &slot_table[i]);
    set_del_flag(t);
    if (depth > 1000) return;
    lp_list_t *subs = lp_as_list(lp_type_subclasses(t));
    for (int64_t i = 0; i < subs->len; i++) update_all_slots(lp_as_ptr(subs->items[i]), depth + 1);
}

void lp_type_set_bases(lp_type_t *t, lp_value bases)
{
    if (!(t->flags & LP_TPF_HEAPTYPE) || !bases)
        lp_raise(&lp_exc_TypeError, "cannot %s '__bases__' attribute of immutable type '%s'",
                 bases ? "set" : "delete", t->name);
    if (!lp_tuple_check(bases))
        lp_raise(&lp_exc_TypeError, "can only assign tuple to %s.__bases__, not %T", t->name,
                 bases);
    if (lp_tuple_len(bases) == 0)
        lp_raise(&lp_exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                 t->name);
    for (int64_t i = 0; i < lp_tuple_len(bases); i++) {
        lp_value b = lp_tuple_get(bases, i);
        if (!lp_is_instance(b, &lp_type_type))
            lp_raise(&lp_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%T'",
                     t->name, b);
        if (lp_type_is_subtype(lp_as_ptr(b), t))
            lp_raise(&lp_exc_TypeError, "a __bases__ item causes an inheritance cycle");
    }
    for (int64_t i = 0; i < lp_tuple_len(bases); i++) {
        lp_type_t *bt = lp_as_ptr(lp_tuple_get(bases, i));
        if (!(bt->flags & LP_TPF_BASETYPE))
            lp_raise(&lp_exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
    }
    lp_type_t *new_base = solid_base(bases);
    lp_type_check_assignment(t->base, new_base, "__bases__");
    lp_value old_bases = t->bases;
    lp_type_t *old_base = t->base;
    t->bases = bases;
    t->base = new_base;
    remake_call_t c = {t, lp_list_new(0)};
    lp_value exc = lp_pcall(remake_protected, &c);
    if (exc) { /* put everything back, as CPython's mro_hierarchy */
        lp_list_t *done = lp_as_list(c.done);
        for (int64_t i = done->len - 1; i >= 0; i--) {
            lp_value pair = done->items[i];
            ((lp_type_t *)lp_as_ptr(lp_tuple_get(pair, 0)))->mro = lp_tuple_get(pair, 1);
        }
        t->bases = old_bases;
        t->base = old_base;
        lp_raise_value(exc);
    }
    for (int64_t i = 0; i < lp_tuple_len(old_bases); i++)
        lp_type_remove_subclass(lp_as_ptr(lp_tuple_get(old_bases, i)), t);
    for (int64_t i = 0; i < lp_tuple_len(bases); i++)
        lp_type_add_subclass(lp_as_ptr(lp_tuple_get(bases, i)), t);
    lp_type_cache_clear();
    update_all_slots(t, 0);
}
