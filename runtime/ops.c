/* ops.c -- the generic operations of ops.h: dispatch on type slots with
 * CPython's rules (Objects/abstract.c, Objects/object.c) and its messages.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "names.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "warn.h"

/* ==== text ==== */

lp_value lp_repr(lp_value v)
{
    const lp_type_t *t = lp_type_of(v);
    lp_value r = t->repr(v);
    if (!lp_str_check(r))
        lp_raise(&lp_exc_TypeError, "__repr__ returned non-string (type %T)", r);
    return r;
}

lp_value lp_str(lp_value v)
{
    const lp_type_t *t = lp_type_of(v);
    if (t == &lp_type_str) return v;
    lp_value r = t->str ? t->str(v) : t->repr(v);
    if (!lp_str_check(r))
        lp_raise(&lp_exc_TypeError, "__str__ returned non-string (type %T)", r);
    return r;
}

lp_value lp_ascii(lp_value v)
{
    lp_value r = lp_repr(v);
    if (lp_as_str(r)->ascii) return r;
    /* repr's non-ASCII escaped as \xhh, \uhhhh, \Uhhhhhhhh: the codec's backslashreplace */
    lp_value b = lp_str_encode_bytes(r, "ascii", "backslashreplace");
    return lp_bytes_decode(lp_as_bytes(b)->data, (size_t)lp_as_bytes(b)->len, "ascii", NULL);
}

lp_value lp_format(lp_value v, lp_value spec)
{
    /* a special method: looked up on the type, so format(SomeClass) is type's */
    const lp_type_t *t = lp_type_of(v);
    lp_value f = lp_type_lookup(t, LP_NAME(__format__));
    if (!f) lp_raise(&lp_exc_TypeError, "Type %s doesn't define __format__", t->name);
    const lp_type_t *ft = lp_type_of(f);
    if (ft->descr_get) f = ft->descr_get(f, v, lp_from_ptr(t));
    lp_value r = lp_call1(f, spec);
    if (!lp_str_check(r))
        lp_raise(&lp_exc_TypeError, "__format__ must return a str, not %T", r);
    return r;
}

/* ==== hashing, comparison, truth ==== */

int64_t lp_hash(lp_value v)
{
    const lp_type_t *t = lp_type_of(v);
    if (!t->hash) lp_raise(&lp_exc_TypeError, "unhashable type: '%s'", t->name);
    return t->hash(v);
}

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const lp_cmpop_t cmp_swapped[] = {LP_GT, LP_GE, LP_EQ, LP_NE, LP_LT, LP_LE};

/* Neither side could compare: identity for == and !=, else TypeError. */
static lp_value compare_default(lp_value a, lp_value b, lp_cmpop_t op)
{
    if (op == LP_EQ) return lp_bool(a == b);
    if (op == LP_NE) return lp_bool(a != b);
    lp_raise(&lp_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
             cmp_symbols[op], lp_type_of(a)->name, lp_type_of(b)->name);
}

