/* obj_exc.h -- exception instances.
 *
 * Every instance of BaseException (or a subclass, built-in or not) starts
 * with lp_exc_t.  Subclass-specific attributes (StopIteration.value,
 * SystemExit.code, OSError.errno, SyntaxError.lineno, KeyError ...) live in
 * the instance __dict__ or in fields of larger structs defined in
 * runtime/obj_exc.c.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_EXC_H
#define LP_OBJ_EXC_H

#include <stdbool.h>

#include "object.h"

typedef struct lp_exc {
    lp_object_t head;
    lp_value dict;      /* instance __dict__, or LP_NULL (LP_TPF_HAS_DICT layout) */
    lp_value args;      /* tuple */
    lp_value traceback; /* lp_traceback_t chain, or LP_NULL (None) */
    lp_value context;   /* __context__ or LP_NULL */
    lp_value cause;     /* __cause__ or LP_NULL */
    bool suppress_context; /* __suppress_context__ (set by `raise ... from`) */
} lp_exc_t;

static inline lp_exc_t *lp_as_exc(lp_value v)
{
    return (lp_exc_t *)lp_as_ptr(v);
}

/* True when [v] is an exception instance. */
bool lp_exc_check(lp_value v);

/* A new instance of exception class [type] with the given args (calls the
 * class, so user __init__ methods run). */
lp_value lp_exc_new(lp_type_t *type, lp_value *args, size_t nargs);

/* StopIteration(value) (LP_NULL: StopIteration()) and its .value; SystemExit's code. */
lp_value lp_exc_stop_iteration(lp_value value);
lp_value lp_exc_stop_value(lp_value exc);

/* Sets .name (and, for AttributeError, .obj) of a NameError or
 * AttributeError [exc], as CPython 3.11 does for the errors it raises
 * itself (`x.foo`, an unbound name); other exceptions are left alone. */
void lp_exc_set_name(lp_value exc, lp_value name, lp_value obj);

/* OSError(err, strerror(err)[, filename]): the errno's subclass
 * (FileNotFoundError, ...); [filename] LP_NULL for none. */
lp_value lp_exc_from_errno(int err, lp_value filename);

/* A new UnicodeEncodeError/DecodeError/TranslateError [type] (encoding is
 * ignored for translate): the codecs' errors. */
lp_value lp_exc_unicode_new(lp_type_t *type, const char *encoding, lp_value object, int64_t start,
                            int64_t end, const char *reason);

/* except*'s matching of exception [exc] (or None) against [type] (a class
 * or tuple of classes, already checked): *match gets the matching part (a
 * naked matching exception wrapped in an ExceptionGroup("", [exc]), whose
 * __traceback__ the caller sets), *rest the remainder of a group; None
 * when absent (CPython's exception_group_match). */
void lp_exc_group_match(lp_value exc, lp_value type, lp_value *match, lp_value *rest);

/* What a try-except* raises at its end (CPython's _PyExc_PrepReraiseStar):
 * [orig] is the exception caught, [raised] a list of what the clauses
 * raised or re-raised (None entries skipped).  Re-raised parts keep their
 * place in orig's nesting; new ones are grouped with them in
 * ExceptionGroup("", ...).  None when nothing is to be raised. */
lp_value lp_exc_prep_reraise_star(lp_value orig, lp_value raised);

/* Gives ExceptionGroup its second base (Exception) and its MRO: call once
 * lp_type_object and the exception bases are ready (idempotent). */
void lp_exc_types_init(void);

#endif
