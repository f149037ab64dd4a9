/* error.h -- raising and catching Python exceptions from C.
 *
 * The Lua model (STYLE.md "Errors: non-local exits"): code that detects an
 * error calls lp_raise, which longjmps to the innermost handler.  The VM
 * installs one handler per entry into the eval loop and finds the Python
 * `except` through the code's exception table; C code that must catch uses
 * lp_pcall.  With Boehm GC there is nothing to release on the way out; only
 * non-memory resources (FILE*, counters) need care.
 *
 * Message formats take printf's %s %d %ld %lld %zd %zu %c %x %p %% and, for
 * values: %R repr(v), %S str(v), %U a str value as is, %T the name of v's
 * type (CPython's %.200s of Py_TYPE(v)->tp_name), %N a type's name from an
 * lp_type_t *.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_ERROR_H
#define LP_ERROR_H

#include <setjmp.h>
#include <stdarg.h>

#include "object.h"
#include "exceptions.h"

/* Raises a new [type] exception whose single argument is the formatted
 * message. */
_Noreturn void lp_raise(lp_type_t *type, const char *fmt, ...);

/* Raises [exc]: an exception instance, or a class (instantiated with no
 * arguments).  Anything else is a TypeError, as in `raise 1`. */
_Noreturn void lp_raise_value(lp_value exc);

/* A new [type] instance with the formatted message as its only argument. */
lp_value lp_exc_format(lp_type_t *type, const char *fmt, ...);
lp_value lp_exc_vformat(lp_type_t *type, const char *fmt, va_list ap);

/* The str value of the formatted message (the formats above). */
lp_value lp_str_format_c(const char *fmt, ...);
lp_value lp_str_vformat_c(const char *fmt, va_list ap);

/* ==== handlers ==== */

/* One level of the handler chain; lives on the C stack of whoever catches. */
typedef struct lp_handler {
    jmp_buf jb;
    struct lp_handler *prev;
    lp_value exc;           /* the exception instance, after the longjmp */
    void *saved_state;      /* owner's bookkeeping (the VM's frame depth) */
} lp_handler_t;

/* The innermost handler; lp_raise longjmps to it. */
extern lp_handler_t *lp_handler_top;

/* Runs [fn]([ud]) and returns LP_NULL, or the exception it raised (then
 * whatever fn did is abandoned).  Nests freely. */
lp_value lp_pcall(void (*fn)(void *ud), void *ud);

/* Installing a handler by hand (the VM): push before setjmp, pop on every
 * way out.  lp_raise pops the handler it jumps to. */
static inline void lp_handler_push(lp_handler_t *h)
{
    h->prev = lp_handler_top;
    h->exc = LP_NULL;
    lp_handler_top = h;
}

static inline void lp_handler_pop(lp_handler_t *h)
{
    lp_handler_top = h->prev;
}

/* Prints [msg] and aborts: for broken invariants, never for user errors. */
_Noreturn void lp_fatal(const char *fmt, ...);

#endif
