/* obj_gen.c -- generator and coroutine objects.
 *
 * A generator owns a heap frame (runtime/frame.h).  Resuming it enters the
 * eval loop with that frame as the entry frame (src/vm.h lp_vm_resume);
 * YIELD_VALUE returns from the loop, RETURN_VALUE finishes the generator.
 * `yield from` delegation follows CPython 3.11 (Objects/genobject.c): while
 * suspended inside a SEND loop, the delegate is the top of the frame's
 * stack, and throw()/close() go to it first.  A StopIteration escaping the
 * frame becomes RuntimeError (PEP 479).
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>

#include "obj_gen.h"
#include "obj_asyncgen.h"

#include "bytecode.h"
#include "error.h"
#include "finalize.h"
#include "gc.h"
#include "names.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "types.h"
#include "vm.h"

static lp_gen_t *gen_of(lp_value v)
{
    return lp_as_ptr(v);
}

static const char *kind(lp_gen_t *g)
{
    if (g->head.type == &lp_type_async_generator) return "async generator";
    return g->head.type == &lp_type_coroutine ? "coroutine" : "generator";
}

lp_value lp_gen_new(lp_frame_t *f)
{
    lp_gen_t *g = lp_alloc(sizeof *g);
    if (f->code->flags & LP_CO_ASYNC_GENERATOR) {
        if (!(lp_type_async_generator.flags & LP_TPF_READY)) lp_type_ready(&lp_type_async_generator);
        g->head.type = &lp_type_async_generator;
    } else if (f->code->flags & LP_CO_COROUTINE) {
        if (!(lp_type_coroutine.flags & LP_TPF_READY)) lp_type_ready(&lp_type_coroutine);
        g->head.type = &lp_type_coroutine;
    } else {
        g->head.type = &lp_type_generator;
    }
    g->frame = f;
    g->code = f->code;
    if (f->func) {
        lp_function_t *fn = lp_as_ptr(f->func);
        g->name = fn->name;
        g->qualname = fn->qualname;
    } else {
        g->name = f->code->name;
        g->qualname = f->code->qualname;
    }
    g->state = LP_GEN_CREATED;
    f->gen = g;
    /* closed when dropped while suspended (finally blocks, context
     * managers): only code with try/with needs it */
    if (f->code->nexc && g->head.type != &lp_type_async_generator) lp_finalize_track(lp_from_ptr(g));
    return lp_from_ptr(g);
}

bool lp_gen_check(lp_value v)
{
    if (!lp_is_ptr(v)) return false;
    const lp_type_t *t = lp_as_object(v)->type;
    return t == &lp_type_generator || t == &lp_type_coroutine;
}

/* ==== resuming ==== */

/* Runs [g] with [sent] pushed (or [exc] raised at its yield): the yielded
 * value, or LP_NULL with *ret set when it returned.  What the frame raises
 * goes on (a StopIteration as RuntimeError: src/vm.c). */
static lp_value resume(lp_gen_t *g, lp_value sent, lp_value exc, lp_value *ret)
{
    lp_value r = lp_vm_resume(g->frame, sent, exc);
    if (g->state == LP_GEN_FINISHED) {
        if (ret) *ret = g->retval ? g->retval : LP_NONE;
        g->retval = LP_NULL;
        return LP_NULL;
    }
    return r;
}

static void check_not_running(lp_gen_t *g)
{
    if (g->state == LP_GEN_RUNNING) lp_raise(&lp_exc_ValueError, "%s already executing", kind(g));
}

lp_value lp_gen_send_ex(lp_value gv, lp_value v, lp_value *ret)
{
    lp_gen_t *g = gen_of(gv);
    check_not_running(g);
    if (g->state == LP_GEN_FINISHED) {
        if (g->head.type == &lp_type_coroutine)
            lp_raise(&lp_exc_RuntimeError, "cannot reuse already awaited coroutine");
        if (ret) *ret = LP_NONE;
        return LP_NULL;
    }
    if (g->state == LP_GEN_CREATED && v != LP_NONE)
        lp_raise(&lp_exc_TypeError, "can't send non-None value to a just-started %s", kind(g));
    return resume(g, v, LP_NULL, ret);
}

/* The iterator a suspended `yield from` / `await` delegates to, or LP_NULL. */
static lp_value yield_from(lp_gen_t *g)
{
    if (g->state != LP_GEN_SUSPENDED || !g->frame) return LP_NULL;
    const uint16_t *instr = g->frame->instr;
    if (instr <= g->code->code || (instr[-1] & 0xff) != OP_SEND) return LP_NULL;
    return g->frame->sp[-1];
}

/* Ends the `yield from` [g] is suspended in, with the delegate's result
 * [val]: the frame goes on after its SEND loop. */
