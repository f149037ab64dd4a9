/* obj_descr.c -- classmethod, staticmethod, property and super.
 *
 * The first three are descriptors (object.h descr_get/descr_set): found on
 * a class, they decide what `obj.name` gives.  super() looks a name up in
 * the MRO of an object's class, after a given class; its zero-argument form
 * reads the calling frame's first argument and its __class__ cell through
 * the VM (src/vm.h).
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "frame.h"
#include "gc.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"
#include "vm.h"

static size_t nkw(lp_value kwnames)
{
    return kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
}

/* ==== classmethod and staticmethod ==== */

typedef struct {
    lp_object_t head;
    lp_value dict;     /* __dict__ (LP_TPF_HAS_DICT layout), or LP_NULL */
    lp_value callable; /* the wrapped function */
} wrapper_t;

static wrapper_t *as_wrapper(lp_value v)
{
    return (wrapper_t *)lp_as_ptr(v);
}

static lp_value wrapper_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    wrapper_t *w = lp_alloc(type->size > sizeof(wrapper_t) ? type->size : sizeof(wrapper_t));
    w->head.type = type;
    w->callable = LP_NONE;
    return lp_from_ptr(w);
}

/* classmethod(f) and staticmethod(f): one argument, no keywords. */
static void wrapper_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    const char *name = lp_is_instance(self, &lp_type_classmethod) ? "classmethod" : "staticmethod";
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "%s() takes no keyword arguments", name);
    if (nargs != 1) lp_raise(&lp_exc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
    as_wrapper(self)->callable = args[0];
    /* 3.10+: the function's attributes are copied into the wrapper's
     * __dict__, as functools.wraps (CPython's functools_wraps) */
    static const char *const copied[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                         "__annotations__"};
    for (size_t i = 0; i < sizeof copied / sizeof copied[0]; i++) {
        lp_value key = lp_str_intern_cstr(copied[i]);
        lp_value v = lp_getattr_opt(args[0], key);
        if (!v) continue;
        if (!as_wrapper(self)->dict) as_wrapper(self)->dict = lp_dict_new();
        lp_dict_set(as_wrapper(self)->dict, key, v);
    }
}

static lp_value wrapper_get_dict(lp_value self)
{
    if (!as_wrapper(self)->dict) as_wrapper(self)->dict = lp_dict_new();
    return as_wrapper(self)->dict;
}

