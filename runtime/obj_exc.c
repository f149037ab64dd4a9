/* obj_exc.c -- the built-in exception classes (BaseException and its tree).
 *
 * Every class of LP_EXCEPTIONS (exceptions.h) is a static lp_type_t
 * lp_exc_<Name> whose instances start with lp_exc_t (obj_exc.h).  Most
 * classes add nothing to BaseException: the X-list defines them with only a
 * name and a base, and lp_type_ready gives them their base's slots and
 * size.  The classes that carry fields (StopIteration.value, OSError.errno,
 * SyntaxError.lineno, ...) use a larger struct; exc_install_specials gives
 * them their size, slots and tables before main runs (the type objects are
 * static data: nothing is allocated there).
 *
 * Behaviour, messages, str() and repr() follow CPython 3.11 as observed from
 * python3.  Fields hold None (never LP_NULL) from the moment __new__ runs,
 * so a subclass whose __init__ skips the base's still reads None.
 *
 * SPDX-License-Identifier: MIT
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "error.h"
#include "exc_docs.h"
#include "gc.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_exc_internal.h"
#include "obj_func.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_traceback.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

/* ==== the type objects ==== */

/* BaseException's base is object; pasting lp_exc_##base names it too. */
#define lp_exc_object lp_type_object

#define X(n, b)                                                                                    \
    lp_type_t lp_exc_##n = {                                                                       \
        .name = #n,                                                                                \
        .base = &lp_exc_##b,                                                                       \
        .dictoffset = offsetof(lp_exc_t, dict),                                                    \
        .flags = LP_TPF_EXC_SUBCLASS | LP_TPF_BASETYPE | LP_TPF_HAS_DICT,                          \
    };
LP_EXCEPTIONS(X)
#undef X

/* ==== helpers ==== */

static size_t nkw(lp_value kwnames)
{
    return kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
}

/* The size of the nearest built-in class of [t]: the words after lp_exc_t
 * up to it are the class's fields. */
static size_t builtin_size(const lp_type_t *t)
{
    while (t->flags & LP_TPF_HEAPTYPE)
        t = t->base;
    return t->size ? t->size : sizeof(lp_exc_t);
}

lp_value lp_exc_alloc(lp_type_t *type, lp_value args)
{
    size_t size = type->size > sizeof(lp_exc_t) ? type->size : sizeof(lp_exc_t);
    lp_exc_t *e = lp_alloc(size);
    e->head.type = type;
    e->args = args;
    size_t fields = builtin_size(type);
    for (lp_value *f = (lp_value *)(e + 1); (char *)(f + 1) <= (char *)e + fields; f++)
        *f = LP_NONE;
    return lp_from_ptr(e);
}

lp_exc_t *lp_exc_fixed(lp_value v)
{
    lp_exc_t *e = lp_as_exc(v);
    if (!e->args) e->args = lp_tuple_new(0);
    size_t fields = builtin_size(e->head.type);
    for (lp_value *f = (lp_value *)(e + 1); (char *)(f + 1) <= (char *)e + fields; f++)
        if (!*f) *f = LP_NONE;
    return e;
}

bool lp_exc_check(lp_value v)
{
    return v && lp_is_ptr(v) && (lp_as_object(v)->type->flags & LP_TPF_EXC_SUBCLASS);
}

lp_value lp_exc_new(lp_type_t *type, lp_value *args, size_t nargs)
{
    if (type->flags & LP_TPF_HEAPTYPE) return lp_call(lp_from_ptr(type), args, nargs, LP_NULL);
    lp_value e = type->new(type, args, nargs, LP_NULL);
    if (type->init && lp_type_of(e) == type) type->init(e, args, nargs, LP_NULL);
    return e;
}

lp_value lp_exc_stop_iteration(lp_value value)
{
    if (!value) return lp_exc_new(&lp_exc_StopIteration, NULL, 0); /* StopIteration() */
    return lp_exc_new(&lp_exc_StopIteration, &value, 1);
}

