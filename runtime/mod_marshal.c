/* mod_marshal.c -- the marshal module: dumps, loads, dump, load and
 * version, in lemonpy's own format (marshal.h, docs/marshal.md).  The
 * functions and their errors are CPython's; the bytes are not (marshal
 * data is never shared between implementations).
 *
 * SPDX-License-Identifier: MIT
 */
#include "marshal.h"

#include "error.h"
#include "obj_bytes.h"
#include "obj_dict.h"
#include "obj_func.h"
#include "obj_int.h"
#include "obj_str.h"
#include "ops.h"
#include "types.h"

static lp_value marshal_module;

/* The optional version argument: an int (its value does not matter). */
static void check_version(const char *fname, lp_value v)
{
    if (!lp_int_check(v))
        lp_raise(&lp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                 lp_type_of(v)->name);
    (void)fname;
}

static lp_value dumps_value(lp_value v)
{
    size_t n;
    uint8_t *p = lp_marshal_dumps(v, &n);
    return lp_bytes_new((const char *)p, n);
}

static lp_value m_dumps(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("dumps", nargs, kwnames, 1, 2);
    if (nargs == 2) check_version("dumps", args[1]);
    return dumps_value(args[0]);
}

static lp_value m_loads(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("loads", nargs, kwnames, 1, 1);
    const char *data;
    int64_t n;
    lp_value b = args[0];
    if (lp_type_of(b) == &lp_type_memoryview) b = lp_call_method(b, lp_str_from_cstr("tobytes"), NULL, 0);
    if (!lp_bytes_view(b, &data, &n))
        lp_raise(&lp_exc_TypeError, "a bytes-like object is required, not '%s'",
                 lp_type_of(args[0])->name);
    return lp_marshal_loads((const uint8_t *)data, (size_t)n);
}

static lp_value m_dump(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("dump", nargs, kwnames, 2, 3);
    if (nargs == 3) check_version("dump", args[2]);
    lp_value b = dumps_value(args[0]);
    lp_call_method(args[1], lp_str_from_cstr("write"), &b, 1);
    return LP_NONE;
}

typedef struct {
    lp_value tell, pos;
} tell_t;

static void call_tell(void *ud)
{
    tell_t *t = ud;
    t->pos = lp_call0(t->tell);
}

/* load(file): reads what is left of the file, takes one object from it
 * and seeks back to just after that object when the file can seek. */
static lp_value m_load(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("load", nargs, kwnames, 1, 1);
    lp_value f = args[0];
    tell_t t = {lp_getattr_opt(f, lp_str_from_cstr("tell")), LP_NULL};
    if (t.tell && lp_pcall(call_tell, &t)) t.pos = LP_NULL; /* not seekable: read to the end */
    lp_value pos = t.pos;
    lp_value data = lp_call_method(f, lp_str_from_cstr("read"), NULL, 0);
    const char *p;
    int64_t n;
    if (!lp_bytes_view(data, &p, &n))
        lp_raise(&lp_exc_TypeError, "file.read() returned not bytes but %T", data);
    size_t used;
    lp_value v = lp_marshal_loads_flags((const uint8_t *)p, (size_t)n, 0, &used);
    if (pos && lp_int_check(pos) && used < (size_t)n) {
        lp_value where = lp_binary_op(pos, lp_int_from_u64(used), LP_NB_ADD);
        lp_call_method(f, lp_str_from_cstr("seek"), &where, 1);
    }
    return v;
}

static const lp_method_def_t marshal_functions[] = {
    {"dumps", m_dumps, 0,
     "dumps(value, version=1, /)\n--\n\nReturn the bytes object that would be written to a file "
     "by dump(value, file)."},
    {"loads", m_loads, 0,
     "loads(bytes, /)\n--\n\nConvert the bytes-like object to a value.\n\nIf no valid value is "
     "found, raise EOFError, ValueError or TypeError.  Extra bytes in the input are ignored."},
    {"dump", m_dump, 0,
     "dump(value, file, version=1, /)\n--\n\nWrite the value on the open file."},
    {"load", m_load, 0, "load(file, /)\n--\n\nRead one value from the open file and return it."},
    {NULL, NULL, 0, NULL},
};

lp_value lp_marshal_module(void)
{
    if (marshal_module) return marshal_module;
    lp_value m = lp_module_new(lp_str_from_cstr("marshal"));
    lp_module_t *mod = lp_as_ptr(m);
    if (!mod->dict) mod->dict = lp_dict_new();
    for (const lp_method_def_t *d = marshal_functions; d->name; d++) {
        lp_value f = lp_builtin_new(d->name, d->fn, LP_NULL);
        ((lp_builtin_t *)lp_as_ptr(f))->module = lp_str_from_cstr("marshal");
        lp_dict_set_cstr(mod->dict, d->name, f);
    }
    lp_dict_set_cstr(mod->dict, "version", lp_int_from_i64(LP_MARSHAL_VERSION));
    lp_dict_set_cstr(mod->dict, "__name__", lp_str_from_cstr("marshal"));
    lp_dict_set_cstr(mod->dict, "__doc__",
                     lp_str_from_cstr("This module contains functions that can read and write "
                                      "Python values in a binary format. The format is specific "
                                      "to lemonpy, but independent from machine architecture "
                                      "issues."));
    marshal_module = m;
    return m;
}