static void wrapper_set_dict(lp_value self, lp_value v)
{
    if (!v) lp_raise(&lp_exc_TypeError, "cannot delete __dict__");
    if (!lp_dict_check(v))
        lp_raise(&lp_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
    as_wrapper(self)->dict = v;
}

static lp_value classmethod_get(lp_value self, lp_value obj, lp_value owner)
{
    if (!owner) owner = lp_from_ptr((void *)lp_type_of(obj));
    lp_value f = as_wrapper(self)->callable;
    const lp_type_t *ft = lp_type_of(f);
    if (ft->descr_get) return ft->descr_get(f, owner, lp_from_ptr((void *)lp_type_of(owner)));
    return lp_method_new(f, owner);
}

lp_value lp_classmethod_function(lp_value cm)
{
    if (lp_type_of(cm) != &lp_type_classmethod) return LP_NULL;
    lp_value f = as_wrapper(cm)->callable;
    return lp_type_of(f) == &lp_type_function ? f : LP_NULL;
}

static lp_value staticmethod_get(lp_value self, lp_value obj, lp_value owner)
{
    return as_wrapper(self)->callable;
}

static lp_value staticmethod_call(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    return lp_call(as_wrapper(self)->callable, args, nargs, kwnames);
}

static lp_value wrapper_repr(lp_value self)
{
    return lp_str_format_c("<%T(%R)>", self, as_wrapper(self)->callable);
}

static lp_value wrapper_get_func(lp_value self)
{
    return as_wrapper(self)->callable;
}

static lp_value wrapper_get_abstract(lp_value self)
{
    lp_value v =
        lp_getattr_opt(as_wrapper(self)->callable, lp_str_intern_cstr("__isabstractmethod__"));
    return lp_bool(v && lp_truth(v));
}

static lp_value wrapper_getattr(lp_value self, lp_value name)
{
    return lp_generic_getattr(self, name);
}

static const lp_getset_def_t wrapper_getsets[] = {
    {"__func__", wrapper_get_func, NULL, NULL},
    {"__wrapped__", wrapper_get_func, NULL, NULL},
    {"__isabstractmethod__", wrapper_get_abstract, NULL, NULL},
    {"__dict__", wrapper_get_dict, wrapper_set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

lp_type_t lp_type_classmethod = {
    .name = "classmethod",
    .size = sizeof(wrapper_t),
    .dictoffset = offsetof(wrapper_t, dict),
    .flags = LP_TPF_BASETYPE | LP_TPF_HAS_DICT,
    .new = wrapper_new,
    .init = wrapper_init,
    .repr = wrapper_repr,
    .getattr = wrapper_getattr,
    .descr_get = classmethod_get,
    .getsets = wrapper_getsets,
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
};

lp_type_t lp_type_staticmethod = {
    .name = "staticmethod",
    .size = sizeof(wrapper_t),
    .dictoffset = offsetof(wrapper_t, dict),
    .flags = LP_TPF_BASETYPE | LP_TPF_HAS_DICT,
    .new = wrapper_new,
    .init = wrapper_init,
    .call = staticmethod_call,
    .repr = wrapper_repr,
    .getattr = wrapper_getattr,
    .descr_get = staticmethod_get,
    .getsets = wrapper_getsets,
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
};

/* ==== property ==== */

typedef struct {
    lp_object_t head;
    lp_value dict;
    lp_value fget, fset, fdel, doc; /* None when absent */
    lp_value name;                  /* from __set_name__, or LP_NULL */
    bool getter_doc;                /* doc came from fget.__doc__ */
} property_t;

static property_t *as_prop(lp_value v)
{
    return (property_t *)lp_as_ptr(v);
}

static lp_value property_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    property_t *p = lp_alloc(type->size > sizeof(property_t) ? type->size : sizeof(property_t));
    p->head.type = type;
    p->fget = p->fset = p->fdel = p->doc = LP_NONE;
    return lp_from_ptr(p);
}

static void property_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    lp_value v[4] = {LP_NONE, LP_NONE, LP_NONE, LP_NONE};
    if (nargs > 4)
        lp_raise(&lp_exc_TypeError, "property() takes at most 4 arguments (%zu given)",
                 nargs + nkw(kwnames));
    for (size_t i = 0; i < nargs; i++)
        v[i] = args[i];
    for (size_t k = 0; k < nkw(kwnames); k++) {
        lp_value key = lp_tuple_get(kwnames, (int64_t)k);
        size_t i = 0;
        while (names[i] && !lp_str_eq_cstr(key, names[i]))
            i++;
        if (!names[i])
            lp_raise(&lp_exc_TypeError, "'%U' is an invalid keyword argument for property()", key);
        if (i < nargs)
            lp_raise(&lp_exc_TypeError,
                     "argument for property() given by name ('%s') and position (%zu)", names[i],
                     i + 1);
        v[i] = args[nargs + k];
    }
    property_t *p = as_prop(self);
    p->fget = v[0];
    p->fset = v[1];
    p->fdel = v[2];
    p->doc = v[3];
    p->getter_doc = false;
    if (p->doc == LP_NONE && p->fget != LP_NONE) {
        lp_value d = lp_getattr_opt(p->fget, LP_NAME(__doc__));
        if (d) {
            p->doc = d;
            p->getter_doc = true;
        }
    }
    /* a subclass's own __doc__ would shadow the property's: the instance
     * gets it (CPython 3.11's property_init_impl) */
    if (lp_type_of(self) != &lp_type_property) lp_setattr(self, LP_NAME(__doc__), p->doc);
}

/* Raises "property 'x' of 'C' object has no <what>". */
static _Noreturn void property_missing(lp_value self, lp_value obj, const char *what)
{
    lp_value name = as_prop(self)->name;
    if (name)
        lp_raise(&lp_exc_AttributeError, "property %R of '%T' object has no %s", name, obj, what);
    lp_raise(&lp_exc_AttributeError, "property of '%T' object has no %s", obj, what);
}

static lp_value property_get(lp_value self, lp_value obj, lp_value owner)
{
    if (!obj || obj == LP_NONE) return self;
    property_t *p = as_prop(self);
    if (p->fget == LP_NONE) property_missing(self, obj, "getter");
    return lp_call1(p->fget, obj);
}

static void property_set(lp_value self, lp_value obj, lp_value v)
{
    property_t *p = as_prop(self);
    if (!v) {
        if (p->fdel == LP_NONE) property_missing(self, obj, "deleter");
        lp_call1(p->fdel, obj);
        return;
    }
    if (p->fset == LP_NONE) property_missing(self, obj, "setter");
    lp_call2(p->fset, obj, v);
}

/* property.getter/setter/deleter: a copy with one function replaced. */
static lp_value property_copy(lp_value self, int which, lp_value f)
{
    property_t *p = as_prop(self);
    lp_value a[4] = {p->fget, p->fset, p->fdel, p->getter_doc ? LP_NONE : p->doc};
    a[which] = f;
    lp_value np = lp_call(lp_from_ptr((void *)lp_type_of(self)), a, 4, LP_NULL);
    if (lp_is_instance(np, &lp_type_property)) as_prop(np)->name = p->name;
    return np;
}

static lp_value property_m_getter(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("getter", nargs - 1, kwnames, 1, 1);
    return property_copy(args[0], 0, args[1]);
}

static lp_value property_m_setter(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("setter", nargs - 1, kwnames, 1, 1);
    return property_copy(args[0], 1, args[1]);
}

static lp_value property_m_deleter(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("deleter", nargs - 1, kwnames, 1, 1);
    return property_copy(args[0], 2, args[1]);
}

static lp_value property_m_set_name(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("__set_name__", nargs - 1, kwnames, 2, 2);
    as_prop(args[0])->name = args[2];
    return LP_NONE;
}

static const lp_method_def_t property_methods[] = {
    {"getter", property_m_getter, 0,
     "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_m_setter, 0,
     "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_m_deleter, 0,
     "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_m_set_name, 0, "Method to set name of a property."},
    {NULL, NULL, 0, NULL},
};

static lp_value property_get_fget(lp_value self)
{
    return as_prop(self)->fget;
}

static lp_value property_get_fset(lp_value self)
{
    return as_prop(self)->fset;
}

static lp_value property_get_fdel(lp_value self)
{
    return as_prop(self)->fdel;
}

static lp_value property_get_doc(lp_value self)
{
    return as_prop(self)->doc;
}

static void property_set_doc(lp_value self, lp_value v)
{
    as_prop(self)->doc = v ? v : LP_NONE;
}

static lp_value property_get_abstract(lp_value self)
{
    property_t *p = as_prop(self);
    lp_value fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        lp_value v = lp_getattr_opt(fs[i], lp_str_intern_cstr("__isabstractmethod__"));
        if (v && lp_truth(v)) return LP_TRUE;
    }
    return LP_FALSE;
}

static const lp_getset_def_t property_getsets[] = {
    {"fget", property_get_fget, NULL, NULL},
    {"fset", property_get_fset, NULL, NULL},
    {"fdel", property_get_fdel, NULL, NULL},
    {"__doc__", property_get_doc, property_set_doc, NULL},
    {"__isabstractmethod__", property_get_abstract, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

lp_type_t lp_type_property = {
    .name = "property",
    .size = sizeof(property_t),
    .dictoffset = offsetof(property_t, dict),
    .flags = LP_TPF_BASETYPE | LP_TPF_HAS_DICT,
    .new = property_new,
    .init = property_init,
    .descr_get = property_get,
    .descr_set = property_set,
    .methods = property_methods,
    .getsets = property_getsets,
};

/* ==== super ==== */

typedef struct {
    lp_object_t head;
    lp_type_t *type;     /* the class after which the MRO is searched */
    lp_value obj;        /* the instance or class, or LP_NULL (unbound) */
    lp_type_t *obj_type; /* the class whose MRO is searched */
} super_t;

static super_t *as_super(lp_value v)
{
    return (super_t *)lp_as_ptr(v);
}

static bool is_type(lp_value v)
{
    return lp_is_ptr(v) && lp_is_instance(v, &lp_type_type);
}

/* The class whose MRO super(type, obj) searches. */
static lp_type_t *super_check(lp_type_t *type, lp_value obj)
{
    if (is_type(obj) && lp_type_is_subtype(lp_as_ptr(obj), type)) return lp_as_ptr(obj);
    const lp_type_t *t = lp_type_of(obj);
    if (lp_type_is_subtype(t, type)) return (lp_type_t *)t;
    lp_value cls = lp_getattr_opt(obj, LP_NAME(__class__));
    if (cls && is_type(cls) && cls != lp_from_ptr((void *)t) &&
        lp_type_is_subtype(lp_as_ptr(cls), type))
        return lp_as_ptr(cls);
    lp_raise(&lp_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

/* super() in a method: the frame's first argument and its __class__ cell. */
static void super_from_frame(lp_value *type, lp_value *obj)
{
    lp_frame_t *f = lp_vm_current_frame();
    if (!f) lp_raise(&lp_exc_RuntimeError, "super(): no current frame");
    lp_code_t *co = f->code;
    if (co->argcount == 0) lp_raise(&lp_exc_RuntimeError, "super(): no arguments");
    lp_value first = f->slots[0];
    if (co->cell2arg) {
        for (int32_t i = 0; i < co->ncellvars; i++)
            if (co->cell2arg[i] == 0)
                first = ((lp_cell_t *)lp_as_ptr(f->slots[co->nlocals + i]))->value;
    }
    if (!first) lp_raise(&lp_exc_RuntimeError, "super(): arg[0] deleted");
    for (int32_t i = 0; i < co->nfreevars; i++) {
        if (!lp_str_eq_cstr(lp_tuple_get(co->freevars, i), "__class__")) continue;
        lp_value cell = f->slots[co->nlocals + co->ncellvars + i];
        lp_value cls = cell ? ((lp_cell_t *)lp_as_ptr(cell))->value : LP_NULL;
        if (!cls) lp_raise(&lp_exc_RuntimeError, "super(): empty __class__ cell");
        if (!is_type(cls))
            lp_raise(&lp_exc_RuntimeError, "super(): __class__ is not a type (%T)", cls);
        *type = cls;
        *obj = first;
        return;
    }
    lp_raise(&lp_exc_RuntimeError, "super(): __class__ cell not found");
}

static lp_value super_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    super_t *s = lp_alloc(type->size > sizeof(super_t) ? type->size : sizeof(super_t));
    s->head.type = type;
    return lp_from_ptr(s);
}

static void super_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "super() takes no keyword arguments");
    if (nargs > 2 && lp_type_of(self) == &lp_type_super) /* CPython's super_vectorcall */
        lp_raise(&lp_exc_TypeError, "super() expected at most 2 arguments, got %zu", nargs);
    if (nargs > 2)
        lp_raise(&lp_exc_TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
    lp_value type, obj = LP_NULL;
    if (nargs == 0) {
        super_from_frame(&type, &obj);
    } else {
        type = args[0];
        if (nargs == 2 && args[1] != LP_NONE) obj = args[1];
    }
    if (!is_type(type))
        lp_raise(&lp_exc_TypeError, "super() argument 1 must be a type, not %T", type);
    super_t *s = as_super(self);
    s->type = lp_as_ptr(type);
    s->obj = obj;
    s->obj_type = obj ? super_check(s->type, obj) : NULL;
}

static lp_value super_getattr(lp_value self, lp_value name)
{
    super_t *s = as_super(self);
    if (s->obj_type && !lp_str_eq_cstr(name, "__class__")) {
        lp_value mro = s->obj_type->mro;
        int64_t n = lp_tuple_len(mro), i = 0;
        while (i < n && lp_as_ptr(lp_tuple_get(mro, i)) != s->type)
            i++;
        for (i++; i < n; i++) {
            lp_type_t *t = lp_as_ptr(lp_tuple_get(mro, i));
            lp_value v = t->dict ? lp_dict_get(t->dict, name) : LP_NULL;
            if (!v) continue;
            const lp_type_t *vt = lp_type_of(v);
            if (!vt->descr_get) return v;
            lp_value obj = s->obj == lp_from_ptr(s->obj_type) ? LP_NULL : s->obj;
            return vt->descr_get(v, obj, lp_from_ptr(s->obj_type));
        }
    }
    return lp_generic_getattr(self, name);
}

bool lp_super_get_method(lp_value self, lp_value name, lp_value *meth, lp_value *first)
{
    super_t *s = as_super(self);
    if (lp_type_of(self) != &lp_type_super || !s->obj_type || s->obj == lp_from_ptr(s->obj_type) ||
        lp_str_eq(name, LP_NAME(__class__)))
        return false;
    lp_tuple_t *mro = lp_as_tuple(s->obj_type->mro);
    int64_t i = 0;
    while (i < mro->len && lp_as_ptr(mro->items[i]) != s->type)
        i++;
    for (i++; i < mro->len; i++) {
        lp_type_t *t = lp_as_ptr(mro->items[i]);
        lp_value v = t->dict ? lp_dict_get(t->dict, name) : LP_NULL;
        if (!v) continue;
        if (lp_type_of(v) == &lp_type_function) {
            *meth = v;
            *first = s->obj;
            return true;
        }
        lp_value f = lp_classmethod_function(v);
        if (!f) return false;
        *meth = f;
        *first = lp_from_ptr(s->obj_type);
        return true;
    }
    return false;
}

/* An unbound super(T) as a descriptor: bound to [obj] (CPython's
 * super_descr_get). */
static lp_value super_descr_get(lp_value self, lp_value obj, lp_value owner)
{
    super_t *s = as_super(self);
    if (!obj || obj == LP_NONE || s->obj) return self;
    if (lp_type_of(self) != &lp_type_super)
        return lp_call2(lp_from_ptr((void *)lp_type_of(self)), lp_from_ptr(s->type), obj);
    super_t *b = lp_alloc(sizeof *b);
    b->head.type = &lp_type_super;
    b->type = s->type;
    b->obj = obj;
    b->obj_type = super_check(s->type, obj);
    return lp_from_ptr(b);
}

static lp_value super_repr(lp_value self)
{
    super_t *s = as_super(self);
    const char *t = s->type ? s->type->name : "NULL";
    if (s->obj_type)
        return lp_str_format_c("<super: <class '%s'>, <%s object>>", t, s->obj_type->name);
    return lp_str_format_c("<super: <class '%s'>, NULL>", t);
}

static lp_value super_get_thisclass(lp_value self)
{
    return as_super(self)->type ? lp_from_ptr(as_super(self)->type) : LP_NONE;
}

static lp_value super_get_self(lp_value self)
{
    return as_super(self)->obj ? as_super(self)->obj : LP_NONE;
}

static lp_value super_get_self_class(lp_value self)
{
    return as_super(self)->obj_type ? lp_from_ptr(as_super(self)->obj_type) : LP_NONE;
}

static const lp_getset_def_t super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL, "the class invoking super()"},
    {"__self__", super_get_self, NULL, "the instance invoking super(); may be None"},
    {"__self_class__", super_get_self_class, NULL,
     "the type of the instance invoking super(); may be None"},
    {NULL, NULL, NULL, NULL},
};

lp_type_t lp_type_super = {
    .name = "super",
    .size = sizeof(super_t),
    .flags = LP_TPF_BASETYPE,
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)\n"
           "Typical use to call a cooperative superclass method:\n"
           "class C(B):\n    def meth(self, arg):\n        super().meth(arg)\n"
           "This works for class methods too:\n"
           "class C(B):\n    @classmethod\n    def cmeth(cls, arg):\n        super().cmeth(arg)\n",
    .new = super_new,
    .init = super_init,
    .descr_get = super_descr_get,
    .repr = super_repr,
    .getattr = super_getattr,
    .getsets = super_getsets,
};