lp_value lp_exc_stop_value(lp_value exc)
{
    return ((lp_exc_value_t *)lp_exc_fixed(exc))->value;
}


/* ==== BaseException ==== */

static lp_value base_new(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames)
{
    return lp_exc_alloc(type, lp_tuple_from_array(args, (int64_t)nargs));
}

static void base_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    if (nkw(kwnames)) lp_raise(&lp_exc_TypeError, "%T() takes no keyword arguments", self);
    lp_value old = lp_as_exc(self)->args;
    if (old && lp_tuple_len(old) == (int64_t)nargs &&
        (nargs == 0 || memcmp(lp_as_tuple(old)->items, args, nargs * sizeof *args) == 0))
        return; /* __new__ stored these already */
    lp_as_exc(self)->args = lp_tuple_from_array(args, (int64_t)nargs);
}

lp_value lp_exc_base_str(lp_value self)
{
    lp_value args = lp_exc_fixed(self)->args;
    switch (lp_tuple_len(args)) {
    case 0: return lp_str_empty();
    case 1: return lp_str(lp_tuple_get(args, 0));
    default: return lp_str(args);
    }
}

static lp_value base_repr(lp_value self)
{
    lp_value args = lp_exc_fixed(self)->args;
    if (lp_tuple_len(args) == 1) return lp_str_format_c("%T(%R)", self, lp_tuple_get(args, 0));
    return lp_str_format_c("%T%R", self, args);
}

static lp_value get_args(lp_value self)
{
    return lp_exc_fixed(self)->args;
}

static void set_args(lp_value self, lp_value v)
{
    if (!v) lp_raise(&lp_exc_TypeError, "args may not be deleted");
    lp_value l = lp_list_from_iterable(v);
    lp_as_exc(self)->args = lp_tuple_from_array(lp_as_list(l)->items, lp_as_list(l)->len);
}

static lp_value get_traceback(lp_value self)
{
    lp_value tb = lp_as_exc(self)->traceback;
    return tb ? tb : LP_NONE;
}

static void set_traceback(lp_value self, lp_value v)
{
    if (!v) lp_raise(&lp_exc_TypeError, "__traceback__ may not be deleted");
    if (v == LP_NONE)
        v = LP_NULL;
    else if (lp_type_of(v) != &lp_type_traceback)
        lp_raise(&lp_exc_TypeError, "__traceback__ must be a traceback or None");
    lp_as_exc(self)->traceback = v;
}

static lp_value get_context(lp_value self)
{
    lp_value c = lp_as_exc(self)->context;
    return c ? c : LP_NONE;
}

static void set_context(lp_value self, lp_value v)
{
    if (!v) lp_raise(&lp_exc_TypeError, "__context__ may not be deleted");
    if (v == LP_NONE)
        v = LP_NULL;
    else if (!lp_exc_check(v))
        lp_raise(&lp_exc_TypeError, "exception context must be None or derive from BaseException");
    lp_as_exc(self)->context = v;
}

static lp_value get_cause(lp_value self)
{
    lp_value c = lp_as_exc(self)->cause;
    return c ? c : LP_NONE;
}

static void set_cause(lp_value self, lp_value v)
{
    if (!v) lp_raise(&lp_exc_TypeError, "__cause__ may not be deleted");
    if (v == LP_NONE)
        v = LP_NULL;
    else if (!lp_exc_check(v))
        lp_raise(&lp_exc_TypeError, "exception cause must be None or derive from BaseException");
    lp_as_exc(self)->cause = v;
    lp_as_exc(self)->suppress_context = true;
}

static lp_value get_suppress(lp_value self)
{
    return lp_bool(lp_as_exc(self)->suppress_context);
}

static void set_suppress(lp_value self, lp_value v)
{
    /* a bool member, as CPython's */
    if (!v) lp_raise(&lp_exc_TypeError, "can't delete numeric/char attribute");
    if (v != LP_TRUE && v != LP_FALSE)
        lp_raise(&lp_exc_TypeError, "attribute value type must be bool");
    lp_as_exc(self)->suppress_context = v == LP_TRUE;
}

