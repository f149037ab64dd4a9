/* error.c -- raising, catching and formatting error messages.
 *
 * lp_raise builds the exception and longjmps to lp_handler_top (error.h).
 * The handler chain lives on the C stack: each lp_pcall and each entry into
 * the VM's eval loop pushes one.  Raising with no handler installed is a
 * bug in lemonpy (main installs one around everything), so it is fatal.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "ops.h"
#include "types.h"
#include "vm.h"

lp_handler_t *lp_handler_top;

_Noreturn void lp_fatal(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("lemonpy: fatal error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    fflush(stderr);
    abort();
}

/* ==== message formatting ==== */

/* Appends one printf conversion of a C number, rebuilt from [spec]. */
static void put_number(lp_strbuf_t *b, const char *spec, size_t speclen, va_list *ap, int lmod,
                       char conv)
{
    char fmt[32], out[128];
    if (speclen > 20) speclen = 20;
    memcpy(fmt, spec, speclen);
    fmt[speclen] = '\0';
    if (lmod == 'z') snprintf(out, sizeof out, fmt, va_arg(*ap, size_t));
    else if (lmod == 'L') snprintf(out, sizeof out, fmt, va_arg(*ap, long long));
    else if (lmod == 'l') snprintf(out, sizeof out, fmt, va_arg(*ap, long));
    else if (conv == 'f' || conv == 'g' || conv == 'e') snprintf(out, sizeof out, fmt, va_arg(*ap, double));
    else snprintf(out, sizeof out, fmt, va_arg(*ap, int));
    lp_strbuf_puts(b, out);
}

/* Appends [s] cut to [prec] code points (prec < 0: all of it). */
static void put_value_str(lp_strbuf_t *b, lp_value s, int prec)
{
    int64_t n = lp_str_len(s);
    if (prec >= 0 && n > prec) s = lp_str_substr(s, 0, prec);
    lp_strbuf_put_str(b, s);
}

lp_value lp_str_vformat_c(const char *fmt, va_list ap_in)
{
    if (!strchr(fmt, '%')) return lp_str_from_cstr(fmt); /* most messages: no buffer */
    va_list ap;
    va_copy(ap, ap_in);
    lp_strbuf_t b;
    lp_strbuf_init(&b);
    const char *p = fmt;
    while (*p) {
        const char *pct = strchr(p, '%');
        if (!pct) {
            lp_strbuf_puts(&b, p);
            break;
        }
        if (pct > p) {
            char *chunk = lp_alloc_atomic((size_t)(pct - p) + 1);
            memcpy(chunk, p, (size_t)(pct - p));
            chunk[pct - p] = '\0';
            lp_strbuf_puts(&b, chunk);
        }
        const char *q = pct + 1;
        int prec = -1;
        while (*q == '-' || (*q >= '0' && *q <= '9')) q++;
        if (*q == '.') {
            prec = atoi(q + 1);
            q++;
            while (*q >= '0' && *q <= '9') q++;
        }
        int lmod = 0;
        if (*q == 'z') lmod = 'z', q++;
        else if (q[0] == 'l' && q[1] == 'l') lmod = 'L', q += 2;
        else if (*q == 'l') lmod = 'l', q++;
        char conv = *q;
        switch (conv) {
        case '%': lp_strbuf_putc(&b, '%'); break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            put_value_str(&b, lp_str_from_cstr(s ? s : "(null)"), prec);
            break;
        }
        case 'c': lp_strbuf_putc(&b, (uint32_t)va_arg(ap, int)); break;
        case 'p': {
            char out[32];
            snprintf(out, sizeof out, "%p", va_arg(ap, void *));
            lp_strbuf_puts(&b, out);
            break;
        }
        case 'R': put_value_str(&b, lp_repr(va_arg(ap, lp_value)), prec); break;
        case 'S': put_value_str(&b, lp_str(va_arg(ap, lp_value)), prec); break;
        case 'U': put_value_str(&b, va_arg(ap, lp_value), prec); break;
        case 'T': put_value_str(&b, lp_str_from_cstr(lp_type_of(va_arg(ap, lp_value))->name), prec); break;
        case 'N': put_value_str(&b, lp_str_from_cstr(va_arg(ap, const lp_type_t *)->name), prec); break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'f': case 'g': case 'e':
            put_number(&b, pct, (size_t)(q - pct + 1), &ap, lmod, conv);
            break;
        default: lp_fatal("bad message format %%%c in \"%s\"", conv ? conv : '0', fmt);
        }
        p = conv ? q + 1 : q;
    }
    va_end(ap);
    return lp_strbuf_finish(&b);
}

lp_value lp_str_format_c(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lp_value s = lp_str_vformat_c(fmt, ap);
    va_end(ap);
    return s;
}

/* ==== raising ==== */

lp_value lp_exc_vformat(lp_type_t *type, const char *fmt, va_list ap)
{
    lp_value msg = lp_str_vformat_c(fmt, ap);
    return lp_exc_new(type, &msg, 1);
}

lp_value lp_exc_format(lp_type_t *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lp_value e = lp_exc_vformat(type, fmt, ap);
    va_end(ap);
    return e;
}

/* Transfers control to the innermost handler with [exc]. */
static _Noreturn void throw_exc(lp_value exc)
{
    lp_handler_t *h = lp_handler_top;
    if (!h) lp_fatal("exception raised with no handler installed");
    lp_handler_top = h->prev;
    h->exc = exc;
    longjmp(h->jb, 1);
}

_Noreturn void lp_raise(lp_type_t *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lp_value e = lp_exc_vformat(type, fmt, ap);
    va_end(ap);
    throw_exc(e);
}

_Noreturn void lp_raise_value(lp_value exc)
{
    const lp_type_t *t = lp_type_of(exc);
    if (lp_type_is_subtype(t, &lp_type_type) &&
        lp_type_is_subtype((const lp_type_t *)lp_as_ptr(exc), &lp_exc_BaseException)) {
        lp_value inst = lp_call0(exc);
        if (!lp_exc_check(inst))
            lp_raise(&lp_exc_TypeError,
                     "calling %R should have returned an instance of BaseException, not %R", exc,
                     lp_from_ptr(lp_type_of(inst)));
        throw_exc(inst);
    }
    if (!lp_exc_check(exc)) lp_raise(&lp_exc_TypeError, "exceptions must derive from BaseException");
    throw_exc(exc);
}

lp_value lp_pcall(void (*fn)(void *ud), void *ud)
{
    lp_handler_t h;
    int depth = lp_vm_recursion_depth();
    lp_handler_push(&h);
    if (setjmp(h.jb) == 0) {
        fn(ud);
        lp_handler_pop(&h);
        return LP_NULL;
    }
    lp_vm_restore_recursion_depth(depth); /* levels the longjmp skipped */
    return h.exc;                         /* throw_exc popped h */
}
