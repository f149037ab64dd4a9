/* call.c -- binding call arguments to a Python function's parameters.
 *
 * The parameter slots of a frame are, in order: the positional parameters
 * (positional-only first), the keyword-only ones, then *args and **kwargs
 * when the code has them (LP_CO_VARARGS, LP_CO_VARKEYWORDS).  Binding
 * follows CPython 3.11's order of checks, so that a call with several
 * faults reports the same one: positional arguments, *args, keywords
 * (unexpected, positional-only, duplicated), too many positional ones,
 * then missing positional and keyword-only ones after defaults.
 *
 * SPDX-License-Identifier: MIT
 */
#include "call.h"

#include "error.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

/* ==== messages ==== */

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" for the names of [locals]
 * slots [lo, hi) that are unset. */
static lp_value missing_names(lp_code_t *co, lp_value *locals, int lo, int hi, int *count)
{
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    int n = 0, total = 0;
    for (int i = lo; i < hi; i++)
        if (!locals[i]) total++;
    for (int i = lo; i < hi; i++) {
        if (locals[i]) continue;
        if (n > 0) lp_strbuf_puts(&b, total == 2 ? " and " : n == total - 1 ? ", and " : ", ");
        lp_strbuf_put_str(&b, lp_repr(lp_tuple_get(co->varnames, i)));
        n++;
    }
    *count = total;
    return lp_strbuf_finish(&b);
}

static _Noreturn void missing(lp_function_t *fn, lp_value *locals, int lo, int hi,
                              const char *kind)
{
    int n;
    lp_value names = missing_names(fn->code, locals, lo, hi, &n);
    lp_raise(&lp_exc_TypeError, "%U() missing %d required %s argument%s: %U", fn->qualname, n,
             kind, n == 1 ? "" : "s", names);
}

static _Noreturn void too_many_positional(lp_function_t *fn, lp_value *locals, size_t given)
{
    lp_code_t *co = fn->code;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (locals[i]) kwonly_given++;
    int64_t ndef = fn->defaults ? lp_tuple_len(fn->defaults) : 0;
    lp_value sig;
    bool plural;
    if (ndef) {
        sig = lp_str_format_c("from %d to %d", (int)(co->argcount - ndef), co->argcount);
        plural = true;
    } else {
        sig = lp_str_format_c("%d", co->argcount);
        plural = co->argcount != 1;
    }
    lp_value kwsig = kwonly_given
                         ? lp_str_format_c(" positional argument%s (and %d keyword-only argument%s)",
                                           given != 1 ? "s" : "", kwonly_given,
                                           kwonly_given != 1 ? "s" : "")
                         : lp_str_empty();
    lp_raise(&lp_exc_TypeError, "%U() takes %U positional argument%s but %zu%U %s given",
             fn->qualname, sig, plural ? "s" : "", given, kwsig,
             given == 1 && !kwonly_given ? "was" : "were");
}

/* The error for keyword arguments naming positional-only parameters, if
 * any of [kwnames] does (CPython lists them all). */