static lp_value base_with_traceback(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("BaseException.with_traceback", nargs - 1, kwnames, 1, 1);
    set_traceback(args[0], args[1]);
    return args[0];
}

/* The instance __dict__ of exception [self], made on first use. */
static lp_value exc_dict(lp_value self)
{
    lp_exc_t *e = lp_as_exc(self);
    if (!e->dict) e->dict = lp_dict_new();
    return e->dict;
}

static lp_value get_dict(lp_value self)
{
    return exc_dict(self);
}

static void set_dict(lp_value self, lp_value v)
{
    if (!v) lp_raise(&lp_exc_TypeError, "cannot delete __dict__");
    if (!lp_dict_check(v))
        lp_raise(&lp_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
    lp_as_exc(self)->dict = v;
}

static lp_value base_add_note(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("BaseException.add_note", nargs - 1, kwnames, 1, 1);
    if (!lp_str_check(args[1]))
        lp_raise(&lp_exc_TypeError, "note must be a str, not '%T'", args[1]);
    lp_value d = exc_dict(args[0]);
    lp_value notes = lp_dict_get_cstr(d, "__notes__");
    if (!notes) {
        notes = lp_list_new(1);
        lp_dict_set_cstr(d, "__notes__", notes);
    }
    if (!lp_list_check(notes))
        lp_raise(&lp_exc_TypeError, "Cannot add note: __notes__ is not a list");
    lp_list_append(notes, args[1]);
    return LP_NONE;
}

static lp_value base_reduce(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("BaseException.__reduce__", nargs - 1, kwnames, 0, 0);
    lp_exc_t *e = lp_as_exc(args[0]);
    lp_value cls = lp_from_ptr((void *)e->head.type);
    if (e->dict && lp_dict_len(e->dict)) return lp_tuple_pack(3, cls, e->args, e->dict);
    return lp_tuple_pack(2, cls, e->args);
}

/* BaseException.__setstate__(state): a dict's items become attributes. */
static lp_value base_setstate(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("BaseException.__setstate__", nargs - 1, kwnames, 1, 1);
    lp_value state = args[1];
    if (state == LP_NONE) return LP_NONE;
    if (!lp_dict_check(state)) lp_raise(&lp_exc_TypeError, "state is not a dictionary");
    lp_value k, v;
    int64_t pos = 0;
    while (lp_dict_next(state, &pos, &k, &v)) lp_setattr(args[0], k, v);
    return LP_NONE;
}

static const lp_method_def_t base_methods[] = {
    {"__setstate__", base_setstate, 0, NULL},
    {"with_traceback", base_with_traceback, 0,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", base_add_note, 0, "Exception.add_note(note) --\n    add a note to the exception"},
    {"__reduce__", base_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const lp_getset_def_t base_getsets[] = {
    {"__dict__", get_dict, set_dict, NULL},
    {"args", get_args, set_args, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL},
    {"__context__", get_context, set_context, "exception context"},
    {"__cause__", get_cause, set_cause, "exception cause"},
    {"__suppress_context__", get_suppress, set_suppress, NULL},
    {NULL, NULL, NULL, NULL},
};

/* ==== simple subclasses: one field ==== */

#define FIELD_GETSET(type_t, field)                                                                \
    static lp_value get_##field(lp_value self)                                                     \
    {                                                                                              \
        return ((type_t *)lp_exc_fixed(self))->field;                                              \
    }                                                                                              \
    static void set_##field(lp_value self, lp_value v)                                             \
    {                                                                                              \
        ((type_t *)lp_as_ptr(self))->field = v ? v : LP_NONE;                                      \
    }

FIELD_GETSET(lp_exc_value_t, value)

static lp_value value_get_code(lp_value self)
{
    return get_value(self);
}

static void value_set_code(lp_value self, lp_value v)
{
    set_value(self, v);
}

/* StopIteration(value, ...): value is the first argument or None. */
static void stopiter_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    base_init(self, args, nargs, kwnames);
    ((lp_exc_value_t *)lp_as_ptr(self))->value = nargs ? args[0] : LP_NONE;
}

static const lp_getset_def_t stopiter_getsets[] = {
    {"value", get_value, set_value, "generator return value"},
    {NULL, NULL, NULL, NULL},
};

/* SystemExit(): code None; SystemExit(x): x; more arguments: the tuple. */
static void sysexit_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    base_init(self, args, nargs, kwnames);
    lp_exc_t *e = lp_as_exc(self);
    ((lp_exc_value_t *)e)->value = nargs == 0 ? LP_NONE : nargs == 1 ? args[0] : e->args;
}

static const lp_getset_def_t sysexit_getsets[] = {
    {"code", value_get_code, value_set_code, "exception code"},
    {NULL, NULL, NULL, NULL},
};

/* ==== KeyError: str is the repr of a single argument ==== */

static lp_value keyerror_str(lp_value self)
{
    lp_value args = lp_exc_fixed(self)->args;
    if (lp_tuple_len(args) == 1) return lp_repr(lp_tuple_get(args, 0));
    return lp_exc_base_str(self);
}

/* ==== ImportError, NameError, AttributeError ==== */

FIELD_GETSET(lp_exc_import_t, msg)
FIELD_GETSET(lp_exc_import_t, name)
FIELD_GETSET(lp_exc_import_t, path)

static void import_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"name", "path", NULL};
    lp_value kw[2] = {LP_NONE, LP_NONE};
    lp_parse_kwargs("ImportError", args, nargs, kwnames, names, kw);
    lp_exc_import_t *e = lp_as_ptr(self);
    e->base.args = lp_tuple_from_array(args, (int64_t)nargs);
    e->name = kw[0];
    e->path = kw[1];
    e->msg = nargs == 1 ? args[0] : LP_NONE;
}