static lp_value finish_yield_from(lp_gen_t *g, lp_value val, lp_value *ret)
{
    lp_frame_t *f = g->frame;
    const uint16_t *send = f->instr - 1;
    unsigned target = send[0] >> 8;
    if (send > g->code->code && (send[-1] & 0xff) == OP_EXTENDED_ARG)
        target |= (unsigned)(send[-1] >> 8) << 8;
    f->sp--;
    f->pc = g->code->code + target;
    return resume(g, val, LP_NULL, ret);
}

typedef struct {
    lp_value target, exc, result;
    bool is_gen;
} subthrow_t;

static void subthrow_protected(void *ud)
{
    subthrow_t *s = ud;
    if (s->is_gen) {
        lp_value ret = LP_NULL;
        s->result = lp_gen_throw_ex(s->target, s->exc, &ret);
        if (!s->result) lp_raise_value(lp_exc_stop_iteration(ret));
    } else {
        lp_value meth = lp_getattr(s->target, LP_NAME(throw));
        s->result = lp_call1(meth, s->exc);
    }
}

/* Calls yf.close() when it has one (CPython's gen_close_iter). */
static void close_delegate(void *ud)
{
    lp_value yf = *(lp_value *)ud;
    if (lp_gen_check(yf)) {
        lp_call_method(yf, LP_NAME(close), NULL, 0);
        return;
    }
    lp_value meth = lp_getattr_opt(yf, LP_NAME(close));
    if (meth) lp_call0(meth);
}

lp_value lp_gen_throw_ex(lp_value gv, lp_value exc, lp_value *ret)
{
    lp_gen_t *g = gen_of(gv);
    check_not_running(g);
    lp_value yf = yield_from(g);
    if (yf) {
        if (lp_is_instance(exc, &lp_exc_GeneratorExit)) {
            g->state = LP_GEN_RUNNING;
            lp_value err = lp_pcall(close_delegate, &yf);
            g->state = LP_GEN_SUSPENDED;
            return resume(g, LP_NONE, err ? err : exc, ret);
        }
        bool is_gen = lp_gen_check(yf);
        if (is_gen || lp_getattr_opt(yf, LP_NAME(throw))) {
            subthrow_t s = {yf, exc, LP_NULL, is_gen};
            g->state = LP_GEN_RUNNING;
            lp_value err = lp_pcall(subthrow_protected, &s);
            g->state = LP_GEN_SUSPENDED;
            if (!err) return s.result;
            if (lp_is_instance(err, &lp_exc_StopIteration))
                return finish_yield_from(g, lp_exc_stop_value(err), ret);
            return resume(g, LP_NONE, err, ret);
        }
    }
    if (g->state == LP_GEN_FINISHED) lp_raise_value(exc);
    return resume(g, LP_NONE, exc, ret);
}

/* ==== Python-facing methods ==== */

static lp_value stop_with(lp_value ret)
{
    if (ret == LP_NONE) lp_raise_value(lp_exc_new(&lp_exc_StopIteration, NULL, 0));
    lp_raise_value(lp_exc_stop_iteration(ret));
}

static lp_value gen_m_send(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("send", nargs - 1, kwnames, 1, 1);
    lp_value ret = LP_NULL, r = lp_gen_send_ex(args[0], args[1], &ret);
    return r ? r : stop_with(ret);
}

