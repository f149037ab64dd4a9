/* obj_exc_internal.h -- the layouts of the exception classes with fields,
 * shared by obj_exc.c (BaseException and the simple classes),
 * obj_exc_more.c (OSError, SyntaxError, the Unicode errors, exception
 * groups) and the traceback printer.
 *
 * Every field holds a value (None when unset), never LP_NULL, except where
 * a comment says otherwise.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_EXC_INTERNAL_H
#define LP_OBJ_EXC_INTERNAL_H

#include "obj_exc.h"

/* StopIteration (value), SystemExit (code) */
typedef struct {
    lp_exc_t base;
    lp_value value;
} lp_exc_value_t;

/* ImportError, ModuleNotFoundError */
typedef struct {
    lp_exc_t base;
    lp_value msg, name, path;
} lp_exc_import_t;

/* NameError (name), AttributeError (name, obj) */
typedef struct {
    lp_exc_t base;
    lp_value name, obj;
} lp_exc_name_t;

/* OSError and its subclasses */
typedef struct {
    lp_exc_t base;
    lp_value myerrno, strerror, filename, filename2;
    lp_value written; /* BlockingIOError.characters_written; None: unset */
} lp_exc_os_t;

/* SyntaxError, IndentationError, TabError */
typedef struct {
    lp_exc_t base;
    lp_value msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line;
} lp_exc_syntax_t;

/* UnicodeError and its three subclasses */
typedef struct {
    lp_exc_t base;
    lp_value encoding, object, start, end, reason;
} lp_exc_unicode_t;

/* BaseExceptionGroup, ExceptionGroup */
typedef struct {
    lp_exc_t base;
    lp_value msg;  /* str */
    lp_value excs; /* tuple of exceptions */
} lp_exc_group_t;

/* A new instance of [type] with args [args] and every field None; no
 * __init__ runs. */
lp_value lp_exc_alloc(lp_type_t *type, lp_value args);

/* [v]'s lp_exc_t with any field left unset (an instance made without
 * BaseException.__new__) set to None, args to (). */
lp_exc_t *lp_exc_fixed(lp_value v);

/* str() as BaseException computes it: '', str(arg) or str(args). */
lp_value lp_exc_base_str(lp_value self);

/* Install the slots of the classes defined in obj_exc_more.c (called
 * before main). */
void lp_exc_install_oserror(void);
void lp_exc_install_syntax(void);
void lp_exc_install_unicode(void);
void lp_exc_install_group(void);

#endif
