/* obj_type.c -- `type` and `object`, and how types get ready.
 *
 * lp_type_ready turns a static lp_type_t (or one built by a class
 * statement) into a working type: its MRO, the slots it inherits from its
 * base, and its __dict__ filled from the method and getset tables, with
 * wrappers for the slots a program can name (`int.__add__`,
 * `object.__init__`).  Classes built at run time (type(name, bases, ns))
 * get C3 MROs and slot functions that call their dunder methods
 * (runtime/obj_type_slots.c).
 *
 * Attribute lookup (CPython's PyObject_GenericGetAttr and type_getattro)
 * lives in runtime/ops.c; the descriptor types for native methods and
 * attributes live here.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "finalize.h"
#include "gc.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_mappingproxy.h"
#include "obj_union.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "types.h"

/* ==== subtype tests ==== */

int lp_type_is_subtype(const lp_type_t *t, const lp_type_t *base)
{
    if (t == base) return 1;
    if (t->mro) {
        lp_tuple_t *mro = lp_as_tuple(t->mro);
        for (int64_t i = 0; i < mro->len; i++)
            if (lp_as_ptr(mro->items[i]) == base) return 1;
        return 0;
    }
    for (const lp_type_t *b = t->base; b; b = b->base)
        if (b == base) return 1;
    return 0;
}

/* ==== descriptors for native methods and attributes ==== */

static lp_value method_descr_new(const lp_method_def_t *def, lp_type_t *owner)
{
    lp_method_descr_t *d = lp_alloc(sizeof *d);
    d->head.type = def->flags & LP_METH_CLASS ? &lp_type_classmethod_descriptor
                                              : &lp_type_method_descriptor;
    d->def = def;
    d->owner = owner;
    return lp_from_ptr(d);
}

/* Calling `str.upper(s)`: args[0] must be an instance of the owner. */
static lp_value method_descr_call(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_method_descr_t *d = lp_as_ptr(self);
    if (d->def->flags & LP_METH_STATIC) return d->def->fn(args, nargs, kwnames);
    if (d->def->flags & LP_METH_CLASS) {
        lp_value *a = lp_alloc((nargs + 1 + (kwnames ? (size_t)lp_tuple_len(kwnames) : 0)) *
                               sizeof *a);
        a[0] = lp_from_ptr(d->owner);
        size_t total = nargs + (kwnames ? (size_t)lp_tuple_len(kwnames) : 0);
        memcpy(a + 1, args, total * sizeof *a);
        return d->def->fn(a, nargs + 1, kwnames);
    }
    if (nargs < 1)
        lp_raise(&lp_exc_TypeError, "unbound method %s.%s() needs an argument", d->owner->name,
                 d->def->name);
    if (!lp_is_instance(args[0], d->owner))
        lp_raise(&lp_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                 d->def->name, d->owner->name, args[0]);
    return d->def->fn(args, nargs, kwnames);
}

static lp_value method_descr_get(lp_value self, lp_value obj, lp_value owner)
{
    lp_method_descr_t *d = lp_as_ptr(self);
    if (d->def->flags & LP_METH_STATIC) return lp_builtin_new(d->def->name, d->def->fn, LP_NULL);
    if (d->def->flags & LP_METH_CLASS) {
        lp_value cls = owner ? owner : lp_from_ptr(lp_type_of(obj));
        return lp_builtin_new(d->def->name, d->def->fn, cls);
    }
    if (!obj) return self;
    if (lp_type_of(obj) != d->owner && !lp_is_instance(obj, d->owner))
        lp_raise(&lp_exc_TypeError,
                 "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", d->def->name,
                 d->owner->name, obj);
    return lp_builtin_new(d->def->name, d->def->fn, obj);
}