/* The exception throw(typ, val, tb) raises (CPython's _gen_throw checks). */
static lp_value throw_exception(lp_value typ, lp_value val, lp_value tb)
{
    if (tb == LP_NONE) tb = LP_NULL;
    if (tb && lp_type_of(tb) != &lp_type_traceback)
        lp_raise(&lp_exc_TypeError, "throw() third argument must be a traceback object");
    lp_value exc;
    if (lp_is_ptr(typ) && lp_type_is_subtype(lp_type_of(typ), &lp_type_type) &&
        lp_type_is_subtype(lp_as_ptr(typ), &lp_exc_BaseException)) {
        if (val && lp_is_instance(val, lp_as_ptr(typ)))
            exc = val;
        else if (!val || val == LP_NONE)
            exc = lp_call0(typ);
        else if (lp_tuple_check(val))
            exc = lp_call(typ, lp_as_tuple(val)->items, lp_tuple_len(val), LP_NULL);
        else
            exc = lp_call1(typ, val);
    } else if (lp_exc_check(typ)) {
        if (val && val != LP_NONE)
            lp_raise(&lp_exc_TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else {
        lp_raise(&lp_exc_TypeError,
                 "exceptions must be classes or instances deriving from BaseException, not %T",
                 typ);
    }
    if (tb) lp_as_exc(exc)->traceback = tb;
    return exc;
}

static lp_value gen_m_throw(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("throw", nargs - 1, kwnames, 1, 3);
    lp_value exc = throw_exception(args[1], nargs > 2 ? args[2] : LP_NULL,
                                   nargs > 3 ? args[3] : LP_NULL);
    lp_value ret = LP_NULL, r = lp_gen_throw_ex(args[0], exc, &ret);
    return r ? r : stop_with(ret);
}

typedef struct {
    lp_value gen, result;
} close_t;

static void close_protected(void *ud)
{
    close_t *c = ud;
    lp_value ret;
    lp_value exc = lp_exc_new(&lp_exc_GeneratorExit, NULL, 0);
    c->result = lp_gen_throw_ex(c->gen, exc, &ret);
}

static lp_value gen_m_close(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("close", nargs - 1, kwnames, 0, 0);
    lp_gen_t *g = gen_of(args[0]);
    check_not_running(g);
    if (g->state == LP_GEN_CREATED) {
        g->state = LP_GEN_FINISHED;
        g->frame = NULL;
        return LP_NONE;
    }
    if (g->state == LP_GEN_FINISHED) return LP_NONE;
    close_t c = {args[0], LP_NULL};
    lp_value err = lp_pcall(close_protected, &c);
    if (!err) {
        if (c.result) lp_raise(&lp_exc_RuntimeError, "%s ignored GeneratorExit", kind(g));
        return LP_NONE;
    }
    if (lp_is_instance(err, &lp_exc_GeneratorExit) || lp_is_instance(err, &lp_exc_StopIteration))
        return LP_NONE;
    lp_vm_raise_passed(err);
}

static lp_value gen_next(lp_value self)
{
    return lp_gen_send_ex(self, LP_NONE, NULL);
}

static lp_value gen_iter(lp_value self)
{
    return self;
}

static lp_value gen_repr(lp_value self)
{
    char buf[32];
    lp_gen_t *g = gen_of(self);
    snprintf(buf, sizeof buf, "%#llx", (unsigned long long)lp_value_id(self));
    return lp_str_format_c("<%s object %U at %s>", kind(g), g->qualname, buf);
}

static lp_value coro_await(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_check_args("__await__", nargs - 1, kwnames, 0, 0);
    return args[0];
}

static lp_value gen_get_name(lp_value s) { return gen_of(s)->name; }
static lp_value gen_get_qualname(lp_value s) { return gen_of(s)->qualname; }
static lp_value gen_get_code(lp_value s) { return lp_from_ptr(gen_of(s)->code); }
static lp_value gen_get_running(lp_value s) { return lp_bool(gen_of(s)->state == LP_GEN_RUNNING); }
static lp_value gen_get_suspended(lp_value s)
{
    return lp_bool(gen_of(s)->state == LP_GEN_SUSPENDED);
}
/* gi_frame: a snapshot of the suspended frame (f_lineno, f_locals, ...), or
 * None once the generator has finished. */
static lp_value gen_get_frame(lp_value s)
{
    lp_gen_t *g = gen_of(s);
    return g->frame && g->state != LP_GEN_FINISHED ? lp_frame_object_snapshot(g->frame) : LP_NONE;
}

static lp_value gen_get_yieldfrom(lp_value s)
{
    lp_value yf = yield_from(gen_of(s));
    return yf ? yf : LP_NONE;
}

static void gen_set_name(lp_value s, lp_value v)
{
    if (!v || !lp_str_check(v))
        lp_raise(&lp_exc_TypeError, "__name__ must be set to a string object");
    gen_of(s)->name = v;
}

static void gen_set_qualname(lp_value s, lp_value v)
{
    if (!v || !lp_str_check(v))
        lp_raise(&lp_exc_TypeError, "__qualname__ must be set to a string object");
    gen_of(s)->qualname = v;
}

static const lp_method_def_t gen_methods[] = {
    {"send", gen_m_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_m_throw, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", gen_m_close, 0, "close() -> raise GeneratorExit inside generator."},
    {NULL},
};

static const lp_getset_def_t gen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"gi_code", gen_get_code, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL},
    {NULL},
};

lp_type_t lp_type_generator = {
    .name = "generator",
    .size = sizeof(lp_gen_t),
    .repr = gen_repr,
    .iter = gen_iter,
    .next = gen_next,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

static const lp_method_def_t coro_methods[] = {
    {"send", gen_m_send, 0, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", gen_m_throw, 0, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
    {"close", gen_m_close, 0, "close() -> raise GeneratorExit inside coroutine."},
    {"__await__", coro_await, 0, "Return an iterator to be used in await expression."},
    {NULL},
};

static const lp_getset_def_t coro_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"cr_code", gen_get_code, NULL, NULL},
    {"cr_running", gen_get_running, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL},
    {"cr_frame", gen_get_frame, NULL, NULL},
    {"cr_await", gen_get_yieldfrom, NULL, NULL},
    {NULL},
};

lp_type_t lp_type_coroutine = {
    .name = "coroutine",
    .size = sizeof(lp_gen_t),
    .repr = gen_repr,
    .methods = coro_methods,
    .getsets = coro_getsets,
};