static lp_value import_str(lp_value self)
{
    lp_exc_import_t *e = (lp_exc_import_t *)lp_exc_fixed(self);
    if (e->msg != LP_NONE) return lp_str(e->msg);
    return lp_exc_base_str(self);
}

/* ImportError.__reduce__(): (type, args[, state]) where the state is the
 * __dict__ plus name and path when set. */
static lp_value import_reduce(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("ImportError.__reduce__", nargs - 1, kwnames, 0, 0);
    lp_exc_import_t *e = (lp_exc_import_t *)lp_exc_fixed(args[0]);
    lp_value state = e->base.dict ? lp_dict_copy(e->base.dict) : lp_dict_new();
    if (e->name != LP_NONE) lp_dict_set_cstr(state, "name", e->name);
    if (e->path != LP_NONE) lp_dict_set_cstr(state, "path", e->path);
    lp_value cls = lp_from_ptr((void *)e->base.head.type);
    if (!lp_dict_len(state)) return lp_tuple_pack(2, cls, e->base.args);
    return lp_tuple_pack(3, cls, e->base.args, state);
}

static const lp_method_def_t import_methods[] = {
    {"__reduce__", import_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const lp_getset_def_t import_getsets[] = {
    {"msg", get_msg, set_msg, "exception message"},
    {"name", get_name, set_name, "module name"},
    {"path", get_path, set_path, "module path"},
    {NULL, NULL, NULL, NULL},
};

static lp_value name_get_name(lp_value self)
{
    return ((lp_exc_name_t *)lp_exc_fixed(self))->name;
}

static void name_set_name(lp_value self, lp_value v)
{
    ((lp_exc_name_t *)lp_as_ptr(self))->name = v ? v : LP_NONE;
}

static void nameerror_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"name", NULL};
    lp_value kw[1] = {LP_NONE};
    lp_parse_kwargs("NameError", args, nargs, kwnames, names, kw);
    lp_as_exc(self)->args = lp_tuple_from_array(args, (int64_t)nargs);
    ((lp_exc_name_t *)lp_as_ptr(self))->name = kw[0];
}