static lp_value method_descr_repr(lp_value self)
{
    lp_method_descr_t *d = lp_as_ptr(self);
    return lp_str_format_c("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static lp_value method_descr_get_name(lp_value self)
{
    return lp_str_from_cstr(((lp_method_descr_t *)lp_as_ptr(self))->def->name);
}

static lp_value method_descr_get_qualname(lp_value self)
{
    lp_method_descr_t *d = lp_as_ptr(self);
    return lp_str_format_c("%s.%s", d->owner->name, d->def->name);
}

static lp_value method_descr_get_doc(lp_value self)
{
    const char *doc = ((lp_method_descr_t *)lp_as_ptr(self))->def->doc;
    return doc ? lp_str_from_cstr(doc) : LP_NONE;
}

static lp_value method_descr_get_objclass(lp_value self)
{
    return lp_from_ptr(((lp_method_descr_t *)lp_as_ptr(self))->owner);
}

static const lp_getset_def_t method_descr_getsets[] = {
    {"__name__", method_descr_get_name, NULL, NULL},
    {"__qualname__", method_descr_get_qualname, NULL, NULL},
    {"__doc__", method_descr_get_doc, NULL, NULL},
    {"__objclass__", method_descr_get_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

lp_type_t lp_type_method_descriptor = {
    .name = "method_descriptor",
    .size = sizeof(lp_method_descr_t),
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .repr = method_descr_repr,
    .getsets = method_descr_getsets,
};

/* `dict.__dict__['fromkeys'](dict, ...)`: args[0] must be a subclass of
 * the owner (CPython's classmethoddescr_call). */
static lp_value classmethod_descr_call(lp_value self, lp_value *args, size_t nargs,
                                       lp_value kwnames)
{
    lp_method_descr_t *d = lp_as_ptr(self);
    if (nargs < 1)
        lp_raise(&lp_exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                 d->def->name, d->owner->name);
    if (!lp_is_instance(args[0], &lp_type_type))
        lp_raise(&lp_exc_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%T' as arg 2",
                 d->def->name, d->owner->name, args[0]);
    if (!lp_type_is_subtype(lp_as_ptr(args[0]), d->owner))
        lp_raise(&lp_exc_TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
                 d->def->name, d->owner->name, ((lp_type_t *)lp_as_ptr(args[0]))->name);
    return d->def->fn(args, nargs, kwnames);
}

static lp_value classmethod_descr_get(lp_value self, lp_value obj, lp_value owner)
{
    if (!obj && !owner) lp_raise(&lp_exc_TypeError, "__get__(None, None) is invalid");
    return method_descr_get(self, obj, owner);
}

lp_type_t lp_type_classmethod_descriptor = {
    .name = "classmethod_descriptor",
    .size = sizeof(lp_method_descr_t),
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .repr = method_descr_repr,
    .getsets = method_descr_getsets,
};

typedef struct {
    lp_object_t head;
    const lp_getset_def_t *def;
    lp_type_t *owner;
} getset_descr_t;

static lp_value getset_get_name(lp_value self)
{
    return lp_str_from_cstr(((getset_descr_t *)lp_as_ptr(self))->def->name);
}

static lp_value getset_get_qualname(lp_value self)
{
    getset_descr_t *d = lp_as_ptr(self);
    return lp_str_format_c("%U.%s", d->owner->qualname ? d->owner->qualname
                                                      : lp_str_from_cstr(d->owner->name),
                           d->def->name);
}

static lp_value getset_get_objclass(lp_value self)
{
    return lp_from_ptr(((getset_descr_t *)lp_as_ptr(self))->owner);
}

static lp_value getset_get_doc(lp_value self)
{
    const char *doc = ((getset_descr_t *)lp_as_ptr(self))->def->doc;
    return doc ? lp_str_from_cstr(doc) : LP_NONE;
}

static const lp_getset_def_t getset_descr_getsets[] = {
    {"__name__", getset_get_name, NULL, NULL},
    {"__qualname__", getset_get_qualname, NULL, NULL},
    {"__objclass__", getset_get_objclass, NULL, NULL},
    {"__doc__", getset_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static lp_value getset_get(lp_value self, lp_value obj, lp_value owner)
{
    getset_descr_t *d = lp_as_ptr(self);
    if (!obj) return self;
    if (!lp_is_instance(obj, d->owner))
        lp_raise(&lp_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                 d->def->name, d->owner->name, obj);
    return d->def->get(obj);
}

/* Whether CPython implements attribute [attr] of type [owner] as a member
 * (a member_descriptor) rather than a getset. */
static bool cpython_member(const char *owner, const char *attr)
{
    static const char *const members[] = {
        "complex.real", "complex.imag", "slice.start", "slice.stop", "slice.step",
        "range.start", "range.stop", "range.step", "property.fget", "property.fset",
        "property.fdel", "function.__closure__", "function.__globals__",
        "function.__builtins__", "method.__func__", "method.__self__", "staticmethod.__func__",
        "classmethod.__func__", "type.__mro__", "type.__base__", "type.__basicsize__",
        "type.__itemsize__", "type.__flags__", "type.__weakrefoffset__", "type.__dictoffset__",
        "generator.gi_code", "super.__thisclass__", "super.__self__", "super.__self_class__",
        "traceback.tb_frame", "traceback.tb_lasti", "BaseException.__suppress_context__",
        "StopIteration.value", "OSError.errno", "OSError.strerror", "OSError.filename",
        "OSError.filename2", "SystemExit.code", "ImportError.msg", "ImportError.name",
        "ImportError.path", "SyntaxError.msg", "SyntaxError.filename", "SyntaxError.lineno",
        "SyntaxError.offset", "SyntaxError.text", "SyntaxError.end_lineno",
        "SyntaxError.end_offset", "SyntaxError.print_file_and_line", "AttributeError.name",
        "AttributeError.obj", "NameError.name", "BaseExceptionGroup.message",
        "BaseExceptionGroup.exceptions", "module.__dict__", NULL,
    };
    if (!strcmp(owner, "code") && !strncmp(attr, "co_", 3)) return true;
    size_t n = strlen(owner);
    for (const char *const *m = members; *m; m++)
        if (!strncmp(*m, owner, n) && (*m)[n] == '.' && !strcmp(*m + n + 1, attr)) return true;
    return false;
}

static void getset_set(lp_value self, lp_value obj, lp_value v)
{
    getset_descr_t *d = lp_as_ptr(self);
    if (!lp_is_instance(obj, d->owner))
        lp_raise(&lp_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                 d->def->name, d->owner->name, obj);
    if (!d->def->set) {
        if (!strcmp(d->owner->name, "traceback") && !strcmp(d->def->name, "tb_lineno"))
            lp_raise(&lp_exc_AttributeError, "readonly attribute");
        lp_raise(&lp_exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                 d->def->name, d->owner->name);
    }
    d->def->set(obj, v);
}

static lp_value getset_repr(lp_value self)
{
    getset_descr_t *d = lp_as_ptr(self);
    return lp_str_format_c("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

lp_value lp_getset_descr_new(const lp_getset_def_t *def, lp_type_t *owner)
{
    getset_descr_t *d = lp_alloc(sizeof *d);
    d->head.type = &lp_type_getset_descriptor;
    d->def = def;
    d->owner = owner;
    return lp_from_ptr(d);
}

lp_type_t lp_type_getset_descriptor = {
    .name = "getset_descriptor",
    .size = sizeof(getset_descr_t),
    .descr_get = getset_get,
    .descr_set = getset_set,
    .repr = getset_repr,
    .getsets = getset_descr_getsets,
};

/* ==== MRO ==== */

/* The MRO of a single-inheritance chain: t, its base, ..., object. */
static lp_value chain_mro(lp_type_t *t)
{
    int64_t n = 0;
    for (lp_type_t *b = t; b; b = b->base) n++;
    lp_value mro = lp_tuple_new(n);
    int64_t i = 0;
    for (lp_type_t *b = t; b; b = b->base) lp_as_tuple(mro)->items[i++] = lp_from_ptr(b);
    return mro;
}

/* True when [t] appears in a tail (not the head) of one of [n] lists. */
static bool in_tail(lp_value t, lp_value *lists, int64_t *heads, int64_t n)
{
    for (int64_t i = 0; i < n; i++) {
        lp_tuple_t *l = lp_as_tuple(lists[i]);
        for (int64_t j = heads[i] + 1; j < l->len; j++)
            if (l->items[j] == t) return true;
    }
    return false;
}

/* TypeError naming the classes that head the lists still to merge, each
 * once, in order (CPython's set_mro_error). */
static _Noreturn void mro_error(lp_value *lists, int64_t *heads, int64_t n)
{
    lp_value seen = lp_dict_new();
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    lp_strbuf_puts(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
    for (int64_t i = 0; i < n; i++) {
        lp_tuple_t *l = lp_as_tuple(lists[i]);
        if (heads[i] >= l->len || lp_dict_get(seen, l->items[heads[i]])) continue;
        lp_dict_set(seen, l->items[heads[i]], LP_NONE);
        lp_value name = lp_getattr_opt(l->items[heads[i]], LP_NAME(__name__));
        lp_strbuf_puts(&b, lp_dict_len(seen) > 1 ? ", " : " ");
        lp_strbuf_puts(&b, name && lp_str_check(name) ? lp_str_utf8(name, NULL) : "?");
    }
    lp_raise(&lp_exc_TypeError, "%U", lp_strbuf_finish(&b));
}

/* C3 linearisation of [t] with bases [bases] (a tuple of readied types). */
lp_value lp_type_c3_mro(lp_type_t *t, lp_value bases)
{
    int64_t nb = lp_tuple_len(bases), n = nb + 1;
    for (int64_t i = 0; i < nb; i++)
        for (int64_t j = 0; j < i; j++)
            if (lp_tuple_get(bases, i) == lp_tuple_get(bases, j))
                lp_raise(&lp_exc_TypeError, "duplicate base class %s",
                         ((lp_type_t *)lp_as_ptr(lp_tuple_get(bases, i)))->name);
    lp_value *lists = lp_alloc((size_t)n * sizeof *lists);
    int64_t *heads = lp_alloc((size_t)n * sizeof *heads);
    for (int64_t i = 0; i < nb; i++) lists[i] = ((lp_type_t *)lp_as_ptr(lp_tuple_get(bases, i)))->mro;
    lists[nb] = bases;
    lp_value out = lp_list_new(8);
    lp_list_append(out, lp_from_ptr(t));
    for (;;) {
        lp_value pick = LP_NULL;
        bool any = false;
        for (int64_t i = 0; i < n && !pick; i++) {
            lp_tuple_t *l = lp_as_tuple(lists[i]);
            if (heads[i] >= l->len) continue;
            any = true;
            lp_value cand = l->items[heads[i]];
            if (!in_tail(cand, lists, heads, n)) pick = cand;
        }
        if (!any) break;
        if (!pick) mro_error(lists, heads, n);
        lp_list_append(out, pick);
        for (int64_t i = 0; i < n; i++) {
            lp_tuple_t *l = lp_as_tuple(lists[i]);
            if (heads[i] < l->len && l->items[heads[i]] == pick) heads[i]++;
        }
    }
    return lp_tuple_from_array(lp_as_list(out)->items, lp_as_list(out)->len);
}

/* ==== readying ==== */

/* Copies every NULL slot of [t] from [b]. */
static void inherit_slots(lp_type_t *t, const lp_type_t *b)
{
#define INHERIT(f)                                                                                 \
    if (!t->f) t->f = b->f;
    /* a built-in type directly under object without its own allocator
     * cannot be instantiated (CPython's Py_TPFLAGS_DISALLOW_INSTANTIATION) */
    if (!t->new && ((t->flags & LP_TPF_HEAPTYPE) || b != &lp_type_object)) t->new = b->new;
    INHERIT(init) INHERIT(call) INHERIT(repr) INHERIT(str) INHERIT(getattr)
    INHERIT(setattr) INHERIT(descr_get) INHERIT(descr_set) INHERIT(iter) INHERIT(next)
    INHERIT(truth) INHERIT(len) INHERIT(getitem) INHERIT(setitem) INHERIT(contains)
    INHERIT(power3) INHERIT(neg) INHERIT(pos) INHERIT(abs) INHERIT(invert) INHERIT(index)
    INHERIT(to_int) INHERIT(to_float)
#undef INHERIT
    /* hash goes with compare, as CPython's inherit_slots: a type that
     * defines its own comparison does not inherit its base's hash */
    if (!t->hash && !t->compare) t->hash = b->hash;
    if (!t->compare) t->compare = b->compare;
    for (int i = 0; i < LP_NB_COUNT; i++) {
        if (!t->binop[i]) t->binop[i] = b->binop[i];
        if (!t->inplace[i]) t->inplace[i] = b->inplace[i];
    }
    if (!t->dictoffset) t->dictoffset = b->dictoffset;
    if (t->size < b->size) t->size = b->size;
    t->flags |= b->flags & (LP_TPF_INT_SUBCLASS | LP_TPF_FLOAT_SUBCLASS | LP_TPF_STR_SUBCLASS |
                            LP_TPF_TUPLE_SUBCLASS | LP_TPF_LIST_SUBCLASS | LP_TPF_DICT_SUBCLASS |
                            LP_TPF_TYPE_SUBCLASS | LP_TPF_EXC_SUBCLASS | LP_TPF_HAS_DICT);
}

static lp_value object_getattr(lp_value self, lp_value name);

/* __doc__ of objects that wrap a function (bound methods, staticmethod,
 * classmethod): the function's, as CPython's method_get_doc. */
static lp_value wrapped_doc(lp_value self)
{
    lp_value f = lp_getattr_opt(self, lp_str_intern_cstr("__func__"));
    if (f) return lp_getattr(f, LP_NAME(__doc__));
    const char *doc = lp_type_of(self)->doc;
    return doc ? lp_str_from_cstr(doc) : LP_NONE;
}

static const lp_getset_def_t wrapped_doc_getset = {"__doc__", wrapped_doc, NULL, NULL};

/* Puts the method and getset tables of [t] into its __dict__. */
static void fill_dict(lp_type_t *t)
{
    for (const lp_method_def_t *m = t->methods; m && m->name; m++) {
        lp_value name = lp_str_intern_cstr(m->name);
        if (lp_dict_get(t->dict, name)) continue;
        lp_dict_set(t->dict, name, method_descr_new(m, t));
    }
    for (const lp_getset_def_t *g = t->getsets; g && g->name; g++)
        lp_dict_set(t->dict, lp_str_intern_cstr(g->name),
                    cpython_member(t->name, g->name) ? lp_member_descr_new(g, t)
                                                     : lp_getset_descr_new(g, t));
    if (!t->hash && !lp_dict_get(t->dict, LP_NAME(__hash__)))
        lp_dict_set(t->dict, LP_NAME(__hash__), LP_NONE); /* unhashable, as list.__hash__ */
    /* every type has its own __doc__, as CPython's; wrappers of a function
     * with their own attribute lookup (bound methods, staticmethod, ...)
     * show the function's */
    if (!lp_dict_get(t->dict, LP_NAME(__doc__))) {
        if (t->getattr != object_getattr && lp_dict_get(t->dict, lp_str_intern_cstr("__func__")))
            lp_dict_set(t->dict, LP_NAME(__doc__), lp_getset_descr_new(&wrapped_doc_getset, t));
        else
            lp_dict_set(t->dict, LP_NAME(__doc__), t->doc ? lp_str_from_cstr(t->doc) : LP_NONE);
    }
    lp_type_add_slot_wrappers(t);
}

void lp_type_ready(lp_type_t *t)
{
    if (t->flags & LP_TPF_READY) return;
    t->flags |= LP_TPF_READY;
    if (!t->head.type) t->head.type = &lp_type_type;
    if (t != &lp_type_object && !t->base) t->base = &lp_type_object;
    if (t->base) {
        lp_type_ready(t->base);
        inherit_slots(t, t->base);
    }
    if (!t->bases) {
        t->bases = t->base ? lp_tuple_pack(1, lp_from_ptr(t->base)) : lp_tuple_new(0);
        if (t->base) lp_type_add_subclass(t->base, t); /* classes register in lp_type_new_class */
    }
    if (!t->mro) t->mro = chain_mro(t);
    if (!t->dict) t->dict = lp_dict_new();
    lp_dict_set_owner(t->dict, t); /* its changes drop cached lookups */
    fill_dict(t);
    t->flags |= LP_TPF_CACHEABLE; /* complete: no cached lookup on it can be stale */
}

/* ==== object ==== */

static lp_value object_alloc(lp_type_t *t)
{
    lp_object_t *o = lp_alloc(t->size ? t->size : sizeof(lp_object_t));
    o->type = t;
    return lp_from_ptr(o);
}

static size_t nkw(lp_value kwnames)
{
    return kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
}

static void object_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames);

/* "Can't instantiate abstract class C with abstract methods f, g" (3.11). */
static _Noreturn void abstract_error(const lp_type_t *t)
{
    lp_value am = lp_dict_get(t->dict, lp_str_intern_cstr("__abstractmethods__"));
    lp_value names = lp_call1(lp_from_ptr(&lp_type_list), am ? am : lp_tuple_new(0));
    lp_call_method(names, lp_str_intern_cstr("sort"), NULL, 0);
    lp_value joined = lp_call_method(lp_str_from_cstr(", "), lp_str_intern_cstr("join"), &names, 1);
    lp_raise(&lp_exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
             t->name, lp_as_list(names)->len > 1 ? "s" : "", joined);
}

static lp_value object_new(lp_type_t *t, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nargs || nkw(kwnames)) { /* CPython's object_new: excess arguments */
        if (t->new != object_new)
            lp_raise(&lp_exc_TypeError,
                     "object.__new__() takes exactly one argument (the type to instantiate)");
        if (t->init == object_init) lp_raise(&lp_exc_TypeError, "%s() takes no arguments", t->name);
    }
    if (t->flags & LP_TPF_ABSTRACT) abstract_error(t);
    return object_alloc(t);
}

static void object_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    const lp_type_t *t = lp_type_of(self);
    if (nargs || nkw(kwnames)) {
        if (t->init != object_init)
            lp_raise(&lp_exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
        if (t->new == object_new)
            lp_raise(&lp_exc_TypeError,
                     "%s.__init__() takes exactly one argument (the instance to initialize)",
                     t->name);
    }
}

/* "__main__.C" for classes outside builtins, else the bare name. */
lp_value lp_type_qualified_name(const lp_type_t *t)
{
    lp_value qual = t->qualname ? t->qualname : lp_str_from_cstr(t->name);
    lp_value mod = LP_NULL;
    if (t->flags & LP_TPF_HEAPTYPE) mod = lp_dict_get(t->dict, LP_NAME(__module__));
    else if (strchr(t->name, '.')) return lp_str_from_cstr(t->name);
    if (!mod || !lp_str_check(mod) || lp_str_eq_cstr(mod, "builtins")) return qual;
    return lp_str_format_c("%U.%U", mod, qual);
}

static lp_value object_repr(lp_value self)
{
    return lp_str_format_c("<%U object at %p>", lp_type_qualified_name(lp_type_of(self)),
                           lp_as_ptr(self));
}

static int64_t object_hash(lp_value self)
{
    uint64_t y = (uint64_t)lp_value_id(self);
    y = (y >> 4) | (y << 60); /* CPython's _Py_HashPointer */
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

static lp_value object_compare(lp_value self, lp_value other, lp_cmpop_t op)
{
    if (op == LP_EQ) return self == other ? LP_TRUE : LP_NOTIMPLEMENTED;
    if (op == LP_NE) {
        /* __ne__ inverts __eq__ unless that is NotImplemented */
        const lp_type_t *t = lp_type_of(self);
        if (t->compare && t->compare != object_compare) {
            lp_value r = t->compare(self, other, LP_EQ);
            if (r == LP_NOTIMPLEMENTED) return r;
            return lp_bool(!lp_truth(r));
        }
        return self == other ? LP_FALSE : LP_NOTIMPLEMENTED;
    }
    return LP_NOTIMPLEMENTED;
}

static lp_value object_getattr(lp_value self, lp_value name)
{
    return lp_generic_getattr(self, name);
}

static void object_setattr(lp_value self, lp_value name, lp_value v)
{
    lp_generic_setattr(self, name, v);
}

static lp_value object_get_class(lp_value self)
{
    return lp_from_ptr(lp_type_of(self));
}

/* The first built-in type in [t]'s chain of solid bases. */
static const lp_type_t *builtin_root(const lp_type_t *t)
{
    while (t->flags & LP_TPF_HEAPTYPE) t = t->base;
    return t;
}

/* obj.__class__ = C, between classes whose instances are laid out alike. */
static void object_set_class(lp_value self, lp_value v)
{
    if (!v) lp_raise(&lp_exc_TypeError, "can't delete __class__ attribute");
    if (!lp_is_instance(v, &lp_type_type))
        lp_raise(&lp_exc_TypeError, "__class__ must be set to a class, not '%T' object", v);
    const lp_type_t *old = lp_type_of(self);
    lp_type_t *to = lp_as_ptr(v);
    bool modules = lp_type_is_subtype(old, &lp_type_module) && lp_type_is_subtype(to, &lp_type_module);
    if (!lp_is_ptr(self) ||
        (!modules && (!(old->flags & LP_TPF_HEAPTYPE) || !(to->flags & LP_TPF_HEAPTYPE))))
        lp_raise(&lp_exc_TypeError,
                 "__class__ assignment only supported for mutable types or ModuleType subclasses");
    lp_type_check_assignment(old, to, "__class__");
    ((lp_object_t *)lp_as_ptr(self))->type = to;
}

/* object.name() takes no arguments (METH_NOARGS: [nargs] counts self). */
static void object_noargs(const char *name, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "object.%s() takes no keyword arguments", name);
    if (nargs != 1)
        lp_raise(&lp_exc_TypeError, "object.%s() takes no arguments (%zu given)", name, nargs - 1);
}

static lp_value object_m_format(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "object.__format__() takes no keyword arguments");
    if (nargs != 2)
        lp_raise(&lp_exc_TypeError, "object.__format__() takes exactly one argument (%zu given)",
                 nargs - 1);
    if (!lp_str_check(args[1]))
        lp_raise(&lp_exc_TypeError, "__format__() argument must be str, not %T", args[1]);
    if (lp_str_len(args[1]) > 0)
        lp_raise(&lp_exc_TypeError, "unsupported format string passed to %s.__format__",
                 lp_type_of(args[0])->name);
    return lp_str(args[0]);
}

static lp_value object_m_dir(lp_value *args, size_t nargs, lp_value kwnames)
{
    object_noargs("__dir__", nargs, kwnames);
    lp_value seen = lp_dict_new();
    const lp_type_t *t = lp_type_of(args[0]);
    lp_value *slot = lp_instance_dict_slot(args[0]);
    if (slot && *slot) lp_dict_update(seen, *slot);
    lp_tuple_t *mro = lp_as_tuple(t->mro);
    for (int64_t i = 0; i < mro->len; i++)
        lp_dict_update(seen, ((lp_type_t *)lp_as_ptr(mro->items[i]))->dict);
    lp_value out = lp_list_new(lp_dict_len(seen));
    lp_value k;
    int64_t pos = 0;
    while (lp_dict_next(seen, &pos, &k, NULL)) lp_list_append(out, k);
    return out;
}

static lp_value object_m_init_subclass(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_type_t *t = lp_as_ptr(args[0]);
    lp_value qual = t->qualname ? t->qualname : lp_str_from_cstr(t->name);
    if (nkw(kwnames))
        lp_raise(&lp_exc_TypeError, "%U.__init_subclass__() takes no keyword arguments", qual);
    if (nargs > 1)
        lp_raise(&lp_exc_TypeError, "%U.__init_subclass__() takes no arguments (%zu given)", qual,
                 nargs - 1);
    return LP_NONE;
}

static lp_value object_m_subclasshook(lp_value *args, size_t nargs, lp_value kwnames)
{
    return LP_NOTIMPLEMENTED;
}

static lp_value object_m_sizeof(lp_value *args, size_t nargs, lp_value kwnames)
{
    object_noargs("__sizeof__", nargs, kwnames);
    return lp_int_from_i64((int64_t)lp_type_of(args[0])->size);
}

/* The values of [self]'s __slots__ words that are set, by (mangled) name:
 * copyreg._slotnames over the MRO. */
static lp_value slot_values(lp_value self)
{
    lp_value out = lp_dict_new();
    lp_tuple_t *mro = lp_as_tuple(lp_type_of(self)->mro);
    for (int64_t i = 0; i < mro->len; i++) {
        lp_type_t *b = lp_as_ptr(mro->items[i]);
        lp_value names = lp_dict_get(b->dict, LP_NAME(__slots__));
        if (!names) continue;
        if (lp_str_check(names)) names = lp_tuple_pack(1, names);
        lp_value it = lp_iter(names), name;
        while ((name = lp_iter_next(it))) {
            if (!lp_str_check(name) || lp_str_eq_cstr(name, "__dict__") ||
                lp_str_eq_cstr(name, "__weakref__"))
                continue;
            const char *n = lp_str_utf8(name, NULL);
            size_t len = strlen(n);
            bool dunder = len > 4 && n[len - 1] == '_' && n[len - 2] == '_';
            if (n[0] == '_' && n[1] == '_' && !dunder) {
                const char *cls = b->name;
                while (*cls == '_') cls++;
                if (*cls) name = lp_str_format_c("_%s%U", cls, name);
            }
            lp_value v = lp_getattr_opt(self, name);
            if (v) lp_dict_set(out, name, v);
        }
    }
    return out;
}

/* CPython's object_getstate_default: the instance __dict__ (None when
 * empty or missing), paired with the set __slots__ values if any;
 * [required] refuses objects whose built-in base holds hidden data. */
static lp_value object_state(lp_value self, bool required)
{
    const lp_type_t *root = builtin_root(lp_type_of(self));
    if (required && root != &lp_type_object)
        lp_raise(&lp_exc_TypeError, "cannot pickle '%T' object", self);
    lp_value *slot = lp_instance_dict_slot(self);
    lp_value state = slot && *slot && lp_dict_len(*slot) ? lp_dict_copy(*slot) : LP_NONE;
    lp_value slots = slot_values(self);
    if (lp_dict_len(slots)) state = lp_tuple_pack(2, state, slots);
    return state;
}

/* object.__getstate__() */
static lp_value object_m_getstate(lp_value *args, size_t nargs, lp_value kwnames)
{
    object_noargs("__getstate__", nargs, kwnames);
    return object_state(args[0], false);
}

/* self.__getstate__(), calling the default directly when not overridden. */
static lp_value get_state(lp_value self, bool required)
{
    lp_value gs = lp_type_lookup(lp_type_of(self), lp_str_intern_cstr("__getstate__"));
    lp_value own = lp_dict_get(lp_type_object.dict, lp_str_intern_cstr("__getstate__"));
    if (gs == own) return object_state(self, required);
    return lp_call_method(self, lp_str_intern_cstr("__getstate__"), NULL, 0);
}

/* A native function of module copyreg. */
static lp_value copyreg_fn(const char *name, lp_native_fn fn)
{
    lp_value f = lp_builtin_new(name, fn, LP_NULL);
    ((lp_builtin_t *)lp_as_ptr(f))->module = lp_str_from_cstr("copyreg");
    return f;
}

/* copyreg.__newobj__(cls, *args): cls.__new__(cls, *args). */
static lp_value newobj(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nargs < 1 || !lp_is_instance(args[0], &lp_type_type))
        lp_raise(&lp_exc_TypeError, "__newobj__() argument 1 must be a type");
    lp_value f = lp_getattr(args[0], LP_NAME(__new__));
    return lp_call(f, args, nargs, kwnames);
}

/* copyreg._reconstructor(cls, base, state): object.__new__(cls), or
 * base.__new__(cls, state) then base.__init__ when base has its own. */
static lp_value reconstructor(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("_reconstructor", nargs, kwnames, 3, 3);
    lp_value cls = args[0], base = args[1], state = args[2];
    if (base == lp_from_ptr(&lp_type_object))
        return lp_call1(lp_getattr(base, LP_NAME(__new__)), cls);
    lp_value obj = lp_call2(lp_getattr(base, LP_NAME(__new__)), cls, state);
    lp_value init = lp_getattr(base, LP_NAME(__init__));
    if (!lp_eq(init, lp_getattr(lp_from_ptr(&lp_type_object), LP_NAME(__init__))))
        lp_call2(init, obj, state);
    return obj;
}

/* copyreg._reduce_ex(self, proto) for protocols 0 and 1. */
static lp_value reduce_old(lp_value self)
{
    static lp_value recon;
    if (!recon) recon = copyreg_fn("_reconstructor", reconstructor);
    const lp_type_t *cls = lp_type_of(self);
    const lp_type_t *base = &lp_type_object; /* the first built-in class of the MRO */
    lp_tuple_t *mro = lp_as_tuple(cls->mro);
    for (int64_t i = 0; i < mro->len; i++) {
        base = lp_as_ptr(mro->items[i]);
        if (!(base->flags & LP_TPF_HEAPTYPE)) break;
    }
    lp_value state = LP_NONE;
    if (base != &lp_type_object) {
        if (base == cls) lp_raise(&lp_exc_TypeError, "cannot pickle '%s' object", cls->name);
        state = lp_call1(lp_from_ptr(base), self);
    }
    lp_value args = lp_tuple_pack(3, lp_from_ptr(cls), lp_from_ptr(base), state);
    lp_value gs = lp_type_lookup(cls, lp_str_intern_cstr("__getstate__"));
    lp_value own = lp_dict_get(lp_type_object.dict, lp_str_intern_cstr("__getstate__"));
    if (gs == own) {
        lp_value slots = lp_getattr_opt(self, LP_NAME(__slots__));
        if (slots && lp_truth(slots))
            lp_raise(&lp_exc_TypeError, "a class that defines __slots__ without defining "
                     "__getstate__ cannot be pickled");
    }
    lp_value dict = lp_call_method(self, lp_str_intern_cstr("__getstate__"), NULL, 0);
    if (lp_truth(dict)) return lp_tuple_pack(3, recon, args, dict);
    return lp_tuple_pack(2, recon, args);
}

/* CPython's reduce_newobj (protocol 2 and up): (copyreg.__newobj__,
 * (cls, *args), state, listitems, dictitems). */
static lp_value reduce_new(lp_value self)
{
    static lp_value newobj_fn;
    if (!newobj_fn) newobj_fn = copyreg_fn("__newobj__", newobj);
    const lp_type_t *t = lp_type_of(self);
    if (!t->new) lp_raise(&lp_exc_TypeError, "cannot pickle '%s' object", t->name);
    lp_value cls_args = lp_tuple_pack(1, lp_from_ptr(t));
    lp_value getnewargs = lp_getattr_opt(self, lp_str_intern_cstr("__getnewargs__"));
    if (getnewargs) {
        lp_value extra = lp_call0(getnewargs);
        if (!lp_tuple_check(extra))
            lp_raise(&lp_exc_TypeError, "__getnewargs__ should return a tuple, not '%T'", extra);
        cls_args = lp_binary_op(cls_args, extra, LP_NB_ADD);
    }
    bool is_list = lp_is_instance(self, &lp_type_list);
    bool is_dict = lp_is_instance(self, &lp_type_dict);
    lp_value state = get_state(self, !(getnewargs || is_list || is_dict));
    lp_value items = LP_NONE, dictitems = LP_NONE;
    if (is_list) items = lp_iter(self);
    if (is_dict) dictitems = lp_iter(lp_call_method(self, LP_NAME(items), NULL, 0));
    return lp_tuple_pack(5, newobj_fn, cls_args, state, items, dictitems);
}

/* object.__reduce_ex__(protocol): a class's own __reduce__ when it has
 * one, else copyreg's protocol 0/1 form or reduce_newobj. */
static lp_value object_m_reduce_ex(lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames))
        lp_raise(&lp_exc_TypeError, "object.__reduce_ex__() takes no keyword arguments");
    if (nargs != 2)
        lp_raise(&lp_exc_TypeError, "object.__reduce_ex__() takes exactly one argument (%zu given)",
                 nargs - 1);
    lp_value self = args[0];
    int64_t proto = lp_as_ssize(args[1], &lp_exc_OverflowError);
    lp_value red = lp_type_lookup(lp_type_of(self), lp_str_intern_cstr("__reduce__"));
    lp_value own = lp_dict_get(lp_type_object.dict, lp_str_intern_cstr("__reduce__"));
    if (red && red != own) return lp_call_method(self, lp_str_intern_cstr("__reduce__"), NULL, 0);
    return proto >= 2 ? reduce_new(self) : reduce_old(self);
}

static lp_value object_m_reduce(lp_value *args, size_t nargs, lp_value kwnames)
{
    object_noargs("__reduce__", nargs, kwnames);
    return reduce_old(args[0]);
}

/* the repr slot itself: lp_str checks the result and names __str__ */
static lp_value object_str(lp_value self)
{
    return lp_type_of(self)->repr(self);
}

static const lp_method_def_t object_methods[] = {
    {"__sizeof__", object_m_sizeof, 0, "Size of object in memory, in bytes."},
    {"__getstate__", object_m_getstate, 0, "Helper for pickle."},
    {"__reduce_ex__", object_m_reduce_ex, 0, "Helper for pickle."},
    {"__reduce__", object_m_reduce, 0, "Helper for pickle."},
    {"__format__", object_m_format, 0, "Default object formatter."},
    {"__dir__", object_m_dir, 0, "Default dir() implementation."},
    {"__init_subclass__", object_m_init_subclass, LP_METH_CLASS, NULL},
    {"__subclasshook__", object_m_subclasshook, LP_METH_CLASS, NULL},
    {NULL},
};

static const lp_getset_def_t object_getsets[] = {
    {"__class__", object_get_class, object_set_class, NULL},
    {NULL},
};

lp_type_t lp_type_object = {
    .name = "object",
    .size = sizeof(lp_object_t),
    .flags = LP_TPF_BASETYPE,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
           "and returns a new featureless\ninstance that has no instance attributes and "
           "cannot be given any.\n",
    .new = object_new,
    .init = object_init,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .compare = object_compare,
    .getattr = object_getattr,
    .setattr = object_setattr,
    .methods = object_methods,
    .getsets = object_getsets,
};

/* ==== type ==== */

static lp_value type_call(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_type_t *t = lp_as_ptr(self);
    if (t == &lp_type_type && nargs == 1 && nkw(kwnames))
        lp_raise(&lp_exc_TypeError, "type() takes no keyword arguments");
    if (t == &lp_type_type && nargs == 1) return lp_from_ptr(lp_type_of(args[0]));
    if (t == &lp_type_type && nargs != 3)
        lp_raise(&lp_exc_TypeError, "type() takes 1 or 3 arguments");
    if (!t->new) lp_raise(&lp_exc_TypeError, "cannot create '%s' instances", t->name);
    lp_value obj = t->new(t, args, nargs, kwnames);
    const lp_type_t *ot = lp_type_of(obj);
    if (ot->flags & LP_TPF_HAS_DEL) lp_finalize_track(obj);
    if ((ot == t || lp_type_is_subtype(ot, t)) && ot->init) ot->init(obj, args, nargs, kwnames);
    return obj;
}

static lp_value type_repr(lp_value self)
{
    return lp_str_format_c("<class '%U'>", lp_type_qualified_name(lp_as_ptr(self)));
}

static lp_value type_getattr(lp_value self, lp_value name)
{
    return lp_type_getattr(self, name);
}

static void type_setattr(lp_value self, lp_value name, lp_value v)
{
    lp_type_t *t = lp_as_ptr(self);
    if (!(t->flags & LP_TPF_HEAPTYPE))
        lp_raise(&lp_exc_TypeError,
                 "cannot set '%U' attribute of immutable type '%s'", name, t->name);
    lp_value descr = lp_type_lookup(lp_type_of(self), name);
    if (descr && lp_type_of(descr)->descr_set) {
        lp_type_of(descr)->descr_set(descr, self, v);
        return;
    }
    /* the dict drops the cached lookups of t and its subclasses itself */
    if (v) lp_dict_set(t->dict, name, v);
    else if (!lp_dict_del(t->dict, name))
        lp_raise(&lp_exc_AttributeError, "type object '%s' has no attribute '%U'", t->name, name);
    lp_type_update_slot(t, name);
}

static lp_value type_get_name(lp_value self)
{
    lp_type_t *t = lp_as_ptr(self);
    const char *dot = (t->flags & LP_TPF_HEAPTYPE) ? NULL : strrchr(t->name, '.');
    return lp_str_from_cstr(dot ? dot + 1 : t->name);
}

static lp_value type_get_qualname(lp_value self)
{
    lp_type_t *t = lp_as_ptr(self);
    return t->qualname ? t->qualname : type_get_name(self);
}

/* The new value of a class's __name__ or __qualname__ ([what]): a str. */
/* CPython's check_set_special_type_attr. */
static void check_special_set(lp_type_t *t, lp_value v, const char *what)
{
    if (!(t->flags & LP_TPF_HEAPTYPE))
        lp_raise(&lp_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", what,
                 t->name);
    if (!v)
        lp_raise(&lp_exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", what,
                 t->name);
}

static void check_name_value(lp_type_t *t, lp_value v, const char *what)
{
    check_special_set(t, v, what);
    if (!lp_str_check(v))
        lp_raise(&lp_exc_TypeError, "can only assign string to %s.%s, not '%T'", t->name, what, v);
}

static void type_set_name(lp_value self, lp_value v)
{
    lp_type_t *t = lp_as_ptr(self);
    check_name_value(t, v, "__name__");
    size_t n;
    const char *utf8 = lp_str_utf8(v, &n);
    if (strlen(utf8) != n)
        lp_raise(&lp_exc_ValueError, "type name must not contain null characters");
    char *copy = lp_alloc_atomic(n + 1); /* its own block: t->name keeps it alive */
    memcpy(copy, utf8, n + 1);
    t->name = copy;
}

static void type_set_qualname(lp_value self, lp_value v)
{
    lp_type_t *t = lp_as_ptr(self);
    check_name_value(t, v, "__qualname__");
    t->qualname = v;
}

static lp_value type_get_module(lp_value self)
{
    lp_type_t *t = lp_as_ptr(self);
    if (t->flags & LP_TPF_HEAPTYPE) {
        lp_value m = lp_dict_get(t->dict, LP_NAME(__module__));
        if (m) return m;
    }
    const char *dot = strrchr(t->name, '.');
    if (dot) return lp_str_from_utf8(t->name, (size_t)(dot - t->name));
    return lp_str_from_cstr("builtins");
}

/* C.__module__ = v / C.__doc__ = v: stored in the class's namespace. */
static void set_in_namespace(lp_value self, lp_value v, const char *what)
{
    lp_type_t *t = lp_as_ptr(self);
    check_special_set(t, v, what);
    lp_dict_set(t->dict, lp_str_intern_cstr(what), v);
    lp_type_cache_clear();
}

static void type_set_module(lp_value self, lp_value v)
{
    set_in_namespace(self, v, "__module__");
}

static void type_set_doc(lp_value self, lp_value v)
{
    set_in_namespace(self, v, "__doc__");
}

static lp_value type_get_mro(lp_value self)
{
    return ((lp_type_t *)lp_as_ptr(self))->mro;
}

static lp_value type_get_bases(lp_value self)
{
    return ((lp_type_t *)lp_as_ptr(self))->bases;
}

static void type_set_bases(lp_value self, lp_value v)
{
    lp_type_set_bases(lp_as_ptr(self), v);
}

static lp_value type_get_base(lp_value self)
{
    lp_type_t *b = ((lp_type_t *)lp_as_ptr(self))->base;
    return b ? lp_from_ptr(b) : LP_NONE;
}

static lp_value type_get_dict(lp_value self)
{
    return lp_mappingproxy_new(((lp_type_t *)lp_as_ptr(self))->dict); /* read-only */
}

static lp_value type_get_doc(lp_value self)
{
    lp_type_t *t = lp_as_ptr(self);
    /* a built-in type's own doc, not its instances' __doc__ descriptor */
    if (!(t->flags & LP_TPF_HEAPTYPE) && t->doc) return lp_str_from_cstr(t->doc);
    lp_value d = lp_dict_get(t->dict, LP_NAME(__doc__));
    if (!d) return LP_NONE;
    if (lp_type_of(d)->descr_get) return lp_type_of(d)->descr_get(d, LP_NULL, self);
    return d;
}

/* A no-argument method of type, called on the class args[0]: CPython names
 * it by the class ("A.mro() takes no arguments (1 given)"). */
static void type_noargs(const char *name, lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_type_t *t = lp_as_ptr(args[0]);
    lp_value qual = t->qualname ? t->qualname : lp_str_from_cstr(t->name);
    if (nkw(kwnames))
        lp_raise(&lp_exc_TypeError, "%U.%s() takes no keyword arguments", qual, name);
    if (nargs != 1)
        lp_raise(&lp_exc_TypeError, "%U.%s() takes no arguments (%zu given)", qual, name,
                 nargs - 1);
}

/* C.__abstractmethods__ (set by abc.ABCMeta): only in the class's own
 * namespace; a true value makes object() refuse instances. */
static lp_value type_get_abstractmethods(lp_value self)
{
    lp_type_t *t = lp_as_ptr(self);
    lp_value name = lp_str_intern_cstr("__abstractmethods__");
    lp_value v = t != &lp_type_type ? lp_dict_get(t->dict, name) : LP_NULL;
    if (!v) lp_raise_value(lp_call1(lp_from_ptr(&lp_exc_AttributeError), name));
    return v;
}

static void type_set_abstractmethods(lp_value self, lp_value v)
{
    lp_type_t *t = lp_as_ptr(self);
    lp_value name = lp_str_intern_cstr("__abstractmethods__");
    bool abstract = false;
    if (v) {
        abstract = lp_truth(v);
        lp_dict_set(t->dict, name, v);
    } else if (!lp_dict_del(t->dict, name)) {
        lp_raise_value(lp_call1(lp_from_ptr(&lp_exc_AttributeError), name));
    }
    if (abstract) t->flags |= LP_TPF_ABSTRACT;
    else t->flags &= ~(unsigned)LP_TPF_ABSTRACT;
}

/* The layout figures CPython shows (__basicsize__ ...): lemonpy's own,
 * with CPython's object header (two words) counted. */
static lp_value type_get_basicsize(lp_value self)
{
    return lp_from_int((int64_t)((lp_type_t *)lp_as_ptr(self))->size + 8);
}

static lp_value type_get_itemsize(lp_value self)
{
    const lp_type_t *t = lp_as_ptr(self);
    if (t->flags & LP_TPF_INT_SUBCLASS) return lp_from_int(4);
    if (t->flags & (LP_TPF_TUPLE_SUBCLASS | LP_TPF_TYPE_SUBCLASS)) return lp_from_int(8);
    return lp_from_int(lp_type_is_subtype(t, &lp_type_bytes) ? 1 : 0);
}

static lp_value type_get_flags(lp_value self)
{
    const lp_type_t *t = lp_as_ptr(self);
    static const struct { unsigned ours; unsigned long theirs; } bits[] = {
        {LP_TPF_HEAPTYPE, 1ul << 9}, {LP_TPF_BASETYPE, 1ul << 10}, {LP_TPF_ABSTRACT, 1ul << 20},
        {LP_TPF_INT_SUBCLASS, 1ul << 24}, {LP_TPF_LIST_SUBCLASS, 1ul << 25},
        {LP_TPF_TUPLE_SUBCLASS, 1ul << 26}, {LP_TPF_STR_SUBCLASS, 1ul << 28},
        {LP_TPF_DICT_SUBCLASS, 1ul << 29}, {LP_TPF_EXC_SUBCLASS, 1ul << 30},
        {LP_TPF_TYPE_SUBCLASS, 1ul << 31},
    };
    unsigned long f = 1ul << 12; /* ready */
    if (!(t->flags & LP_TPF_HEAPTYPE)) f |= 1ul << 8; /* immutable */
    for (size_t i = 0; i < sizeof bits / sizeof bits[0]; i++)
        if (t->flags & bits[i].ours) f |= bits[i].theirs;
    return lp_from_int((int64_t)f);
}

static lp_value type_get_dictoffset(lp_value self)
{
    const lp_type_t *t = lp_as_ptr(self);
    return lp_from_int(t->dictoffset ? (int64_t)t->dictoffset + 8 : 0);
}

static lp_value type_get_weakrefoffset(lp_value self)
{
    return lp_from_int(0);
}

static lp_value type_get_text_signature(lp_value self)
{
    return LP_NONE;
}

/* C.__annotations__: the class's own, made empty on first use (3.10+). */
static lp_value type_get_annotations(lp_value self)
{
    lp_type_t *t = lp_as_ptr(self);
    lp_value name = lp_str_intern_cstr("__annotations__");
    if (!(t->flags & LP_TPF_HEAPTYPE))
        lp_raise(&lp_exc_AttributeError, "type object '%s' has no attribute '__annotations__'",
                 t->name);
    lp_value a = lp_dict_get(t->dict, name);
    if (a) return lp_type_of(a)->descr_get ? lp_type_of(a)->descr_get(a, LP_NULL, self) : a;
    a = lp_dict_new();
    lp_dict_set(t->dict, name, a);
    return a;
}

static void type_set_annotations(lp_value self, lp_value v)
{
    lp_type_t *t = lp_as_ptr(self);
    lp_value name = lp_str_intern_cstr("__annotations__");
    if (!(t->flags & LP_TPF_HEAPTYPE))
        lp_raise(&lp_exc_TypeError, "cannot %s '__annotations__' attribute of immutable type '%s'",
                 v ? "set" : "delete", t->name);
    if (v) lp_dict_set(t->dict, name, v);
    else if (!lp_dict_del(t->dict, name))
        lp_raise_value(lp_call1(lp_from_ptr(&lp_exc_AttributeError), name));
}

static lp_value type_m_mro(lp_value *args, size_t nargs, lp_value kwnames)
{
    type_noargs("mro", args, nargs, kwnames);
    lp_type_t *t = lp_as_ptr(args[0]);
    lp_value mro = t->bases ? lp_type_c3_mro(t, t->bases) : t->mro;
    return lp_list_from_array(lp_as_tuple(mro)->items, lp_as_tuple(mro)->len);
}

/* ==== __subclasses__: weak for classes, as CPython's ==== */

/* An entry of a subclass list that names a class (heap type) weakly, so
 * that the list does not keep dead classes alive (static types are listed
 * by pointer: they never die).  Allocated pointer-free. */
typedef struct {
    lp_object_t head; /* &subclass_ref_type */
    void *link;       /* lp_gc_weak_set */
} subclass_ref_t;

static lp_type_t subclass_ref_type = {.name = "subclass_ref"};

lp_type_t *lp_type_subclass_entry(lp_value e)
{
    if (lp_type_of(e) != &subclass_ref_type) return lp_as_ptr(e);
    return lp_gc_weak_get(&((subclass_ref_t *)lp_as_ptr(e))->link);
}

lp_value lp_type_subclasses(const lp_type_t *t)
{
    lp_value out = lp_list_new(0);
    if (!t->subclasses) return out;
    lp_list_t *l = lp_as_list(t->subclasses);
    for (int64_t i = 0; i < l->len; i++) {
        lp_type_t *c = lp_type_subclass_entry(l->items[i]);
        if (c) lp_list_append(out, lp_from_ptr(c));
    }
    return out;
}

static lp_value type_m_subclasses(lp_value *args, size_t nargs, lp_value kwnames)
{
    type_noargs("__subclasses__", args, nargs, kwnames);
    return lp_type_subclasses(lp_as_ptr(args[0]));
}

/* Drops the entries of [base]'s list whose class died or is [gone]. */
static void prune_subclasses(lp_type_t *base, const lp_type_t *gone)
{
    lp_list_t *l = lp_as_list(base->subclasses);
    int64_t j = 0;
    for (int64_t i = 0; i < l->len; i++) {
        lp_type_t *c = lp_type_subclass_entry(l->items[i]);
        if (c && c != gone) l->items[j++] = l->items[i];
    }
    for (int64_t i = j; i < l->len; i++) l->items[i] = LP_NULL;
    l->len = j;
}

void lp_type_add_subclass(lp_type_t *base, lp_type_t *sub)
{
    if (!base->subclasses) base->subclasses = lp_list_new(4);
    lp_list_t *l = lp_as_list(base->subclasses);
    if (l->len >= 16 && (l->len & (l->len - 1)) == 0) prune_subclasses(base, NULL);
    if (!(sub->flags & LP_TPF_HEAPTYPE)) {
        lp_list_append(base->subclasses, lp_from_ptr(sub));
        return;
    }
    subclass_ref_t *r = lp_alloc_atomic(sizeof *r);
    r->head.type = &subclass_ref_type;
    lp_gc_weak_set(&r->link, sub);
    lp_list_append(base->subclasses, lp_from_ptr(r));
}

void lp_type_remove_subclass(lp_type_t *base, lp_type_t *sub)
{
    if (base->subclasses) prune_subclasses(base, sub);
}

static lp_value type_new(lp_type_t *meta, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nargs != 3)
        lp_raise(&lp_exc_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
    if (!lp_str_check(args[0]))
        lp_raise(&lp_exc_TypeError, "type.__new__() argument 1 must be str, not %T", args[0]);
    if (!lp_tuple_check(args[1]))
        lp_raise(&lp_exc_TypeError, "type.__new__() argument 2 must be tuple, not %T", args[1]);
    if (!lp_dict_check(args[2]))
        lp_raise(&lp_exc_TypeError, "type.__new__() argument 3 must be dict, not %T", args[2]);
    lp_type_check_bases_are_types(args[1]);
    /* the most derived metaclass builds the class, as CPython's type_new */
    lp_type_t *winner = lp_type_calculate_meta(meta, args[1]);
    if (winner != meta) {
        if (winner->new != type_new) return winner->new(winner, args, nargs, kwnames);
        meta = winner;
    }
    return lp_type_new_class_kw(meta, args[0], args[1], args[2], args + 3, nkw(kwnames) ? kwnames : LP_NULL);
}

static void type_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nargs == 1 && nkw(kwnames))
        lp_raise(&lp_exc_TypeError, "type.__init__() takes no keyword arguments");
    if (nargs != 1 && nargs != 3)
        lp_raise(&lp_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
}

/* type.__prepare__(name, bases, **kw): a new dict for the class body. */
static lp_value type_m_prepare(lp_value *args, size_t nargs, lp_value kwnames)
{
    return lp_dict_new();
}

/* Whether [derived] (a class or an object with __bases__) has [cls] among
 * its bases, transitively (CPython's abstract_issubclass). */
static bool bases_reach(lp_value derived, lp_value cls, int depth)
{
    if (derived == cls) return true;
    if (lp_is_instance(derived, &lp_type_type) && lp_is_instance(cls, &lp_type_type))
        return lp_type_is_subtype(lp_as_ptr(derived), lp_as_ptr(cls));
    if (depth > 1000)
        lp_raise(&lp_exc_RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
    lp_value b = lp_getattr_opt(derived, lp_str_intern_cstr("__bases__"));
    if (!b || !lp_tuple_check(b)) return false;
    for (int64_t i = 0; i < lp_tuple_len(b); i++)
        if (bases_reach(lp_tuple_get(b, i), cls, depth + 1)) return true;
    return false;
}

/* type.__instancecheck__(cls, obj): type(obj) or obj.__class__ is a subclass. */
static lp_value type_m_instancecheck(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("__instancecheck__", nargs, kwnames, 2, 2);
    if (lp_is_instance(args[1], lp_as_ptr(args[0]))) return LP_TRUE;
    lp_value c = lp_getattr_opt(args[1], LP_NAME(__class__));
    return lp_bool(c && c != lp_from_ptr((void *)lp_type_of(args[1])) &&
                   bases_reach(c, args[0], 0));
}

/* type.__subclasscheck__(cls, sub): issubclass without the hooks. */
static lp_value type_m_subclasscheck(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("__subclasscheck__", nargs, kwnames, 2, 2);
    lp_value sub = args[1];
    if (!lp_is_instance(sub, &lp_type_type)) {
        lp_value b = lp_getattr_opt(sub, lp_str_intern_cstr("__bases__"));
        if (!b || !lp_tuple_check(b))
            lp_raise(&lp_exc_TypeError, "issubclass() arg 1 must be a class");
    }
    return lp_bool(bases_reach(sub, args[0], 0));
}

static const lp_method_def_t type_methods[] = {
    {"mro", type_m_mro, 0, "Return a type's method resolution order."},
    {"__subclasses__", type_m_subclasses, 0, "Return a list of immediate subclasses."},
    {"__prepare__", type_m_prepare, LP_METH_CLASS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__instancecheck__", type_m_instancecheck, 0, "Check if an object is an instance."},
    {"__subclasscheck__", type_m_subclasscheck, 0, "Check if a class is a subclass."},
    {NULL},
};

static const lp_getset_def_t type_getsets[] = {
    {"__name__", type_get_name, type_set_name, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL},
    {"__module__", type_get_module, type_set_module, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL},
    {"__base__", type_get_base, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL},
    {"__basicsize__", type_get_basicsize, NULL, NULL},
    {"__itemsize__", type_get_itemsize, NULL, NULL},
    {"__flags__", type_get_flags, NULL, NULL},
    {"__dictoffset__", type_get_dictoffset, NULL, NULL},
    {"__weakrefoffset__", type_get_weakrefoffset, NULL, NULL},
    {"__text_signature__", type_get_text_signature, NULL, NULL},
    {NULL},
};

lp_type_t lp_type_type = {
    .name = "type",
    .size = sizeof(lp_type_t),
    .flags = LP_TPF_BASETYPE | LP_TPF_TYPE_SUBCLASS,
    .new = type_new,
    .init = type_init,
    .call = type_call,
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .methods = type_methods,
    .getsets = type_getsets,
    .binop = {[LP_NB_OR] = lp_union_or}, /* int | str (PEP 604) */
};

/* ==== start-up ==== */

void lp_types_init(void)
{
    static bool done;
    if (done) return;
    done = true;
    lp_names_init();
#define X(c) lp_type_ready(&lp_type_##c);
    LP_BUILTIN_TYPES(X)
#undef X
#define X(name, base) lp_type_ready(&lp_exc_##name);
    LP_EXCEPTIONS(X)
#undef X
    /* `list[int] | None`: GenericAlias has no `|` here, so None answers it
     * (set after lp_type_ready: NoneType shows no __or__, as CPython's) */
    lp_type_none.binop[LP_NB_OR] = lp_union_none_or;
    lp_exc_types_init();
    lp_type_cache_clear();
}