lp_value lp_compare(lp_value a, lp_value b, lp_cmpop_t op)
{
    const lp_type_t *ta = lp_type_of(a), *tb = lp_type_of(b);
    bool reversed = false;
    lp_value r;
    /* a subclass's reflected method goes first (CPython checks no override:
     * a class's slot is the same function as its base class's) */
    if (ta != tb && tb->compare && lp_type_is_subtype(tb, ta) &&
        (tb->compare != ta->compare || tb->flags & LP_TPF_HEAPTYPE)) {
        reversed = true;
        r = tb->compare(b, a, cmp_swapped[op]);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    if (ta->compare) {
        r = ta->compare(a, b, op);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    if (!reversed && tb->compare) {
        r = tb->compare(b, a, cmp_swapped[op]);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    return compare_default(a, b, op);
}

lp_value lp_compare_after_left(lp_value a, lp_value b, lp_cmpop_t op)
{
    const lp_type_t *tb = lp_type_of(b);
    if (tb->compare) {
        lp_value r = tb->compare(b, a, cmp_swapped[op]);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    return compare_default(a, b, op);
}

lp_value lp_cmp_result(int c, lp_cmpop_t op)
{
    switch (op) {
    case LP_LT: return lp_bool(c < 0);
    case LP_LE: return lp_bool(c <= 0);
    case LP_EQ: return lp_bool(c == 0);
    case LP_NE: return lp_bool(c != 0);
    case LP_GT: return lp_bool(c > 0);
    default: return lp_bool(c >= 0);
    }
}

bool lp_compare_bool(lp_value a, lp_value b, lp_cmpop_t op)
{
    lp_value r = lp_compare(a, b, op);
    if (r == LP_TRUE) return true;
    if (r == LP_FALSE) return false;
    return lp_truth(r);
}

bool lp_eq(lp_value a, lp_value b)
{
    if (a == b) return true;
    return lp_compare_bool(a, b, LP_EQ);
}

bool lp_truth(lp_value v)
{
    if (v == LP_TRUE) return true;
    if (v == LP_FALSE || v == LP_NONE) return false;
    if (lp_is_int(v)) return lp_as_int(v) != 0;
    if (lp_is_float(v)) return lp_as_float(v) != 0.0;
    const lp_type_t *t = lp_type_of(v);
    if (t->truth) return t->truth(v) != 0;
    if (t->len) return t->len(v) != 0;
    if (v == LP_NOTIMPLEMENTED)
        lp_warn(&lp_exc_DeprecationWarning,
                "NotImplemented should not be used in a boolean context");
    return true;
}

/* ==== attributes ==== */

/* The type attribute cache: (type version tag, name) -> what the MRO walk
 * found, misses included.  Names are compared by identity (attribute names
 * from code are interned).
 *
 * Version tags (CPython's tp_version_tag): a type that lp_type_ready has
 * finished (LP_TPF_CACHEABLE) gets a tag from a global counter on its
 * first cached lookup, and only after every type of its MRO has one, so a
 * valid tag implies valid tags all along the MRO.  Any change to a type's
 * namespace dict (the dict calls lp_type_modified: see
 * lp_dict_set_owner) drops the tag of the type and of all its subclasses,
 * walking `subclasses`; it stops at a type already without a tag, whose
 * subclasses have none either.  lp_type_cache_clear drops every tag at
 * once by raising lp_type_valid_from past them (MRO and __bases__
 * changes).  A tag is never reused, so entries keyed by a dropped tag are
 * dead: a lookup never sees a stale value.  The per-site caches of
 * runtime/vm_attr.c key on the same tags. */
#define TYPE_CACHE_BITS 12
static struct {
    uint64_t tag;
    lp_value name, value;
} type_cache[1 << TYPE_CACHE_BITS];

uint64_t lp_type_valid_from = 1;
static uint64_t next_version_tag = 1;

void lp_type_cache_clear(void)
{
    lp_type_valid_from = next_version_tag;
}

uint64_t lp_type_version(lp_type_t *t)
{
    if (t->version_tag >= lp_type_valid_from) return t->version_tag;
    if (!(t->flags & LP_TPF_CACHEABLE) || !t->mro) return 0;
    lp_tuple_t *mro = lp_as_tuple(t->mro);
    /* from object down: each base finds its own bases tagged (no deep
     * recursion for a long chain of classes) */
    for (int64_t i = mro->len - 1; i >= 1; i--)
        if (!lp_type_version(lp_as_ptr(mro->items[i]))) return 0;
    t->version_tag = next_version_tag++;
    return t->version_tag;
}

void lp_type_modified(lp_type_t *t)
{
    /* a built-in type's subtypes are not all in its `subclasses` (some are
     * made with their bases set); its dict changes only while starting */
    if (!(t->flags & LP_TPF_HEAPTYPE)) lp_type_cache_clear();
    if (t->version_tag < lp_type_valid_from) return; /* no tag: nor have its subclasses */
    t->version_tag = 0;
    if (!t->subclasses) return;
    lp_list_t *subs = lp_as_list(t->subclasses);
    for (int64_t i = 0; i < subs->len; i++) {
        lp_type_t *sub = lp_type_subclass_entry(subs->items[i]);
        if (sub) lp_type_modified(sub);
    }
}

static lp_value mro_lookup(const lp_type_t *t, lp_value name)
{
    if (!t->mro) return t->dict ? lp_dict_get(t->dict, name) : LP_NULL;
    lp_tuple_t *mro = lp_as_tuple(t->mro);
    for (int64_t i = 0; i < mro->len; i++) {
        lp_type_t *b = lp_as_ptr(mro->items[i]);
        lp_value v = lp_dict_get(b->dict, name);
        if (v) return v;
    }
    return LP_NULL;
}

lp_value lp_type_lookup(const lp_type_t *t, lp_value name)
{
    if (!lp_is_ptr(name) || lp_type_of(name) != &lp_type_str || !lp_as_str(name)->interned)
        return mro_lookup(t, name);
    uint64_t tag = lp_type_version((lp_type_t *)t);
    if (!tag) return mro_lookup(t, name);
    uintptr_t h = (uintptr_t)tag * 0x9E3779B97F4A7C15u + ((uintptr_t)lp_as_ptr(name) >> 4);
    h = (h ^ (h >> 29)) & ((1 << TYPE_CACHE_BITS) - 1);
    if (type_cache[h].tag == tag && type_cache[h].name == name) return type_cache[h].value;
    lp_value v = mro_lookup(t, name);
    type_cache[h].tag = tag;
    type_cache[h].name = name;
    type_cache[h].value = v;
    return v;
}

lp_value lp_generic_getattr(lp_value v, lp_value name)
{
    const lp_type_t *t = lp_type_of(v);
    lp_value descr = lp_type_lookup(t, name);
    const lp_type_t *dt = descr ? lp_type_of(descr) : NULL;
    if (descr && dt->descr_get && dt->descr_set) return dt->descr_get(descr, v, lp_from_ptr(t));
    lp_value *slot = lp_instance_dict_slot(v);
    if (slot && *slot) {
        lp_value x = lp_dict_get(*slot, name);
        if (x) return x;
    }
    if (descr) return dt->descr_get ? dt->descr_get(descr, v, lp_from_ptr(t)) : descr;
    return LP_NULL;
}

void lp_generic_setattr(lp_value v, lp_value name, lp_value x)
{
    const lp_type_t *t = lp_type_of(v);
    lp_value descr = lp_type_lookup(t, name);
    if (descr && lp_type_of(descr)->descr_set) {
        lp_type_of(descr)->descr_set(descr, v, x);
        return;
    }
    lp_value *slot = lp_instance_dict_slot(v);
    if (!slot) {
        if (descr)
            lp_raise(&lp_exc_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
        lp_raise(&lp_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
    }
    if (x) {
        if (!*slot) *slot = lp_dict_new();
        lp_dict_set(*slot, name, x);
    } else if (!*slot || !lp_dict_del(*slot, name)) {
        lp_raise(&lp_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
    }
}

lp_value lp_type_getattr(lp_value type, lp_value name)
{
    lp_type_t *t = lp_as_ptr(type);
    const lp_type_t *meta = lp_type_of(type);
    lp_value mdescr = lp_type_lookup(meta, name);
    const lp_type_t *mt = mdescr ? lp_type_of(mdescr) : NULL;
    if (mdescr && mt->descr_get && mt->descr_set) return mt->descr_get(mdescr, type, lp_from_ptr(meta));
    lp_value attr = lp_type_lookup(t, name);
    if (attr) {
        const lp_type_t *at = lp_type_of(attr);
        return at->descr_get ? at->descr_get(attr, LP_NULL, type) : attr;
    }
    if (mdescr) return mt->descr_get ? mt->descr_get(mdescr, type, lp_from_ptr(meta)) : mdescr;
    return LP_NULL;
}

_Noreturn void lp_raise_no_attribute(lp_value v, lp_value name)
{
    const lp_type_t *t = lp_type_of(v);
    lp_value exc;
    if (lp_type_is_subtype(t, &lp_type_type))
        exc = lp_exc_format(&lp_exc_AttributeError, "type object '%s' has no attribute '%U'",
                            ((lp_type_t *)lp_as_ptr(v))->name, name);
    else if (lp_type_is_subtype(t, &lp_type_module))
        exc = lp_exc_format(&lp_exc_AttributeError, "module '%U' has no attribute '%U'",
                            ((lp_module_t *)lp_as_ptr(v))->name, name);
    else
        exc = lp_exc_format(&lp_exc_AttributeError, "'%s' object has no attribute '%U'", t->name,
                            name);
    /* name and obj feed the "Did you mean" hint of the traceback printer */
    lp_setattr(exc, LP_NAME(name), name);
    lp_setattr(exc, LP_NAME(obj), v);
    lp_raise_value(exc);
}

lp_value lp_getattr(lp_value v, lp_value name)
{
    if (!lp_str_check(name))
        lp_raise(&lp_exc_TypeError, "attribute name must be string, not '%T'", name);
    lp_value r = lp_type_of(v)->getattr(v, name);
    if (!r) lp_raise_no_attribute(v, name);
    return r;
}

typedef struct {
    lp_value v, name, result;
} getattr_call_t;

static void getattr_protected(void *ud)
{
    getattr_call_t *c = ud;
    c->result = lp_type_of(c->v)->getattr(c->v, c->name);
}

lp_value lp_getattr_opt(lp_value v, lp_value name)
{
    getattr_call_t c = {v, name, LP_NULL};
    lp_value exc = lp_pcall(getattr_protected, &c);
    if (exc) {
        if (lp_is_instance(exc, &lp_exc_AttributeError)) return LP_NULL;
        lp_raise_value(exc);
    }
    return c.result;
}

void lp_setattr(lp_value v, lp_value name, lp_value x)
{
    const lp_type_t *t = lp_type_of(v);
    if (!lp_str_check(name))
        lp_raise(&lp_exc_TypeError, "attribute name must be string, not '%T'", name);
    if (!t->setattr) {
        if (lp_type_lookup(t, name))
            lp_raise(&lp_exc_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
        lp_raise(&lp_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
    }
    t->setattr(v, name, x);
}

void lp_delattr(lp_value v, lp_value name)
{
    lp_setattr(v, name, LP_NULL);
}

bool lp_get_method(lp_value v, lp_value name, lp_value *meth)
{
    const lp_type_t *t = lp_type_of(v);
    if (t->getattr == lp_type_object.getattr) {
        lp_value descr = lp_type_lookup(t, name);
        if (descr) {
            const lp_type_t *dt = lp_type_of(descr);
            if (dt == &lp_type_function ||
                (dt == &lp_type_method_descriptor &&
                 !(((lp_method_descr_t *)lp_as_ptr(descr))->def->flags &
                   (LP_METH_CLASS | LP_METH_STATIC)))) {
                lp_value *slot = lp_instance_dict_slot(v);
                lp_value shadow = slot && *slot ? lp_dict_get(*slot, name) : LP_NULL;
                if (!shadow) {
                    *meth = descr;
                    return true;
                }
                *meth = shadow;
                return false;
            }
        }
    }
    *meth = lp_getattr(v, name);
    return false;
}

/* ==== items and containers ==== */

lp_value lp_getitem(lp_value v, lp_value key)
{
    const lp_type_t *t = lp_type_of(v);
    if (t->getitem) return t->getitem(v, key);
    if (lp_type_is_subtype(t, &lp_type_type)) {
        lp_value cg = lp_type_getattr(v, LP_NAME(__class_getitem__));
        if (cg) return lp_call1(cg, key);
        lp_raise(&lp_exc_TypeError, "type '%s' is not subscriptable", ((lp_type_t *)lp_as_ptr(v))->name);
    }
    lp_raise(&lp_exc_TypeError, "'%s' object is not subscriptable", t->name);
}

/* Whether CPython's [t] has sequence methods (tp_as_sequence): classes,
 * containers, tuple, str, frozenset, ...; not numbers, None or functions. */
static bool has_sequence_methods(const lp_type_t *t)
{
    return (t->flags & LP_TPF_HEAPTYPE) || t->len || t->contains ||
           (t->getitem && !lp_type_is_subtype(t, &lp_type_type));
}

/* `v[key] = x` / `del v[key]` on a type without item assignment: CPython
 * converts an index key first for types with sequence methods (classes,
 * tuple, str, frozenset, ...: IndexError for a huge one), and its sequence
 * path words deletion "doesn't". */
static _Noreturn void no_setitem(const lp_type_t *t, lp_value key, bool del)
{
    if (has_sequence_methods(t) && (lp_is_int(key) || lp_type_of(key)->index)) {
        lp_as_ssize(key, &lp_exc_IndexError);
        if (del) lp_raise(&lp_exc_TypeError, "'%s' object doesn't support item deletion", t->name);
    }
    lp_raise(&lp_exc_TypeError, "'%s' object does not support item %s", t->name,
             del ? "deletion" : "assignment");
}

void lp_setitem(lp_value v, lp_value key, lp_value x)
{
    const lp_type_t *t = lp_type_of(v);
    if (!t->setitem) no_setitem(t, key, false);
    t->setitem(v, key, x);
}

void lp_delitem(lp_value v, lp_value key)
{
    const lp_type_t *t = lp_type_of(v);
    if (!t->setitem) no_setitem(t, key, true);
    t->setitem(v, key, LP_NULL);
}

typedef struct {
    lp_value v, result;
} iter_call_t;

static void iter_protected(void *ud)
{
    iter_call_t *c = ud;
    c->result = lp_iter(c->v);
}

lp_value lp_iter_or_type_error(lp_value v, lp_type_t *type, const char *fmt, ...)
{
    iter_call_t c = {v, LP_NULL};
    lp_value exc = lp_pcall(iter_protected, &c);
    if (!exc) return c.result;
    if (!lp_is_instance(exc, &lp_exc_TypeError)) lp_raise_value(exc);
    va_list ap;
    va_start(ap, fmt);
    lp_value e = lp_exc_vformat(type, fmt, ap);
    va_end(ap);
    lp_raise_value(e);
}

int lp_contains_by_iter(lp_value container, lp_value x)
{
    /* any TypeError of iter() becomes CPython's _PySequence_IterSearch message */
    lp_value it = lp_iter_or_type_error(container, &lp_exc_TypeError,
                                        "argument of type '%T' is not iterable", container);
    lp_value item;
    while ((item = lp_iter_next(it)))
        if (lp_eq(item, x)) return 1;
    return 0;
}

bool lp_contains(lp_value container, lp_value x)
{
    const lp_type_t *t = lp_type_of(container);
    if (t->contains) return t->contains(container, x) != 0;
    return lp_contains_by_iter(container, x) != 0;
}

typedef struct {
    lp_value v, f;
    int64_t n;
    lp_value r;
} hint_call_t;

static void len_protected(void *ud)
{
    hint_call_t *c = ud;
    c->n = lp_type_of(c->v)->len(c->v);
}

static void hint_protected(void *ud)
{
    hint_call_t *c = ud;
    c->r = c->v ? lp_call1(c->f, c->v) : lp_call0(c->f);
}

int64_t lp_length_hint(lp_value v, int64_t dflt)
{
    const lp_type_t *t = lp_type_of(v);
    hint_call_t c = {v, LP_NULL, 0, LP_NULL};
    lp_value exc;
    if (t->len) {
        if (!(t->flags & LP_TPF_HEAPTYPE)) return t->len(v);
        exc = lp_pcall(len_protected, &c); /* a TypeError means "no length" */
        if (!exc) return c.n;
        if (!lp_is_instance(exc, &lp_exc_TypeError)) lp_raise_value(exc);
    }
    lp_value f = lp_type_lookup(t, LP_NAME(__length_hint__));
    if (!f) return dflt;
    const lp_type_t *ft = lp_type_of(f);
    if (ft != &lp_type_function && ft != &lp_type_method_descriptor && ft->descr_get) {
        f = ft->descr_get(f, v, lp_from_ptr(t)); /* called bound, without [v] */
        c.v = LP_NULL;
    }
    c.f = f;
    exc = lp_pcall(hint_protected, &c);
    if (exc) {
        if (lp_is_instance(exc, &lp_exc_TypeError)) return dflt;
        lp_raise_value(exc);
    }
    if (c.r == LP_NOTIMPLEMENTED) return dflt;
    if (!lp_is_instance(c.r, &lp_type_int))
        lp_raise(&lp_exc_TypeError, "__length_hint__ must be an integer, not %T", c.r);
    int64_t n = lp_as_ssize(c.r, &lp_exc_OverflowError);
    if (n < 0) lp_raise(&lp_exc_ValueError, "__length_hint__() should return >= 0");
    return n;
}

int64_t lp_len(lp_value v)
{
    const lp_type_t *t = lp_type_of(v);
    if (!t->len) lp_raise(&lp_exc_TypeError, "object of type '%s' has no len()", t->name);
    return t->len(v);
}

/* ==== iteration ==== */

/* iter() of an object with only __getitem__: CPython's seqiter. */
typedef struct {
    lp_object_t head;
    lp_value seq; /* LP_NULL once exhausted */
    int64_t index;
} seqiter_t;

static lp_value seqiter_next(lp_value self);

static lp_value seqiter_iter(lp_value self)
{
    return self;
}

/* iterator.__length_hint__(): what is left of a sequence with a len(),
 * NotImplemented for one without (CPython's iter_len). */
static lp_value seqiter_length_hint(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("iterator.__length_hint__", nargs - 1, kwnames, 0, 0);
    seqiter_t *it = lp_as_ptr(args[0]);
    if (!it->seq) return lp_from_int(0);
    if (!lp_type_of(it->seq)->len) return LP_NOTIMPLEMENTED;
    int64_t left = lp_len(it->seq) - it->index;
    return lp_from_int(left > 0 ? left : 0);
}

static const lp_method_def_t seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, 0,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

lp_type_t lp_type_seqiter = {
    .name = "iterator",
    .size = sizeof(seqiter_t),
    .iter = seqiter_iter,
    .next = seqiter_next,
    .methods = seqiter_methods,
};

typedef struct {
    lp_value seq, key, result;
} getitem_call_t;

static void getitem_protected(void *ud)
{
    getitem_call_t *c = ud;
    c->result = lp_getitem(c->seq, c->key);
}

static lp_value seqiter_next(lp_value self)
{
    seqiter_t *it = lp_as_ptr(self);
    if (!it->seq) return LP_NULL;
    getitem_call_t c = {it->seq, lp_int_from_i64(it->index), LP_NULL};
    lp_value exc = lp_pcall(getitem_protected, &c);
    if (exc) {
        if (lp_is_instance(exc, &lp_exc_IndexError) || lp_is_instance(exc, &lp_exc_StopIteration)) {
            it->seq = LP_NULL;
            return LP_NULL;
        }
        lp_raise_value(exc);
    }
    it->index++;
    return c.result;
}

lp_value lp_iter(lp_value v)
{
    const lp_type_t *t = lp_type_of(v);
    if (t->iter) {
        lp_value it = t->iter(v);
        if (!lp_type_of(it)->next)
            lp_raise(&lp_exc_TypeError, "iter() returned non-iterator of type '%T'", it);
        return it;
    }
    if (t->getitem && !lp_type_is_subtype(t, &lp_type_dict)) {
        seqiter_t *it = lp_alloc(sizeof *it);
        it->head.type = &lp_type_seqiter;
        it->seq = v;
        return lp_from_ptr(it);
    }
    lp_raise(&lp_exc_TypeError, "'%s' object is not iterable", t->name);
}

lp_value lp_iter_next(lp_value it)
{
    const lp_type_t *t = lp_type_of(it);
    if (!t->next) lp_raise(&lp_exc_TypeError, "'%s' object is not an iterator", t->name);
    return t->next(it);
}

/* ==== calls ==== */

lp_value lp_call(lp_value f, lp_value *args, size_t nargs, lp_value kwnames)
{
    const lp_type_t *t = lp_type_of(f);
    if (!t->call) lp_raise(&lp_exc_TypeError, "'%s' object is not callable", t->name);
    return t->call(f, args, nargs, kwnames);
}

lp_value lp_call0(lp_value f)
{
    return lp_call(f, NULL, 0, LP_NULL);
}

lp_value lp_call1(lp_value f, lp_value a)
{
    return lp_call(f, &a, 1, LP_NULL);
}

lp_value lp_call2(lp_value f, lp_value a, lp_value b)
{
    lp_value args[2] = {a, b};
    return lp_call(f, args, 2, LP_NULL);
}

lp_value lp_call_method(lp_value obj, lp_value name, lp_value *args, size_t nargs)
{
    lp_value meth;
    if (lp_get_method(obj, name, &meth)) {
        lp_value small[8]; /* the callee copies its arguments */
        lp_value *a = nargs + 1 <= 8 ? small : lp_alloc((nargs + 1) * sizeof *a);
        a[0] = obj;
        if (nargs) memcpy(a + 1, args, nargs * sizeof *a);
        return lp_call(meth, a, nargs + 1, LP_NULL);
    }
    return lp_call(meth, args, nargs, LP_NULL);
}

bool lp_callable(lp_value v)
{
    return lp_type_of(v)->call != NULL;
}

/* ==== numbers ==== */

static const char *const binop_symbols[] = {
#define X(name, num, sym, dunder, rdunder, idunder) [num] = sym,
    LP_BINOPS(X)
#undef X
};

/* Whether [f] is the `*` of a built-in sequence (its repeat). */
static bool is_builtin_repeat(lp_binary_fn f)
{
    return f == lp_type_list.binop[LP_NB_MULTIPLY] || f == lp_type_tuple.binop[LP_NB_MULTIPLY] ||
           f == lp_type_str.binop[LP_NB_MULTIPLY] || f == lp_type_bytes.binop[LP_NB_MULTIPLY] ||
           f == lp_type_bytearray.binop[LP_NB_MULTIPLY];
}

static _Noreturn void unsupported_binop(const lp_type_t *ta, const lp_type_t *tb, int op,
                                       bool inplace)
{
    if (op == LP_NB_POWER)
        lp_raise(&lp_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                 inplace ? "**=" : "** or pow()", ta->name, tb->name);
    lp_raise(&lp_exc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
             binop_symbols[op], inplace ? "=" : "", ta->name, tb->name);
}

lp_value lp_binary_op(lp_value a, lp_value b, int op)
{
    bool inplace = op >= LP_NB_INPLACE;
    if (inplace) {
        op -= LP_NB_INPLACE;
        lp_binary_fn islot = lp_type_of(a)->inplace[op];
        if (islot) {
            lp_value r = islot(a, b);
            if (r != LP_NOTIMPLEMENTED) return r;
        }
    }
    const lp_type_t *ta = lp_type_of(a), *tb = lp_type_of(b);
    lp_binary_fn slotv = ta->binop[op];
    lp_binary_fn slotw = tb != ta ? tb->binop[op] : NULL;
    if (slotw == slotv) slotw = NULL;
    /* `a *= seq` repeats the right operand only when [a] has no sequence
     * methods at all (int, float: CPython's PyNumber_InPlaceMultiply) */
    if (inplace && op == LP_NB_MULTIPLY && slotw && is_builtin_repeat(slotw) &&
        has_sequence_methods(ta))
        slotw = NULL;
    lp_value r;
    if (slotv) {
        if (slotw && lp_type_is_subtype(tb, ta)) {
            r = slotw(a, b);
            if (r != LP_NOTIMPLEMENTED) return r;
            slotw = NULL;
        }
        r = slotv(a, b);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    if (slotw) {
        r = slotw(a, b);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    unsupported_binop(ta, tb, op, inplace);
}

lp_value lp_binary_op_after_left(lp_value a, lp_value b, int op)
{
    const lp_type_t *ta = lp_type_of(a), *tb = lp_type_of(b);
    lp_binary_fn slotw = tb != ta ? tb->binop[op] : NULL;
    if (slotw && slotw != ta->binop[op]) {
        lp_value r = slotw(a, b);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    unsupported_binop(ta, tb, op, false);
}

lp_value lp_power3(lp_value a, lp_value b, lp_value mod)
{
    if (mod == LP_NONE) return lp_binary_op(a, b, LP_NB_POWER);
    const lp_type_t *ta = lp_type_of(a), *tb = lp_type_of(b), *tc = lp_type_of(mod);
    if (ta->power3) {
        lp_value r = ta->power3(a, b, mod);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    if (tb != ta && tb->power3) {
        lp_value r = tb->power3(a, b, mod);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    if (tc != ta && tc != tb && tc->power3) {
        lp_value r = tc->power3(a, b, mod);
        if (r != LP_NOTIMPLEMENTED) return r;
    }
    lp_raise(&lp_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
             ta->name, tb->name, tc->name);
}

#define UNARY(fn, slot, sym)                                                                       \
    lp_value fn(lp_value v)                                                                        \
    {                                                                                              \
        const lp_type_t *t = lp_type_of(v);                                                        \
        if (!t->slot) lp_raise(&lp_exc_TypeError, "bad operand type for " sym ": '%s'", t->name); \
        return t->slot(v);                                                                         \
    }
UNARY(lp_neg, neg, "unary -")
UNARY(lp_pos, pos, "unary +")
UNARY(lp_invert, invert, "unary ~")
UNARY(lp_abs, abs, "abs()")
#undef UNARY

lp_value lp_index(lp_value v)
{
    if (lp_is_int(v) || lp_int_is_big(v)) return v;
    if (v == LP_TRUE) return lp_from_int(1);
    if (v == LP_FALSE) return lp_from_int(0);
    const lp_type_t *t = lp_type_of(v);
    if (t->flags & LP_TPF_INT_SUBCLASS) return lp_int_unwrap(v); /* never its __index__ */
    if (!t->index)
        lp_raise(&lp_exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
    lp_value r = t->index(v);
    if (lp_int_check(r)) return r;
    if (!lp_is_instance(r, &lp_type_int))
        lp_raise(&lp_exc_TypeError, "__index__ returned non-int (type %T)", r);
    lp_warn(&lp_exc_DeprecationWarning,
            "__index__ returned non-int (type %T).  The ability to return an instance of a strict "
            "subclass of int is deprecated, and may be removed in a future version of Python.", r);
    return lp_int_unwrap(r);
}

int64_t lp_as_ssize(lp_value v, lp_type_t *overflow)
{
    lp_value i = lp_index(v);
    if (lp_is_int(i)) return lp_as_int(i);
    int64_t out;
    if (lp_int_check(i) && lp_int_as_i64(i, &out)) return out;
    if (!overflow) {
        lp_value zero = lp_from_int(0);
        return lp_compare_bool(i, zero, LP_LT) ? INT64_MIN : INT64_MAX;
    }
    lp_raise(overflow, "cannot fit '%T' into an index-sized integer", v);
}
