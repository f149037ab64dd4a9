/* obj_asyncgen.c -- async generators (PEP 525) and their awaitables.
 *
 * An async generator is an lp_gen_t (obj_gen.h) of type async_generator:
 * its frame runs like a generator's, but the values of `yield` are wrapped
 * (ASYNC_GEN_WRAP) to tell them apart from what an `await` inside passes
 * through to the event loop.  __anext__()/asend() return an awaitable that
 * drives the frame: a wrapped value ends the await with StopIteration(value),
 * a plain one is yielded on, and the generator's end is StopAsyncIteration.
 * athrow()/aclose() return an awaitable that first throws into the frame.
 * Follows CPython 3.11's Objects/genobject.c.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_asyncgen.h"

#include <stdio.h>

#include "error.h"
#include "gc.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_gen.h"
#include "names.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"

typedef struct {
    lp_object_t head;
    lp_value value;
} wrapped_t;

enum { AW_INIT, AW_ITER, AW_CLOSED };
enum { AW_SEND, AW_THROW, AW_CLOSE };

/* The awaitable of asend()/__anext__() (kind AW_SEND) or athrow()/aclose(). */
typedef struct {
    lp_object_t head;
    lp_value gen;
    lp_value arg;  /* the value to send, or the exception to throw */
    int state;     /* AW_* */
    int kind;
} awaitable_t;

static lp_type_t wrapped_type, asend_type, athrow_type;

static void ready(void)
{
    if (asend_type.flags & LP_TPF_READY) return;
    lp_type_ready(&wrapped_type);
    lp_type_ready(&asend_type);
    lp_type_ready(&athrow_type);
}

lp_value lp_asyncgen_wrap(lp_value v)
{
    ready();
    wrapped_t *w = lp_alloc(sizeof *w);
    w->head.type = &wrapped_type;
    w->value = v;
    return lp_from_ptr(w);
}

static bool is_wrapped(lp_value v)
{
    return lp_is_ptr(v) && lp_as_object(v)->type == &wrapped_type;
}

static lp_value awaitable_new(lp_value gen, lp_value arg, int kind)
{
    ready();
    awaitable_t *a = lp_alloc(sizeof *a);
    a->head.type = kind == AW_SEND ? &asend_type : &athrow_type;
    a->gen = gen;
    a->arg = arg;
    a->kind = kind;
    return lp_from_ptr(a);
}

/* What one step of the generator gives its awaitable: a wrapped value ends
 * the await, a return ends the iteration, anything else passes through. */
static lp_value unwrap(awaitable_t *a, lp_value r)
{
    if (!r) {
        a->state = AW_CLOSED;
        lp_raise_value(lp_exc_new(&lp_exc_StopAsyncIteration, NULL, 0));
    }
    if (is_wrapped(r)) {
        a->state = AW_CLOSED;
        lp_raise_value(lp_exc_stop_iteration(((wrapped_t *)lp_as_ptr(r))->value));
    }
    return r;
}

/* ==== asend ==== */

