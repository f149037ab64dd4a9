/* container.c -- helpers shared by the container types: argument-count
 * messages worded as CPython 3.11's, index conversion, the repr guard.
 *
 * The repr guard is CPython's Py_ReprEnter/Py_ReprLeave: a stack of the
 * containers whose repr is being built.  Since errors leave by longjmp, the
 * guarded body runs under lp_pcall so that the mark is always removed.
 *
 * SPDX-License-Identifier: MIT
 */
#include "container.h"

#include <string.h>

#include "error.h"
#include "gc.h"
#include "obj_int.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"
#include "vm.h"

/* ==== argument checks ==== */

void lp_args_no_kw(const char *fname, lp_value kwnames)
{
    if (kwnames != LP_NULL && lp_tuple_len(kwnames) > 0)
        lp_raise(&lp_exc_TypeError, "%s() takes no keyword arguments", fname);
}

void lp_args_one(const char *fname, size_t nargs, lp_value kwnames)
{
    lp_args_no_kw(fname, kwnames);
    if (nargs != 1)
        lp_raise(&lp_exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
}

void lp_args_none(const char *fname, size_t nargs, lp_value kwnames)
{
    lp_args_no_kw(fname, kwnames);
    if (nargs != 0)
        lp_raise(&lp_exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
}

void lp_args_range(const char *qualname, size_t nargs, lp_value kwnames, size_t min, size_t max)
{
    lp_args_no_kw(qualname, kwnames);
    if (nargs >= min && nargs <= max) return;
    const char *dot = strrchr(qualname, '.'), *name = dot ? dot + 1 : qualname;
    size_t bound = nargs < min ? min : max;
    const char *how = min == max ? "" : nargs < min ? "at least " : "at most ";
    lp_raise(&lp_exc_TypeError, "%s expected %s%zu argument%s, got %zu", name, how, bound,
             bound == 1 ? "" : "s", nargs);
}

/* ==== indices ==== */

bool lp_container_is_index(lp_value v)
{
    return lp_is_int(v) || lp_type_of(v)->index != NULL;
}

int64_t lp_container_index(lp_value v)
{
    if (lp_is_int(v)) return lp_as_int(v);
    return lp_as_ssize(v, &lp_exc_IndexError);
}

int64_t lp_container_bound(lp_value v, int64_t len, int64_t dflt)
{
    if (v == LP_NULL) return dflt;
    int64_t i;
    if (lp_is_int(v))
        i = lp_as_int(v);
    else if (lp_type_of(v)->index)
        i = lp_as_ssize(v, NULL);
    else
        lp_raise(&lp_exc_TypeError, "slice indices must be integers or have an __index__ method");
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    }
    return i;
}

int64_t lp_container_ssize(lp_value v)
{
    if (lp_is_int(v)) return lp_as_int(v);
    int64_t i;
    if (!lp_int_as_i64(lp_index(v), &i))
        lp_raise(&lp_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return i;
}

/* ==== repr guard ==== */

static lp_value *repr_stack; /* collected; the containers being repr'd */
static int64_t repr_len, repr_cap;

typedef struct {
    lp_value self;
    lp_value (*body)(lp_value self);
    lp_value result;
} repr_call_t;

static void repr_run(void *ud)
{
    repr_call_t *c = ud;
    c->result = c->body(c->self);
}

lp_value lp_container_repr(lp_value self, lp_value (*body)(lp_value self), const char *cycle)
{
    for (int64_t i = 0; i < repr_len; i++)
        if (repr_stack[i] == self) return lp_str_from_cstr(cycle);
    if (repr_len == repr_cap) {
        repr_cap = repr_cap ? repr_cap * 2 : 16;
        repr_stack = lp_realloc(repr_stack, repr_cap * sizeof(lp_value));
    }
    lp_recursion_enter(" while getting the repr of an object");
    int64_t depth = repr_len;
    repr_stack[repr_len++] = self;
    repr_call_t c = {self, body, LP_NULL};
    lp_value exc = lp_pcall(repr_run, &c);
    repr_len = depth;
    lp_recursion_leave();
    if (exc != LP_NULL) lp_raise_value(exc);
    return c.result;
}

_Noreturn void lp_raise_key_error(lp_value key)
{
    lp_raise_value(lp_exc_new(&lp_exc_KeyError, &key, 1));
}