static void check_posonly_keywords(lp_function_t *fn, lp_value kwnames)
{
    lp_code_t *co = fn->code;
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    int n = 0;
    for (int64_t k = 0; k < lp_tuple_len(kwnames); k++) {
        lp_value key = lp_tuple_get(kwnames, k);
        for (int i = 0; i < co->posonlyargcount; i++) {
            if (!lp_str_eq(key, lp_tuple_get(co->varnames, i))) continue;
            if (n++) lp_strbuf_puts(&b, ", ");
            lp_strbuf_put_str(&b, key);
            break;
        }
    }
    if (n)
        lp_raise(&lp_exc_TypeError,
                 "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                 fn->qualname, lp_strbuf_finish(&b));
}

/* ==== binding ==== */

/* The slot of the parameter named [key] that a keyword may set, or -1. */
static int keyword_slot(lp_code_t *co, lp_value key)
{
    int end = co->argcount + co->kwonlyargcount;
    lp_value *names = lp_as_tuple(co->varnames)->items;
    for (int i = co->posonlyargcount; i < end; i++)
        if (names[i] == key) return i;
    for (int i = co->posonlyargcount; i < end; i++)
        if (lp_str_eq(names[i], key)) return i;
    return -1;
}

static void bind_keywords(lp_function_t *fn, lp_value *locals, lp_value *kwvals,
                          lp_value kwnames, lp_value kwdict)
{
    lp_code_t *co = fn->code;
    for (int64_t k = 0; k < lp_tuple_len(kwnames); k++) {
        lp_value key = lp_tuple_get(kwnames, k);
        if (!lp_str_check(key)) lp_raise(&lp_exc_TypeError, "keywords must be strings");
        int j = keyword_slot(co, key);
        if (j < 0) {
            if (!kwdict) {
                if (co->posonlyargcount) check_posonly_keywords(fn, kwnames);
                lp_raise(&lp_exc_TypeError, "%U() got an unexpected keyword argument '%U'",
                         fn->qualname, key);
            }
            lp_dict_set(kwdict, key, kwvals[k]);
            continue;
        }
        if (locals[j])
            lp_raise(&lp_exc_TypeError, "%U() got multiple values for argument '%U'",
                     fn->qualname, key);
        locals[j] = kwvals[k];
    }
}

/* Defaults for the missing positional parameters, then the check. */
static void fill_positional_defaults(lp_function_t *fn, lp_value *locals, size_t nargs)
{
    lp_code_t *co = fn->code;
    if (nargs >= (size_t)co->argcount) return;
    int64_t ndef = fn->defaults ? lp_tuple_len(fn->defaults) : 0;
    int m = co->argcount - (int)ndef;
    for (int i = (int)nargs; i < m; i++)
        if (!locals[i]) missing(fn, locals, (int)nargs, m, "positional");
    for (int i = m > (int)nargs ? m : (int)nargs; i < co->argcount; i++)
        if (!locals[i]) locals[i] = lp_tuple_get(fn->defaults, i - m);
}

static void fill_kwonly_defaults(lp_function_t *fn, lp_value *locals)
{
    lp_code_t *co = fn->code;
    int lo = co->argcount, hi = co->argcount + co->kwonlyargcount;
    bool any_missing = false;
    for (int i = lo; i < hi; i++) {
        if (locals[i]) continue;
        lp_value d = fn->kwdefaults ? lp_dict_get(fn->kwdefaults, lp_tuple_get(co->varnames, i))
                                    : LP_NULL;
        if (d)
            locals[i] = d;
        else
            any_missing = true;
    }
    if (any_missing) missing(fn, locals, lo, hi, "keyword-only");
}

void lp_call_bind(lp_function_t *fn, lp_value *locals, lp_value *args, size_t nargs,
                  lp_value kwnames)
{
    lp_code_t *co = fn->code;
    int slot = co->argcount + co->kwonlyargcount;
    lp_value kwdict = LP_NULL;
    if (co->flags & LP_CO_VARKEYWORDS) {
        kwdict = lp_dict_new();
        locals[slot + ((co->flags & LP_CO_VARARGS) != 0)] = kwdict;
    }
    size_t n = nargs < (size_t)co->argcount ? nargs : (size_t)co->argcount;
    for (size_t i = 0; i < n; i++) locals[i] = args[i];
    if (co->flags & LP_CO_VARARGS)
        locals[slot] = lp_tuple_from_array(args + n, (int64_t)(nargs - n));
    if (kwnames) bind_keywords(fn, locals, args + nargs, kwnames, kwdict);
    if (nargs > (size_t)co->argcount && !(co->flags & LP_CO_VARARGS))
        too_many_positional(fn, locals, nargs);
    fill_positional_defaults(fn, locals, nargs);
    if (co->kwonlyargcount) fill_kwonly_defaults(fn, locals);
}