static lp_value asend_send_value(awaitable_t *a, lp_value v)
{
    if (a->state == AW_CLOSED)
        lp_raise(&lp_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (a->state == AW_INIT) {
        if (v == LP_NONE) v = a->arg;
        a->state = AW_ITER;
    }
    lp_value ret;
    return unwrap(a, lp_gen_send_ex(a->gen, v, &ret));
}

static lp_value asend_m_send(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("send", nargs - 1, kwnames, 1, 1);
    return asend_send_value(lp_as_ptr(args[0]), args[1]);
}

static lp_value asend_next(lp_value self)
{
    return asend_send_value(lp_as_ptr(self), LP_NONE);
}

/* The exception of throw(typ[, val]): an instance, or a class called. */
static lp_value make_exception(lp_value typ, lp_value val)
{
    lp_value exc = typ;
    if (lp_is_ptr(typ) && lp_type_is_subtype(lp_type_of(typ), &lp_type_type))
        exc = val && val != LP_NONE ? lp_call1(typ, val) : lp_call0(typ);
    if (!lp_exc_check(exc))
        lp_raise(&lp_exc_TypeError,
                 "exceptions must be classes or instances deriving from BaseException, not %T",
                 typ);
    return exc;
}

/* throw(typ[, val[, tb]]) on an awaitable: into the generator. */
static lp_value aw_m_throw(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("throw", nargs - 1, kwnames, 1, 3);
    awaitable_t *a = lp_as_ptr(args[0]);
    if (a->state == AW_CLOSED)
        lp_raise(&lp_exc_RuntimeError, a->kind == AW_SEND
                                           ? "cannot reuse already awaited __anext__()/asend()"
                                           : "cannot reuse already awaited aclose()/athrow()");
    lp_value exc = make_exception(args[1], nargs > 2 ? args[2] : LP_NULL), ret;
    lp_value r = lp_gen_throw_ex(a->gen, exc, &ret);
    if (a->kind == AW_CLOSE && r && is_wrapped(r))
        lp_raise(&lp_exc_RuntimeError, "async generator ignored GeneratorExit");
    return unwrap(a, r);
}

static lp_value aw_m_close(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("close", nargs - 1, kwnames, 0, 0);
    ((awaitable_t *)lp_as_ptr(args[0]))->state = AW_CLOSED;
    return LP_NONE;
}

static lp_value aw_self(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("__await__", nargs - 1, kwnames, 0, 0);
    return args[0];
}

static lp_value aw_iter(lp_value self)
{
    return self;
}

/* ==== athrow / aclose ==== */

typedef struct {
    lp_value gen, exc, result;
} gthrow_t;

static void gthrow_protected(void *ud)
{
    gthrow_t *t = ud;
    lp_value ret;
    t->result = lp_gen_throw_ex(t->gen, t->exc, &ret);
}

static lp_value athrow_step(awaitable_t *a, lp_value v)
{
    if (a->state == AW_CLOSED)
        lp_raise(&lp_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    lp_gen_t *g = lp_as_ptr(a->gen);
    if (g->state == LP_GEN_FINISHED) {
        a->state = AW_CLOSED;
        lp_raise_value(lp_exc_new(&lp_exc_StopIteration, NULL, 0));
    }
    gthrow_t t = {a->gen, LP_NULL, LP_NULL};
    lp_value err;
    if (a->state == AW_INIT) {
        if (v != LP_NONE)
            lp_raise(&lp_exc_RuntimeError, "can't send non-None value to a just-started coroutine");
        a->state = AW_ITER;
        t.exc = a->kind == AW_CLOSE ? lp_exc_new(&lp_exc_GeneratorExit, NULL, 0) : a->arg;
        err = lp_pcall(gthrow_protected, &t);
    } else {
        lp_value ret;
        err = LP_NULL;
        t.result = lp_gen_send_ex(a->gen, v, &ret);
    }
    if (a->kind == AW_CLOSE) {
        if (err && (lp_is_instance(err, &lp_exc_GeneratorExit) ||
                    lp_is_instance(err, &lp_exc_StopAsyncIteration))) {
            a->state = AW_CLOSED;
            lp_raise_value(lp_exc_new(&lp_exc_StopIteration, NULL, 0));
        }
        if (err) lp_raise_value(err);
        if (!t.result) {
            a->state = AW_CLOSED;
            lp_raise_value(lp_exc_new(&lp_exc_StopIteration, NULL, 0));
        }
        if (is_wrapped(t.result))
            lp_raise(&lp_exc_RuntimeError, "async generator ignored GeneratorExit");
        return t.result;
    }
    if (err) lp_raise_value(err);
    return unwrap(a, t.result);
}

static lp_value athrow_m_send(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("send", nargs - 1, kwnames, 1, 1);
    return athrow_step(lp_as_ptr(args[0]), args[1]);
}

static lp_value athrow_next(lp_value self)
{
    return athrow_step(lp_as_ptr(self), LP_NONE);
}

/* ==== the async generator ==== */

static lp_value ag_m_anext(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("__anext__", nargs - 1, kwnames, 0, 0);
    return awaitable_new(args[0], LP_NONE, AW_SEND);
}

static lp_value ag_m_aiter(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("__aiter__", nargs - 1, kwnames, 0, 0);
    return args[0];
}

static lp_value ag_m_asend(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("asend", nargs - 1, kwnames, 1, 1);
    return awaitable_new(args[0], args[1], AW_SEND);
}

static lp_value ag_m_athrow(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("athrow", nargs - 1, kwnames, 1, 3);
    lp_value exc = make_exception(args[1], nargs > 2 ? args[2] : LP_NULL);
    return awaitable_new(args[0], exc, AW_THROW);
}

static lp_value ag_m_aclose(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("aclose", nargs - 1, kwnames, 0, 0);
    return awaitable_new(args[0], LP_NULL, AW_CLOSE);
}

static lp_value ag_repr(lp_value self)
{
    lp_gen_t *g = lp_as_ptr(self);
    char buf[32];
    snprintf(buf, sizeof buf, "%#llx", (unsigned long long)lp_value_id(self));
    return lp_str_format_c("<async_generator object %U at %s>", g->qualname, buf);
}

static lp_value ag_get_name(lp_value s) { return ((lp_gen_t *)lp_as_ptr(s))->name; }
static lp_value ag_get_qualname(lp_value s) { return ((lp_gen_t *)lp_as_ptr(s))->qualname; }
static lp_value ag_get_code(lp_value s) { return lp_from_ptr(((lp_gen_t *)lp_as_ptr(s))->code); }
static lp_value ag_get_running(lp_value s)
{
    return lp_bool(((lp_gen_t *)lp_as_ptr(s))->state == LP_GEN_RUNNING);
}
static lp_value ag_get_none(lp_value s) { return LP_NONE; }

static const lp_method_def_t ag_methods[] = {
    {"__aiter__", ag_m_aiter, 0, "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", ag_m_anext, 0, "Return a value or raise StopAsyncIteration."},
    {"asend", ag_m_asend, 0, "asend(v) -> send 'v' in generator."},
    {"athrow", ag_m_athrow, 0, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", ag_m_aclose, 0, "aclose() -> raise GeneratorExit inside generator."},
    {NULL},
};

static const lp_getset_def_t ag_getsets[] = {
    {"__name__", ag_get_name, NULL, NULL},
    {"__qualname__", ag_get_qualname, NULL, NULL},
    {"ag_code", ag_get_code, NULL, NULL},
    {"ag_running", ag_get_running, NULL, NULL},
    {"ag_frame", ag_get_none, NULL, NULL},
    {"ag_await", ag_get_none, NULL, NULL},
    {NULL},
};

lp_type_t lp_type_async_generator = {
    .name = "async_generator",
    .size = sizeof(lp_gen_t),
    .repr = ag_repr,
    .methods = ag_methods,
    .getsets = ag_getsets,
};

static const lp_method_def_t asend_methods[] = {
    {"send", asend_m_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", aw_m_throw, 0, NULL},
    {"close", aw_m_close, 0, "close() -> raise GeneratorExit inside generator."},
    {"__await__", aw_self, 0, "Return an iterator to be used in await expression."},
    {NULL},
};

static const lp_method_def_t athrow_methods[] = {
    {"send", athrow_m_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", aw_m_throw, 0, NULL},
    {"close", aw_m_close, 0, "close() -> raise GeneratorExit inside generator."},
    {"__await__", aw_self, 0, "Return an iterator to be used in await expression."},
    {NULL},
};

static lp_type_t wrapped_type = {
    .name = "async_generator_wrapped_value",
    .size = sizeof(wrapped_t),
};

static lp_type_t asend_type = {
    .name = "async_generator_asend",
    .size = sizeof(awaitable_t),
    .iter = aw_iter,
    .next = asend_next,
    .methods = asend_methods,
};

static lp_type_t athrow_type = {
    .name = "async_generator_athrow",
    .size = sizeof(awaitable_t),
    .iter = aw_iter,
    .next = athrow_next,
    .methods = athrow_methods,
};