static const lp_getset_def_t nameerror_getsets[] = {
    {"name", name_get_name, name_set_name, "name"},
    {NULL, NULL, NULL, NULL},
};

static lp_value attr_get_obj(lp_value self)
{
    return ((lp_exc_name_t *)lp_exc_fixed(self))->obj;
}

static void attr_set_obj(lp_value self, lp_value v)
{
    ((lp_exc_name_t *)lp_as_ptr(self))->obj = v ? v : LP_NONE;
}

static void attrerror_init(lp_value self, lp_value *args, size_t nargs, lp_value kwnames)
{
    static const char *const names[] = {"name", "obj", NULL};
    lp_value kw[2] = {LP_NONE, LP_NONE};
    lp_parse_kwargs("AttributeError", args, nargs, kwnames, names, kw);
    lp_as_exc(self)->args = lp_tuple_from_array(args, (int64_t)nargs);
    ((lp_exc_name_t *)lp_as_ptr(self))->name = kw[0];
    ((lp_exc_name_t *)lp_as_ptr(self))->obj = kw[1];
}

static const lp_getset_def_t attrerror_getsets[] = {
    {"name", name_get_name, name_set_name, "attribute name"},
    {"obj", attr_get_obj, attr_set_obj, "object"},
    {NULL, NULL, NULL, NULL},
};

void lp_exc_set_name(lp_value exc, lp_value name, lp_value obj)
{
    const lp_type_t *t = lp_type_of(exc);
    bool attr = lp_type_is_subtype(t, &lp_exc_AttributeError);
    if (!attr && !lp_type_is_subtype(t, &lp_exc_NameError)) return;
    lp_exc_name_t *e = (lp_exc_name_t *)lp_exc_fixed(exc);
    e->name = name ? name : LP_NONE;
    if (attr) e->obj = obj ? obj : LP_NONE;
}

/* ==== installing the classes with fields ==== */

/* Gives [t] its own size, slots and tables. */
static void special(lp_type_t *t, size_t size,
                    lp_value (*new)(lp_type_t *, lp_value *, size_t, lp_value),
                    void (*init)(lp_value, lp_value *, size_t, lp_value), lp_value (*str)(lp_value),
                    const lp_getset_def_t *getsets)
{
    t->size = size;
    if (new) t->new = new;
    if (init) t->init = init;
    if (str) t->str = str;
    if (getsets) t->getsets = getsets;
}

__attribute__((constructor)) static void exc_install_specials(void)
{
    lp_type_t *b = &lp_exc_BaseException;
    special(b, sizeof(lp_exc_t), base_new, base_init, lp_exc_base_str, base_getsets);
    b->repr = base_repr;
    b->methods = base_methods;
    special(&lp_exc_StopIteration, sizeof(lp_exc_value_t), NULL, stopiter_init, NULL,
            stopiter_getsets);
    special(&lp_exc_SystemExit, sizeof(lp_exc_value_t), NULL, sysexit_init, NULL, sysexit_getsets);
    special(&lp_exc_KeyError, 0, NULL, NULL, keyerror_str, NULL);
    special(&lp_exc_ImportError, sizeof(lp_exc_import_t), NULL, import_init, import_str,
            import_getsets);
    lp_exc_ImportError.methods = import_methods;
    special(&lp_exc_NameError, sizeof(lp_exc_name_t), NULL, nameerror_init, NULL,
            nameerror_getsets);
    special(&lp_exc_AttributeError, sizeof(lp_exc_name_t), NULL, attrerror_init, NULL,
            attrerror_getsets);
#define X(name, text) lp_exc_##name.doc = text;
    LP_EXC_DOCS(X)
#undef X
    lp_exc_install_oserror();
    lp_exc_install_syntax();
    lp_exc_install_unicode();
    lp_exc_install_group();
}
