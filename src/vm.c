/* vm.c -- the bytecode evaluation loop.
 *
 * Runs frames (runtime/frame.h) until the entry frame returns, yields or
 * raises.  Python-to-Python calls push a frame on the VM's frame stack and
 * go on in the same loop; RETURN_VALUE pops it.  Only dispatch, frame
 * bookkeeping and the fast paths of small ints and floats live here; longer
 * operations are in runtime/vm_ops.c and runtime/ops.c.  Instructions:
 * opcodes.h.  Argument binding: runtime/call.c.
 *
 * Exceptions arrive by longjmp (runtime/error.h) at the handler run_frame
 * installs, one per C entry into the loop.  The loop is then entered again
 * in "error" mode: it reads the faulting frame and instruction from the VM
 * state (never from C locals, which longjmp leaves indeterminate), adds a
 * traceback entry, and looks up the code's exception table; without a
 * handler the frame is popped and the caller's table is tried, up to the
 * entry frame, past which the exception goes on to the C caller.
 *
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE 1
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytecode.h"
#include "call.h"
#include "container.h"
#include "error.h"
#include "finalize.h"
#include "gc.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_dict_internal.h"
#include "obj_exc.h"
#include "obj_func.h"
#include "obj_gen.h"
#include "obj_asyncgen.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_set.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "obj_traceback.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "types.h"
#include "vm.h"
#include "vm_attr.h"
#include "vm_ops.h"

#if defined(__GNUC__) && !defined(LP_NO_COMPUTED_GOTO)
#define LP_USE_COMPUTED_GOTO 1
#endif

#define GEN_FLAGS (LP_CO_GENERATOR | LP_CO_COROUTINE | LP_CO_ASYNC_GENERATOR)

/* ==== the VM's state ==== */

/* A piece of the frame stack; frames never straddle two. */
typedef struct chunk {
    struct chunk *next;  /* a spare chunk kept for reuse, or NULL */
    lp_value *limit;     /* one past the last slot */
    lp_value data[];
} chunk_t;

#define CHUNK_WORDS (1 << 16)
#define FRAME_WORDS (sizeof(lp_frame_t) / sizeof(lp_value))

static struct {
    lp_frame_t *frame;     /* the innermost frame executing */
    lp_value *top;         /* the frame stack's first free slot */
    chunk_t *chunk;        /* the chunk top is in */
    chunk_t *first;        /* keeps every chunk reachable */
    int depth;             /* Python frames + guarded C recursion levels */
    int limit;             /* the recursion limit */
    lp_excstate_t base_exc; /* the handled exception outside generators */
    lp_excstate_t *exc_top; /* the innermost level */
    lp_value pending;      /* the exception eval hands to run_frame */
    lp_value reraising;    /* an exception passed on to a C caller (no chaining) */
    uintptr_t c_stack_low; /* below this, the C stack is too deep */
    lp_frame_t *call_frame; /* the frame whose CALL of a native function runs, or NULL */
    lp_value *call_sp;      /* its value stack's top during that call */
} vm = {.limit = 1000};

bool lp_vm_trace = false;
/* The eval breaker: set when something must be done at the next safe
 * point (a function's RESUME, a backward jump, a call): a SIGINT arrived
 * (interrupted) or the collector queued finalizers (finalize). */
static volatile sig_atomic_t breaker, interrupted, finalize;

static void on_finalizers(void);

/* Modes of an entry into eval. */
enum { EVAL_START, EVAL_THROW, EVAL_CAUGHT, EVAL_PASSED };

static void vm_init(void)
{
    if (vm.first) return;
    vm.first = lp_alloc(sizeof(chunk_t) + CHUNK_WORDS * sizeof(lp_value));
    vm.first->limit = vm.first->data + CHUNK_WORDS;
    vm.chunk = vm.first;
    vm.top = vm.first->data;
    vm.exc_top = &vm.base_exc;
    lp_gc_set_finalizer_notifier(on_finalizers);
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        if (pthread_attr_getstack(&attr, &addr, &size) == 0)
            vm.c_stack_low = (uintptr_t)addr + (size > (1u << 20) ? 256u << 10 : size / 4);
        pthread_attr_destroy(&attr);
    }
}

/* RecursionError when the C stack is nearly used up. */
static inline void check_c_stack(void)
{
    char here;
    if ((uintptr_t)&here < vm.c_stack_low)
        lp_raise(&lp_exc_RecursionError, "maximum recursion depth exceeded");
}

void lp_recursion_enter(const char *where)
{
    check_c_stack();
    if (vm.depth >= vm.limit)
        lp_raise(&lp_exc_RecursionError, "maximum recursion depth exceeded%s", where);
    vm.depth++;
}

void lp_recursion_leave(void)
{
    vm.depth--;
}

int lp_vm_recursion_depth(void)
{
    return vm.depth;
}

void lp_vm_restore_recursion_depth(int depth)
{
    vm.depth = depth;
}

int lp_vm_get_recursion_limit(void)
{
    return vm.limit;
}

void lp_vm_set_recursion_limit(int64_t limit)
{
    if (limit < 1) lp_raise(&lp_exc_ValueError, "recursion limit must be greater or equal than 1");
    if (limit > 0x7fffffff) lp_raise(&lp_exc_OverflowError, "Python int too large to convert to C int");
    if (limit <= vm.depth)
        lp_raise(&lp_exc_RecursionError,
                 "cannot set the recursion limit to %d at the recursion depth %d: the limit is "
                 "too low",
                 (int)limit, vm.depth);
    vm.limit = (int)limit;
}

lp_value lp_vm_handled_exception(void)
{
    for (lp_excstate_t *s = vm.exc_top; s; s = s->prev)
        if (s->exc && s->exc != LP_NONE) return s->exc;
    return LP_NULL;
}

void lp_vm_set_handled_exception(lp_value exc)
{
    vm.exc_top->exc = exc;
}

_Noreturn void lp_vm_raise_passed(lp_value exc)
{
    vm.reraising = exc;
    lp_raise_value(exc);
}

lp_frame_t *lp_vm_current_frame(void)
{
    return vm.frame;
}

static void on_sigint(int sig)
{
    (void)sig;
    interrupted = 1;
    breaker = 1;
}

/* The collector's notifier: finalizers are queued (runs inside it). */
static void on_finalizers(void)
{
    finalize = 1;
    breaker = 1;
}

void lp_vm_install_sigint(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

/* ==== frames ==== */

/* Room for a frame of [code] on the frame stack, not yet taken: the caller
 * commits it with frame_commit once nothing can fail. */
static lp_frame_t *frame_reserve(lp_code_t *code)
{
    size_t n = FRAME_WORDS + code->nlocals + code->ncellvars + code->nfreevars + code->stacksize;
    if ((size_t)(vm.chunk->limit - vm.top) >= n) return (lp_frame_t *)vm.top;
    chunk_t *c = vm.chunk->next;
    if (!c || (size_t)(c->limit - c->data) < n) {
        size_t words = n > CHUNK_WORDS ? n : CHUNK_WORDS;
        c = lp_alloc(sizeof(chunk_t) + words * sizeof(lp_value));
        c->limit = c->data + words;
        vm.chunk->next = c;
    }
    return (lp_frame_t *)c->data;
}

static void frame_commit(lp_frame_t *f)
{
    lp_code_t *code = f->code;
    size_t n = FRAME_WORDS + code->nlocals + code->ncellvars + code->nfreevars + code->stacksize;
    f->prev_top = vm.top;
    f->prev_chunk = vm.chunk;
    if ((lp_value *)f != vm.top) vm.chunk = vm.chunk->next;
    vm.top = (lp_value *)f + n;
}

/* Fills the header of [f] for [code]; the fast locals and cells are
 * cleared (the stack slots are not). */
static void frame_init(lp_frame_t *f, lp_code_t *code, lp_value func, lp_value globals,
                       lp_value builtins, lp_value locals)
{
    f->code = code;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->back = NULL;
    f->instr = code->code;
    f->pc = code->code;
    f->gen = NULL;
    f->init_self = LP_NULL;
    f->entry = 0;
    f->binop = 0;
    memset(f->slots, 0, (code->nlocals + code->ncellvars + code->nfreevars) * sizeof(lp_value));
    f->sp = lp_frame_stack_base(f);
}

static lp_frame_t *heap_frame(lp_code_t *code)
{
    size_t n = code->nlocals + code->ncellvars + code->nfreevars + code->stacksize;
    lp_frame_t *f = lp_alloc(sizeof(lp_frame_t) + n * sizeof(lp_value));
    f->heap = 1;
    return f;
}

static inline void check_depth(void)
{
    if (vm.depth >= vm.limit) lp_raise(&lp_exc_RecursionError, "maximum recursion depth exceeded");
}

/* A new frame for calling [fn] with the vectorcall arguments, bound and
 * pushed (depth counted); raises TypeError for bad arguments. */
static lp_frame_t *push_function_frame_slow(lp_function_t *fn, lp_value *args, size_t nargs,
                                            lp_value kwnames)
{
    lp_code_t *co = fn->code;
    bool gen = (co->flags & GEN_FLAGS) != 0;
    lp_frame_t *f = gen ? heap_frame(co) : frame_reserve(co);
    if (!gen) f->heap = 0;
    frame_init(f, co, lp_from_ptr(fn), fn->globals, fn->builtins, LP_NULL);
    if (!kwnames && nargs == (size_t)co->argcount && co->kwonlyargcount == 0 &&
        !(co->flags & (LP_CO_VARARGS | LP_CO_VARKEYWORDS))) {
        for (size_t i = 0; i < nargs; i++) f->slots[i] = args[i];
    } else {
        lp_call_bind(fn, f->slots, args, nargs, kwnames);
    }
    if (!gen) frame_commit(f);
    f->depth = ++vm.depth;
    return f;
}

/* The common case inline: exactly the positional parameters, a plain
 * function, room in the current chunk. */
static inline lp_frame_t *push_function_frame(lp_function_t *fn, lp_value *args, size_t nargs,
                                              lp_value kwnames)
{
    lp_code_t *co = fn->code;
    check_depth();
    if (kwnames || nargs != (size_t)co->argcount || co->kwonlyargcount ||
        (co->flags & (LP_CO_VARARGS | LP_CO_VARKEYWORDS | GEN_FLAGS)))
        return push_function_frame_slow(fn, args, nargs, kwnames);
    size_t nslots = (size_t)(co->nlocals + co->ncellvars + co->nfreevars);
    size_t n = FRAME_WORDS + nslots + (size_t)co->stacksize;
    lp_value *top = vm.top;
    if ((size_t)(vm.chunk->limit - top) < n) return push_function_frame_slow(fn, args, nargs, kwnames);
    lp_frame_t *f = (lp_frame_t *)top;
    f->code = co;
    f->func = lp_from_ptr(fn);
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = LP_NULL;
    f->instr = f->pc = co->code;
    f->gen = NULL;
    f->init_self = LP_NULL;
    f->entry = 0;
    f->heap = 0;
    f->binop = 0;
    size_t i = 0;
    for (; i < nargs; i++) f->slots[i] = args[i];
    for (; i < nslots; i++) f->slots[i] = LP_NULL;
    f->sp = f->slots + nslots;
    f->prev_top = top;
    f->prev_chunk = vm.chunk;
    vm.top = top + n;
    f->depth = ++vm.depth;
    return f;
}

/* Takes [f] off the frame stack (heap frames just leave the chain). */
static inline void frame_pop(lp_frame_t *f)
{
    vm.depth = f->depth - 1 - (f->init_self != LP_NULL);
    if (!f->heap) {
        vm.top = f->prev_top;
        vm.chunk = f->prev_chunk;
    }
}

/* The builtins module's namespace, from runtime/mod_builtins.c when linked in. */
extern lp_value lp_builtins_dict(void) __attribute__((weak));

lp_value lp_vm_builtins_for(lp_value globals)
{
    lp_value b = lp_dict_get(globals, LP_NAME(__builtins__));
    if (b && lp_type_of(b) == &lp_type_module) b = ((lp_module_t *)lp_as_ptr(b))->dict;
    if (b && lp_dict_check(b)) return b;
    if (lp_builtins_dict) return lp_builtins_dict();
    static lp_value empty;
    if (!empty) empty = lp_dict_new();
    return empty;
}

/* ==== the LOAD_GLOBAL cache ==== */

/* Where a LOAD_GLOBAL site found its name last time.  The site's two cache
 * units hold the slot's number (0: none).  A slot stays valid while the
 * dicts keep their entry arrays (a resize or clear replaces them) and the
 * entry still holds the name (a deletion clears it); for a builtin, the
 * globals must also have had no insertion since (their `usable` count only
 * goes down until the arrays are replaced). */
typedef struct {
    const lp_dict_entry_t *gent; /* the globals' entries */
    const lp_dict_entry_t *bent; /* the builtins' entries; NULL: found in the globals */
    int64_t gusable;             /* the globals' usable count (builtin hits) */
    int64_t ix;                  /* the entry */
} gcache_t;

#define GCACHE_MAX (1u << 18)

static gcache_t *gcache;
static uint32_t ngcache = 1, capgcache, gcache_reuse = 1;

static inline lp_value global_cached(const uint16_t *cu, lp_value globals, lp_value builtins,
                                     lp_value name)
{
    uint32_t ci = cu[0] | (uint32_t)cu[1] << 16;
    if (ci == 0 || ci >= ngcache) return LP_NULL;
    const gcache_t *c = &gcache[ci];
    const lp_dict_t *g = lp_as_dict(globals);
    if (g->entries != c->gent) return LP_NULL;
    const lp_dict_entry_t *e;
    if (!c->bent) {
        e = &c->gent[c->ix];
    } else {
        const lp_dict_t *b = lp_as_dict(builtins);
        if (g->usable != c->gusable || b->entries != c->bent) return LP_NULL;
        e = &c->bent[c->ix];
    }
    return e->key == name ? e->value : LP_NULL;
}

/* Looks [name] up for the LOAD_GLOBAL site with cache units [cu] and
 * remembers where it was found.  Raises NameError. */
static lp_value global_lookup(uint16_t *cu, lp_frame_t *f, lp_value name)
{
    lp_dict_t *g = lp_as_dict(f->globals), *b = lp_as_dict(f->builtins);
    if (!lp_dict_check(f->globals) || !lp_dict_check(f->builtins))
        return lp_vmop_load_global(f, name);
    gcache_t c = {g->entries, NULL, g->usable, lp_dict_lookup(g, name, lp_dict_hash(name))};
    lp_value v;
    if (c.ix >= 0) {
        v = g->entries[c.ix].value;
    } else {
        c.ix = lp_dict_lookup(b, name, lp_dict_hash(name));
        if (c.ix < 0) return lp_vmop_load_global(f, name);
        c.bent = b->entries;
        v = b->entries[c.ix].value;
    }
    if (!c.gent || g->entries != c.gent) return v;
    uint32_t ci = cu[0] | (uint32_t)cu[1] << 16;
    if (ci == 0 || ci >= ngcache) {
        if (ngcache >= GCACHE_MAX) {
            /* full: reuse slots in turn (every hit checks the entry's key) */
            ci = gcache_reuse++;
            if (gcache_reuse >= GCACHE_MAX) gcache_reuse = 1;
        } else {
            if (ngcache >= capgcache) {
                capgcache = capgcache ? 2 * capgcache : 256;
                gcache = lp_realloc(gcache, capgcache * sizeof *gcache);
            }
            ci = ngcache++;
        }
        cu[0] = (uint16_t)ci;
        cu[1] = (uint16_t)(ci >> 16);
    }
    gcache[ci] = c;
    return v;
}

/* ==== tracing ==== */

static __attribute__((unused)) void trace_instr(lp_frame_t *f, const uint16_t *pc, lp_value *sp)
{
    int op = pc[0] & 0xff;
    const char *name = lp_opinfo[op].name ? lp_opinfo[op].name : "?";
    fprintf(stderr, "[trace] %s:%d %4d %-20s %3d  depth=%d stack=%d\n",
            lp_str_utf8(f->code->name, NULL), (int)f->code->positions[pc - f->code->code].line,
            (int)(pc - f->code->code), name, pc[0] >> 8, vm.depth,
            (int)(sp - lp_frame_stack_base(f)));
}

/* ==== small-int and float fast paths ==== */

/* `x op y` for small ints, or LP_NULL when the generic path must decide
 * (overflow, division by zero, negative shifts, powers). */
static inline lp_value int_binop(int64_t x, int64_t y, int op)
{
    int64_t r;
    if (op >= LP_NB_INPLACE) op -= LP_NB_INPLACE;
    switch (op) {
    case LP_NB_ADD: r = x + y; break;
    case LP_NB_SUBTRACT: r = x - y; break;
    case LP_NB_MULTIPLY:
        if (__builtin_mul_overflow(x, y, &r)) return LP_NULL;
        break;
    case LP_NB_FLOOR_DIVIDE:
        if (y == 0) return LP_NULL;
        r = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0))) r--;
        break;
    case LP_NB_REMAINDER:
        if (y == 0) return LP_NULL;
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        break;
    case LP_NB_AND: r = x & y; break;
    case LP_NB_OR: r = x | y; break;
    case LP_NB_XOR: r = x ^ y; break;
    case LP_NB_LSHIFT:
        if (y < 0 || y > 15) return LP_NULL;
        r = x * ((int64_t)1 << y);
        break;
    case LP_NB_RSHIFT:
        if (y < 0) return LP_NULL;
        r = y > 62 ? (x < 0 ? -1 : 0) : x >> y;
        break;
    case LP_NB_TRUE_DIVIDE:
        if (y == 0) return LP_NULL;
        return lp_from_float((double)x / (double)y);
    default: return LP_NULL;
    }
    return lp_int_fits(r) ? lp_from_int(r) : LP_NULL;
}

static inline lp_value float_binop(double x, double y, int op)
{
    if (op >= LP_NB_INPLACE) op -= LP_NB_INPLACE;
    switch (op) {
    case LP_NB_ADD: return lp_from_float(x + y);
    case LP_NB_SUBTRACT: return lp_from_float(x - y);
    case LP_NB_MULTIPLY: return lp_from_float(x * y);
    case LP_NB_TRUE_DIVIDE:
        if (y == 0.0) return LP_NULL;
        return lp_from_float(x / y);
    default: return LP_NULL;
    }
}

static inline int num_compare(double x, double y, int op)
{
    switch (op) {
    case LP_LT: return x < y;
    case LP_LE: return x <= y;
    case LP_EQ: return x == y;
    case LP_NE: return x != y;
    case LP_GT: return x > y;
    default: return x >= y;
    }
}

static inline int int_compare(int64_t x, int64_t y, int op)
{
    switch (op) {
    case LP_LT: return x < y;
    case LP_LE: return x <= y;
    case LP_EQ: return x == y;
    case LP_NE: return x != y;
    case LP_GT: return x > y;
    default: return x >= y;
    }
}

/* A number as a double when it is an immediate int or float. */
static inline bool as_double(lp_value v, double *d)
{
    if (lp_is_float(v)) {
        *d = lp_as_float(v);
        return true;
    }
    if (lp_is_int(v)) {
        *d = (double)lp_as_int(v);
        return true;
    }
    return false;
}

/* ==== exceptions ==== */

/* The handler of [code] covering unit [offset], or NULL. */
static const lp_exc_entry_t *find_handler(lp_code_t *code, uint32_t offset)
{
    const lp_exc_entry_t *best = NULL;
    for (uint32_t i = 0; i < code->nexc; i++) {
        const lp_exc_entry_t *e = &code->exctable[i];
        if (e->start > offset) break;
        if (offset < e->end && (!best || e->start > best->start)) best = e;
    }
    return best;
}

/* Adds the traceback entry of frame [f] to [exc]. */
static void add_traceback(lp_frame_t *f, lp_value exc)
{
    if (!lp_exc_check(exc)) return;
    lp_exc_t *e = lp_as_exc(exc);
    e->traceback = lp_traceback_new(e->traceback, f->code, f->globals,
                                    (int32_t)(f->instr - f->code->code));
}

/* The slow path of the eval breaker: runs the queued finalizers (the
 * frame's pc and sp are saved), then raises KeyboardInterrupt for a
 * SIGINT. */
static __attribute__((noinline)) void on_break(void)
{
    breaker = 0;
    if (finalize) {
        finalize = 0;
        lp_finalize_pending();
    }
    if (interrupted) {
        interrupted = 0;
        lp_raise_value(lp_exc_new(&lp_exc_KeyboardInterrupt, NULL, 0));
    }
}

/* Clears the value-stack slots of [f] from [sp] to its end. */
static void clear_stack_above(lp_frame_t *f, lp_value *sp)
{
    lp_value *end = lp_frame_stack_base(f) + f->code->stacksize;
    if (sp >= lp_frame_stack_base(f) && sp < end)
        memset(sp, 0, (size_t)(end - sp) * sizeof(lp_value));
}

/* Above the innermost frame, above the stack top of the frames that
 * called the next one from this loop (their sp is saved), and above the
 * stack top of the frame that is calling a native function now. */
void lp_vm_clear_dead_slots(void)
{
    if (!vm.first) return;
    memset(vm.top, 0, (size_t)(vm.chunk->limit - vm.top) * sizeof(lp_value));
    for (chunk_t *c = vm.chunk->next; c; c = c->next)
        memset(c->data, 0, (size_t)(c->limit - c->data) * sizeof(lp_value));
    for (lp_frame_t *f = vm.frame; f && f->back; f = f->back)
        if (!f->entry) clear_stack_above(f->back, f->back->sp);
    if (vm.call_frame) clear_stack_above(vm.call_frame, vm.call_sp);
}

/* ==== prompt finalization (runtime/finalize.h) ==== */

#define FINALIZABLE_LIVE() __builtin_expect(lp_finalize_live != 0, 0)

/* The instruction just run (frame [f] with stack top [sp], saved) dropped
 * a finalizable object of kind [kind]: collect now.  NULL [f]: a frame
 * returned to C. */
static __attribute__((noinline)) void dropped(lp_frame_t *f, lp_value *sp, int kind)
{
    lp_frame_t *cf = vm.call_frame;
    lp_value *csp = vm.call_sp;
    if (f) {
        vm.call_frame = f;
        vm.call_sp = sp;
    }
    lp_finalize_dropped(kind);
    vm.call_frame = cf;
    vm.call_sp = csp;
}

/* Zeroes the C stack just below the caller: the frames of the helpers it
 * called are gone, but the values they held would be seen by the
 * collector (which scans conservatively) from the frames made next. */
static __attribute__((noinline)) void scrub_c_stack(void)
{
    char buf[8192];
    memset(buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
}

/* Zeroes the callee-saved registers (x86-64), used by the eval loop before
 * the prompt collection of a `del`: a dead value it left in one would be
 * saved on the stack by the callees and keep its object alive.  The
 * compiler moves what is live in them elsewhere around the asm.  (Only on
 * the del paths: each use costs the loop a little register freedom.) */
#if defined(__x86_64__) && defined(__GNUC__)
#define SCRUB_REGISTERS()                                                                          \
    __asm__ volatile("xor %%ebx, %%ebx\n\txor %%r12d, %%r12d\n\txor %%r13d, %%r13d\n\t"          \
                     "xor %%r14d, %%r14d\n\txor %%r15d, %%r15d"                                    \
                     :                                                                             \
                     :                                                                             \
                     : "rbx", "r12", "r13", "r14", "r15")
#else
#define SCRUB_REGISTERS() ((void)0)
#endif

/* True when [name] in namespace [ns] holds a droppable object other than
 * [keep]. */
static __attribute__((noinline)) bool name_droppable(lp_value ns, lp_value name, lp_value keep)
{
    if (!ns || !lp_dict_check(ns)) return false;
    lp_value v = lp_dict_get(ns, name);
    return v && v != keep && lp_finalize_droppable(v);
}

/* STORE_NAME / DELETE_NAME (STORE_GLOBAL / DELETE_GLOBAL when [global]) of
 * [name] in frame [f] (saved, stack top [sp]) binding [v] (LP_NULL:
 * delete) while finalizable objects exist: a prompt collection when the
 * old value was droppable.  The old value is never held here. */
static __attribute__((noinline)) void store_checked(lp_frame_t *f, lp_value *sp, lp_value name,
                                                    lp_value v, bool global)
{
    bool drop = name_droppable(global ? f->globals : f->locals, name, v);
    if (v && global) lp_dict_set(f->globals, name, v);
    else if (v) lp_vmop_store_name(f, name, v);
    else if (global) lp_vmop_delete_global(f, name);
    else lp_vmop_delete_name(f, name);
    if (!drop) return;
    scrub_c_stack();
    dropped(f, sp, v ? LP_DROP_STORE : LP_DROP_DEL);
}

/* True when one of [f]'s own locals (parameters excluded: the caller
 * usually holds them) is droppable, other than [result]. */
static __attribute__((noinline)) bool locals_droppable(lp_frame_t *f, lp_value result)
{
    lp_code_t *co = f->code;
    int first = co->argcount + co->kwonlyargcount + !!(co->flags & LP_CO_VARARGS) +
                !!(co->flags & LP_CO_VARKEYWORDS);
    for (int i = first; i < co->nlocals; i++) {
        lp_value v = f->slots[i];
        if (v && v != result && lp_finalize_droppable(v)) return true;
    }
    return false;
}

/* RETURN_VALUE of frame [f] (saved; the result on top of [sp]) while
 * finalizable objects exist: when a local is droppable, the frame's
 * locals are cleared (it is ending) and a prompt collection runs. */
static __attribute__((noinline)) void return_checked(lp_frame_t *f, lp_value *sp)
{
    if (!locals_droppable(f, sp[-1])) return;
    memset(f->slots, 0, (size_t)f->code->nlocals * sizeof(lp_value));
    scrub_c_stack();
    dropped(f, sp, LP_DROP_RETURN);
}

/* ==== instances made inside the loop ==== */

/* Calls class [t] as type.__call__ does (runtime/obj_type.c type_call):
 * __new__, then __init__ when the result is an instance.  When __init__
 * is a Python function, its frame is returned instead of being run (the
 * caller's loop runs it; RETURN_VALUE then gives the instance), with the
 * new instance written over the class in the caller's stack slot args[-1].
 * Otherwise returns NULL with the instance in *[result]. */
static lp_frame_t *construct(lp_type_t *t, lp_value *args, size_t nargs, lp_value kwnames,
                             lp_value *result)
{
    if (t == &lp_type_type && nargs == 1 && kwnames)
        lp_raise(&lp_exc_TypeError, "type() takes no keyword arguments");
    if (t == &lp_type_type && nargs == 1 && !kwnames) {
        *result = lp_from_ptr(lp_type_of(args[0]));
        return NULL;
    }
    if (t == &lp_type_type && nargs != 3)
        lp_raise(&lp_exc_TypeError, "type() takes 1 or 3 arguments");
    if (!t->new) lp_raise(&lp_exc_TypeError, "cannot create '%s' instances", t->name);
    lp_value obj = t->new(t, args, nargs, kwnames);
    const lp_type_t *ot = lp_type_of(obj);
    *result = obj;
    if (ot->flags & LP_TPF_HAS_DEL) lp_finalize_track(obj);
    if (!(ot == t || lp_type_is_subtype(ot, t)) || !ot->init) return NULL;
    lp_value init = ot->init != lp_type_object.init ? lp_type_lookup(ot, LP_NAME(__init__)) : LP_NULL;
    if (init && lp_type_of(init) == &lp_type_function &&
        !(((lp_function_t *)lp_as_ptr(init))->code->flags & GEN_FLAGS)) {
        /* CPython counts the C call of the class too: 2 levels per __init__ */
        if (vm.depth >= vm.limit)
            lp_raise(&lp_exc_RecursionError,
                     "maximum recursion depth exceeded while calling a Python object");
        args[-1] = obj;
        vm.depth++; /* an error below lands in this loop, which resets the depth */
        lp_frame_t *f = push_function_frame(lp_as_ptr(init), args - 1, nargs + 1, kwnames);
        f->init_self = obj;
        return f;
    }
    ot->init(obj, args, nargs, kwnames);
    return NULL;
}

/* ==== generators run inside the loop ==== */

static lp_value gen_escape(lp_gen_t *gen, lp_value e);

/* The opcode and full operand of the instruction at [instr] (which may
 * start with EXTENDED_ARG units). */
static void decode_instr(const uint16_t *instr, unsigned *op, unsigned *arg)
{
    unsigned a = 0;
    while ((*instr & 0xff) == OP_EXTENDED_ARG) a = (a | (*instr++ >> 8)) << 8;
    *op = *instr & 0xff;
    *arg = a | (*instr >> 8);
}

/* True when FOR_ITER / SEND may run generator [g] in the loop, sending
 * [sent]: it is suspended (or not started and sent None), and the
 * recursion limit allows one more frame.  Otherwise the C path reports. */
static inline bool gen_enterable(lp_gen_t *g, lp_value sent)
{
    if (g->state == LP_GEN_SUSPENDED) return vm.depth < vm.limit;
    return g->state == LP_GEN_CREATED && sent == LP_NONE && vm.depth < vm.limit;
}

/* Makes the frame of [g] the running one, called from [caller] (whose pc
 * and sp are saved), with [sent] pushed. */
static lp_frame_t *gen_enter(lp_gen_t *g, lp_frame_t *caller, lp_value sent)
{
    lp_frame_t *f = g->frame;
    f->back = caller;
    f->entry = 0;
    f->depth = ++vm.depth;
    g->state = LP_GEN_RUNNING;
    g->exc.prev = vm.exc_top;
    vm.exc_top = &g->exc;
    *f->sp++ = sent;
    vm.frame = f;
    return f;
}

/* ==== the loop ==== */

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define SET_TOP(v) (sp[-1] = (v))

#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        code = frame->code;                                                                        \
        first = code->code;                                                                        \
        fast = frame->slots;                                                                       \
        consts = lp_as_tuple(code->consts)->items;                                                 \
        names = lp_as_tuple(code->names)->items;                                                   \
        pc = frame->pc;                                                                            \
        sp = frame->sp;                                                                            \
    } while (0)

#define SAVE_FRAME()                                                                               \
    do {                                                                                           \
        frame->pc = pc;                                                                            \
        frame->sp = sp;                                                                            \
    } while (0)

#ifdef LP_DEBUG_TRACE_EXEC
#define TRACE()                                                                                    \
    if (lp_vm_trace) trace_instr(frame, pc, sp)
#else
#define TRACE() ((void)0)
#endif

#define NEXT_INSTR()                                                                               \
    do {                                                                                           \
        TRACE();                                                                                   \
        frame->instr = pc;                                                                         \
        word = *pc++;                                                                              \
        opcode = word & 0xff;                                                                      \
        oparg = word >> 8;                                                                         \
    } while (0)

#ifdef LP_USE_COMPUTED_GOTO
#define TARGET(op) op_##op:
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        NEXT_INSTR();                                                                              \
        goto *table[opcode];                                                                       \
    } while (0)
#define DISPATCH_OPCODE() goto *table[opcode]
#else
#define TARGET(op) case OP_##op:
#define DISPATCH() goto dispatch
#define DISPATCH_OPCODE() goto dispatch_opcode
#endif

#define JUMP_TO(target) (pc = first + (target))

/* Runs from [entry] (mode EVAL_START / EVAL_THROW) or from the VM's
 * current frame with the pending exception [exc] (EVAL_CAUGHT: raised
 * there, EVAL_PASSED: passed on from a nested loop).  Returns the entry
 * frame's result, or LP_NULL with vm.pending set when an exception leaves
 * the entry frame. */
static lp_value eval(lp_frame_t *entry, lp_value exc, int mode)
{
#ifdef LP_USE_COMPUTED_GOTO
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static void *const table[256] = {
        [0 ... 255] = &&op_bad,
#define LP_OPCODE(name, num, arg, effect, jeffect, cache) [num] = &&op_##name,
#include "opcodes.h"
#undef LP_OPCODE
    };
#pragma GCC diagnostic pop
#endif
    lp_frame_t *frame;
    lp_code_t *code;
    const uint16_t *pc, *first;
    lp_value *sp, *fast, *consts, *names;
    lp_value kwnames = LP_NULL;
    unsigned opcode, oparg;
    uint16_t word;

    if (mode == EVAL_START || mode == EVAL_THROW) {
        frame = entry;
        vm.frame = entry;
    } else {
        frame = vm.frame;
    }
    LOAD_FRAME();
    switch (mode) {
    case EVAL_THROW:
    case EVAL_CAUGHT: goto error_fresh;
    case EVAL_PASSED: goto error;
    default: break;
    }
    DISPATCH();

#ifndef LP_USE_COMPUTED_GOTO
dispatch:
    NEXT_INSTR();
dispatch_opcode:
    switch (opcode) {
#endif

    /* -- stack manipulation -- */

    TARGET(NOP) DISPATCH();

    TARGET(POP_TOP)
    {
        sp--;
        DISPATCH();
    }

    TARGET(PUSH_NULL)
    {
        PUSH(LP_NULL);
        DISPATCH();
    }

    TARGET(COPY)
    {
        lp_value v = PEEK(oparg);
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP)
    {
        lp_value v = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = v;
        DISPATCH();
    }

    TARGET(EXTENDED_ARG)
    {
        word = *pc++;
        opcode = word & 0xff;
        oparg = (oparg << 8) | (word >> 8);
        DISPATCH_OPCODE();
    }

    TARGET(RESUME)
    {
        if (breaker) {
            SAVE_FRAME();
            on_break();
        }
        DISPATCH();
    }

    /* -- constants and variables -- */

    TARGET(LOAD_CONST)
    {
        PUSH(consts[oparg]);
        DISPATCH();
    }

    TARGET(LOAD_FAST)
    {
        lp_value v = fast[oparg];
        if (__builtin_expect(v == LP_NULL, 0)) lp_vmop_unbound_local(code, oparg);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST)
    {
        if (FINALIZABLE_LIVE() && fast[oparg] && fast[oparg] != TOP() &&
            lp_finalize_droppable(fast[oparg])) {
            fast[oparg] = POP(); /* rebinding drops the old value */
            SAVE_FRAME();
            scrub_c_stack();
            dropped(frame, sp, LP_DROP_STORE);
            DISPATCH();
        }
        fast[oparg] = POP();
        DISPATCH();
    }

    TARGET(DELETE_FAST)
    {
        if (fast[oparg] == LP_NULL) lp_vmop_unbound_local(code, oparg);
        if (FINALIZABLE_LIVE() && lp_finalize_droppable(fast[oparg])) {
            fast[oparg] = LP_NULL;
            SAVE_FRAME();
            scrub_c_stack();
            SCRUB_REGISTERS();
            dropped(frame, sp, LP_DROP_DEL);
            DISPATCH();
        }
        fast[oparg] = LP_NULL;
        DISPATCH();
    }

    TARGET(LOAD_NAME)
    {
        lp_value v = lp_vmop_load_name(frame, names[oparg]);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME)
    {
        if (FINALIZABLE_LIVE()) {
            sp--;
            SAVE_FRAME();
            store_checked(frame, sp, names[oparg], sp[0], false);
            DISPATCH();
        }
        lp_vmop_store_name(frame, names[oparg], TOP());
        sp--;
        DISPATCH();
    }

    TARGET(DELETE_NAME)
    {
        if (FINALIZABLE_LIVE()) {
            SAVE_FRAME();
            SCRUB_REGISTERS();
            store_checked(frame, sp, names[oparg], LP_NULL, false);
            DISPATCH();
        }
        lp_vmop_delete_name(frame, names[oparg]);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL)
    {
        lp_value name = names[oparg >> 1];
        lp_value v = global_cached(pc, frame->globals, frame->builtins, name);
        if (!v) v = global_lookup((uint16_t *)pc, frame, name);
        if (oparg & 1) PUSH(LP_NULL);
        PUSH(v);
        pc += 2;
        DISPATCH();
    }

    TARGET(STORE_GLOBAL)
    {
        if (FINALIZABLE_LIVE()) {
            sp--;
            SAVE_FRAME();
            store_checked(frame, sp, names[oparg], sp[0], true);
            DISPATCH();
        }
        lp_dict_set(frame->globals, names[oparg], TOP());
        sp--;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL)
    {
        if (FINALIZABLE_LIVE()) {
            SAVE_FRAME();
            SCRUB_REGISTERS();
            store_checked(frame, sp, names[oparg], LP_NULL, true);
            DISPATCH();
        }
        lp_vmop_delete_global(frame, names[oparg]);
        DISPATCH();
    }

    TARGET(LOAD_DEREF)
    {
        lp_cell_t *cell = lp_as_ptr(fast[code->nlocals + oparg]);
        lp_value v = cell->value;
        if (v == LP_NULL) lp_vmop_unbound_deref(code, oparg);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF)
    {
        lp_cell_t *cell = lp_as_ptr(fast[code->nlocals + oparg]);
        cell->value = POP();
        DISPATCH();
    }

    TARGET(DELETE_DEREF)
    {
        lp_cell_t *cell = lp_as_ptr(fast[code->nlocals + oparg]);
        if (cell->value == LP_NULL) lp_vmop_unbound_deref(code, oparg);
        cell->value = LP_NULL;
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE)
    {
        PUSH(fast[code->nlocals + oparg]);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF)
    {
        lp_value v = lp_vmop_load_classderef(frame, oparg);
        PUSH(v);
        DISPATCH();
    }

    TARGET(MAKE_CELL)
    {
        lp_value v = LP_NULL;
        if (code->cell2arg && (int)oparg < code->ncellvars && code->cell2arg[oparg] >= 0)
            v = fast[code->cell2arg[oparg]];
        fast[code->nlocals + oparg] = lp_cell_new(v);
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS)
    {
        lp_function_t *fn = lp_as_ptr(frame->func);
        lp_value *cells = fast + code->nlocals + code->ncellvars;
        for (unsigned i = 0; i < oparg; i++) cells[i] = lp_tuple_get(fn->closure, i);
        DISPATCH();
    }

    /* -- attributes and items -- */

    TARGET(LOAD_ATTR)
    {
        lp_value v = lp_vmattr_load((uint16_t *)pc, TOP(), names[oparg]);
        SET_TOP(v);
        pc += 2;
        DISPATCH();
    }

    TARGET(STORE_ATTR)
    {
        lp_vmattr_store((uint16_t *)pc, TOP(), names[oparg], PEEK(2));
        sp -= 2;
        pc += 2;
        DISPATCH();
    }

    TARGET(DELETE_ATTR)
    {
        lp_delattr(TOP(), names[oparg]);
        sp--;
        DISPATCH();
    }

    TARGET(LOAD_METHOD)
    {
        lp_value obj = TOP(), meth, self;
        if (lp_vmattr_method((uint16_t *)pc, obj, names[oparg], &meth, &self)) {
            SET_TOP(meth);
            PUSH(self);
        } else {
            SET_TOP(LP_NULL);
            PUSH(meth);
        }
        pc += 2;
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR)
    {
        lp_value key = TOP(), cont = PEEK(2), v;
        if (lp_is_int(key) && lp_is_ptr(cont) && lp_as_object(cont)->type == &lp_type_list) {
            lp_list_t *l = lp_as_ptr(cont);
            int64_t i = lp_as_int(key);
            if (i < 0) i += l->len;
            v = (uint64_t)i < (uint64_t)l->len ? l->items[i] : lp_getitem(cont, key);
        } else if (lp_is_int(key) && lp_is_ptr(cont) &&
                   lp_as_object(cont)->type == &lp_type_tuple) {
            lp_tuple_t *t = lp_as_ptr(cont);
            int64_t i = lp_as_int(key);
            if (i < 0) i += t->len;
            v = (uint64_t)i < (uint64_t)t->len ? t->items[i] : lp_getitem(cont, key);
        } else if (lp_is_ptr(cont) && lp_as_object(cont)->type == &lp_type_dict) {
            v = lp_dict_get(cont, key);
            if (!v) lp_raise_key_error(key); /* without hashing [key] again */
        } else {
            v = lp_getitem(cont, key);
        }
        sp--;
        SET_TOP(v);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR)
    {
        lp_value key = TOP(), cont = PEEK(2), v = PEEK(3);
        if (lp_is_int(key) && lp_is_ptr(cont) && lp_as_object(cont)->type == &lp_type_list) {
            lp_list_t *l = lp_as_ptr(cont);
            int64_t i = lp_as_int(key);
            if (i < 0) i += l->len;
            if ((uint64_t)i < (uint64_t)l->len)
                l->items[i] = v;
            else
                lp_setitem(cont, key, v);
        } else if (lp_is_ptr(cont) && lp_as_object(cont)->type == &lp_type_dict) {
            lp_dict_set(cont, key, v);
        } else {
            lp_setitem(cont, key, v);
        }
        sp -= 3;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR)
    {
        lp_delitem(PEEK(2), TOP());
        sp -= 2;
        DISPATCH();
    }

    TARGET(BUILD_SLICE)
    {
        lp_value step = oparg == 3 ? POP() : LP_NONE;
        lp_value stop = POP();
        SET_TOP(lp_slice_new(TOP(), stop, step));
        DISPATCH();
    }

    /* -- operators -- */

    TARGET(BINARY_OP)
    {
        lp_value b = TOP(), a = PEEK(2), r = LP_NULL;
        /* two scalar loads: one 16-byte load of the two words just pushed
         * would stall on store forwarding */
        __asm__("" : "+r"(a), "+r"(b));
        double x, y;
        if (lp_is_int(a) && lp_is_int(b))
            r = int_binop(lp_as_int(a), lp_as_int(b), oparg);
        else if ((lp_is_float(a) || lp_is_float(b)) && as_double(a, &x) && as_double(b, &y))
            r = float_binop(x, y, oparg);
        if (!r && oparg < LP_NB_INPLACE && lp_is_ptr(a)) {
            /* a.__op__ of a class, run in this loop (RETURN_VALUE finishes) */
            lp_value fn = lp_binop_left_function(a, b, (int)oparg);
            if (fn && !(((lp_function_t *)lp_as_ptr(fn))->code->flags & GEN_FLAGS)) {
                lp_value args[2] = {a, b};
                frame->pc = pc + 1;
                frame->sp = sp;
                lp_frame_t *f = push_function_frame(lp_as_ptr(fn), args, 2, LP_NULL);
                f->binop = (uint8_t)(oparg + 1);
                f->back = frame;
                frame = f;
                vm.frame = f;
                LOAD_FRAME();
                DISPATCH();
            }
        }
        if (!r) r = lp_binary_op(a, b, oparg);
        sp--;
        SET_TOP(r);
        pc += 1;
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE)
    {
        lp_value v = TOP();
        if (!lp_is_int(v) && !lp_is_float(v)) SET_TOP(lp_pos(v));
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE)
    {
        lp_value v = TOP();
        if (lp_is_int(v) && lp_as_int(v) != LP_SMALLINT_MIN)
            SET_TOP(lp_from_int(-lp_as_int(v)));
        else if (lp_is_float(v))
            SET_TOP(lp_from_float(-lp_as_float(v)));
        else
            SET_TOP(lp_neg(v));
        DISPATCH();
    }

    TARGET(UNARY_NOT)
    {
        lp_value v = TOP();
        SET_TOP(v == LP_TRUE ? LP_FALSE : v == LP_FALSE ? LP_TRUE : lp_bool(!lp_truth(v)));
        DISPATCH();
    }

    TARGET(UNARY_INVERT)
    {
        lp_value v = TOP();
        SET_TOP(lp_is_int(v) ? lp_from_int(~lp_as_int(v)) : lp_invert(v));
        DISPATCH();
    }

    TARGET(COMPARE_OP)
    {
        lp_value b = TOP(), a = PEEK(2);
        __asm__("" : "+r"(a), "+r"(b)); /* two scalar loads, as in BINARY_OP */
        double x, y;
        int res;
        if (lp_is_int(a) && lp_is_int(b)) {
            res = int_compare(lp_as_int(a), lp_as_int(b), oparg);
        } else if ((lp_is_float(a) || lp_is_float(b)) && as_double(a, &x) && as_double(b, &y)) {
            res = num_compare(x, y, oparg);
        } else {
            /* a.__op__ of a class, run in this loop (RETURN_VALUE finishes) */
            lp_value fn = lp_is_ptr(a) ? lp_compare_left_function(a, b, (int)oparg) : LP_NULL;
            if (fn && !(((lp_function_t *)lp_as_ptr(fn))->code->flags & GEN_FLAGS)) {
                lp_value args[2] = {a, b};
                frame->pc = pc + 1;
                frame->sp = sp;
                lp_frame_t *f = push_function_frame(lp_as_ptr(fn), args, 2, LP_NULL);
                f->binop = (uint8_t)(LP_FRAME_COMPARE + oparg);
                f->back = frame;
                frame = f;
                vm.frame = f;
                LOAD_FRAME();
                DISPATCH();
            }
            lp_value r = lp_compare(a, b, oparg);
            sp--;
            SET_TOP(r);
            pc += 1;
            DISPATCH();
        }
        /* a number comparison followed by a conditional jump: no bool */
        sp -= 2;
        pc += 1;
        word = *pc;
        if ((word & 0xff) == OP_POP_JUMP_IF_FALSE) {
            pc++;
            if (!res) JUMP_TO(word >> 8);
        } else if ((word & 0xff) == OP_POP_JUMP_IF_TRUE) {
            pc++;
            if (res) JUMP_TO(word >> 8);
        } else {
            PUSH(lp_bool(res));
        }
        DISPATCH();
    }

    TARGET(IS_OP)
    {
        bool same = TOP() == PEEK(2);
        sp--;
        SET_TOP(lp_bool(same != (oparg != 0)));
        DISPATCH();
    }

    TARGET(CONTAINS_OP)
    {
        bool in = lp_contains(TOP(), PEEK(2));
        sp--;
        SET_TOP(lp_bool(in != (oparg != 0)));
        DISPATCH();
    }

    /* -- building -- */

    TARGET(BUILD_TUPLE)
    {
        lp_value t = lp_tuple_from_array(sp - oparg, oparg);
        sp -= oparg;
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST)
    {
        lp_value l = lp_list_from_array(sp - oparg, oparg);
        sp -= oparg;
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET)
    {
        lp_value s = lp_vmop_build_set(sp - oparg, oparg);
        sp -= oparg;
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP)
    {
        lp_value d = lp_vmop_build_map(sp - 2 * oparg, oparg);
        sp -= 2 * oparg;
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP)
    {
        lp_value d = lp_vmop_build_const_key_map(sp - oparg - 1, TOP());
        sp -= oparg + 1;
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING)
    {
        lp_value s = lp_vmop_build_string(sp - oparg, oparg);
        sp -= oparg;
        PUSH(s);
        DISPATCH();
    }

    TARGET(LIST_APPEND)
    {
        lp_list_append(PEEK(oparg + 1), TOP());
        sp--;
        DISPATCH();
    }

    TARGET(SET_ADD)
    {
        lp_set_add(PEEK(oparg + 1), TOP());
        sp--;
        DISPATCH();
    }

    TARGET(MAP_ADD)
    {
        lp_dict_set(PEEK(oparg + 2), PEEK(2), TOP());
        sp -= 2;
        DISPATCH();
    }

    TARGET(LIST_EXTEND)
    {
        lp_vmop_list_extend(PEEK(oparg + 1), TOP());
        sp--;
        DISPATCH();
    }

    TARGET(SET_UPDATE)
    {
        lp_set_update(PEEK(oparg + 1), TOP());
        sp--;
        DISPATCH();
    }

    TARGET(DICT_UPDATE)
    {
        lp_vmop_dict_update(PEEK(oparg + 1), TOP());
        sp--;
        DISPATCH();
    }

    TARGET(DICT_MERGE)
    {
        lp_vmop_dict_merge(PEEK(oparg + 1), TOP(), PEEK(oparg + 3));
        sp--;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE)
    {
        lp_list_t *l = lp_as_ptr(TOP());
        SET_TOP(lp_tuple_from_array(l->items, l->len));
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE)
    {
        lp_value seq = POP();
        lp_vmop_unpack(seq, oparg, sp);
        sp += oparg;
        pc += 1;
        DISPATCH();
    }

    TARGET(UNPACK_EX)
    {
        lp_value seq = POP();
        int before = oparg & 0xff, after = oparg >> 8;
        lp_vmop_unpack_ex(seq, before, after, sp);
        sp += before + after + 1;
        DISPATCH();
    }

    TARGET(FORMAT_VALUE)
    {
        lp_value spec = (oparg & LP_FVS_HAVE_SPEC) ? POP() : LP_NULL;
        SET_TOP(lp_vmop_format_value(TOP(), oparg, spec));
        DISPATCH();
    }

    /* -- jumps -- */

    TARGET(JUMP)
    {
        const uint16_t *target = first + oparg;
        if (target <= frame->instr && breaker) {
            SAVE_FRAME();
            on_break();
        }
        pc = target;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE)
    {
        lp_value v = POP();
        if (v == LP_FALSE || (v != LP_TRUE && !lp_truth(v))) JUMP_TO(oparg);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE)
    {
        lp_value v = POP();
        if (v == LP_TRUE || (v != LP_FALSE && lp_truth(v))) JUMP_TO(oparg);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE)
    {
        if (POP() == LP_NONE) JUMP_TO(oparg);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE)
    {
        if (POP() != LP_NONE) JUMP_TO(oparg);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP)
    {
        lp_value v = TOP();
        if (v == LP_FALSE || (v != LP_TRUE && !lp_truth(v)))
            JUMP_TO(oparg);
        else
            sp--;
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP)
    {
        lp_value v = TOP();
        if (v == LP_TRUE || (v != LP_FALSE && lp_truth(v)))
            JUMP_TO(oparg);
        else
            sp--;
        DISPATCH();
    }

    TARGET(GET_ITER)
    {
        SET_TOP(lp_iter(TOP()));
        DISPATCH();
    }

    TARGET(FOR_ITER)
    {
        lp_value it = TOP();
        const lp_type_t *t = lp_type_of(it);
        if (t == &lp_type_generator && gen_enterable(lp_as_ptr(it), LP_NONE)) {
            /* the generator's frame runs in this loop; YIELD_VALUE comes
             * back after the cache unit, RETURN_VALUE to the jump target */
            frame->pc = pc + 1;
            frame->sp = sp;
            frame = gen_enter(lp_as_ptr(it), frame, LP_NONE);
            LOAD_FRAME();
            DISPATCH();
        }
        lp_value v = t->next ? t->next(it) : lp_iter_next(it);
        if (v) {
            PUSH(v);
            pc += 1;
        } else {
            sp--;
            JUMP_TO(oparg);
        }
        DISPATCH();
    }

    /* -- functions and calls -- */

    TARGET(MAKE_FUNCTION)
    {
        int nvals = __builtin_popcount(oparg & 15);
        lp_value fn = lp_vmop_make_function(frame, TOP(), oparg, sp - 1 - nvals);
        sp -= nvals;
        SET_TOP(fn);
        DISPATCH();
    }

    TARGET(KW_NAMES)
    {
        kwnames = consts[oparg];
        DISPATCH();
    }

    TARGET(CALL)
    {
        lp_value *args = sp - oparg;
        lp_value callable = args[-1];
        size_t nargs = oparg;
        if (args[-2] != LP_NULL) {
            callable = args[-2];
            args--;
            nargs++;
        } else if (lp_is_ptr(callable) && lp_as_object(callable)->type == &lp_type_method) {
            lp_method_t *m = lp_as_ptr(callable);
            args[-2] = callable = m->func;
            args[-1] = m->self;
            args--;
            nargs++;
        }
        lp_value kw = kwnames;
        kwnames = LP_NULL;
        if (kw) nargs -= lp_tuple_len(kw);
        pc += 2;
        if (lp_is_ptr(callable) && lp_as_object(callable)->type == &lp_type_function) {
            if (breaker) {
                SAVE_FRAME();
                on_break();
            }
            lp_frame_t *f = push_function_frame(lp_as_ptr(callable), args, nargs, kw);
            frame->pc = pc;
            frame->sp = sp - oparg - 2;
            f->back = frame;
            frame = f;
            vm.frame = f;
            LOAD_FRAME();
            DISPATCH();
        }
        if (lp_is_ptr(callable) && args[-1] == callable &&
            lp_type_of(callable)->call == lp_type_type.call) {
            frame->pc = pc;
            frame->sp = sp - oparg - 2;
            /* the instance goes straight to the result's slot: a copy in
             * this C frame would keep it alive after it is dropped */
            lp_frame_t *f = construct(lp_as_ptr(callable), args, nargs, kw, sp - oparg - 2);
            if (f) {
                f->back = frame;
                frame = f;
                vm.frame = f;
                LOAD_FRAME();
                DISPATCH();
            }
            sp -= oparg + 1;
            DISPATCH();
        }
        vm.call_frame = frame; /* slots above sp are dead (lp_vm_clear_dead_slots) */
        vm.call_sp = sp;
        lp_value r = lp_call(callable, args, nargs, kw);
        vm.call_frame = NULL;
        sp -= oparg + 1;
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX)
    {
        lp_value kwargs = (oparg & 1) ? POP() : LP_NULL;
        lp_value cargs = POP(), callable = TOP(), *argv, kw;
        size_t nargs;
        lp_vmop_call_ex_args(callable, cargs, kwargs, &argv, &nargs, &kw);
        if (lp_is_ptr(callable) && lp_as_object(callable)->type == &lp_type_function) {
            lp_frame_t *f = push_function_frame(lp_as_ptr(callable), argv, nargs, kw);
            frame->pc = pc;
            frame->sp = sp - 2;
            f->back = frame;
            frame = f;
            vm.frame = f;
            LOAD_FRAME();
            DISPATCH();
        }
        vm.call_frame = frame;
        vm.call_sp = sp;
        lp_value r = lp_call(callable, argv, nargs, kw);
        vm.call_frame = NULL;
        sp--;
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(RETURN_VALUE)
    {
        if (FINALIZABLE_LIVE() && !frame->gen) {
            SAVE_FRAME();
            return_checked(frame, sp);
        }
        lp_value r = POP();
        lp_frame_t *done = frame;
        frame_pop(done);
        if (done->gen) {
            done->gen->state = LP_GEN_FINISHED;
            done->gen->retval = r;
            done->gen->frame = NULL;
        }
        if (done->entry) {
            vm.frame = done->back;
            return r;
        }
        frame = done->back;
        vm.frame = frame;
        LOAD_FRAME();
        if (done->binop) {
            /* a.__op__ that BINARY_OP or COMPARE_OP started: a and b are still
             * on the stack */
            lp_value b = POP();
            if (r == LP_NOTIMPLEMENTED)
                r = done->binop >= LP_FRAME_COMPARE
                        ? lp_compare_after_left(TOP(), b, done->binop - LP_FRAME_COMPARE)
                        : lp_binary_op_after_left(TOP(), b, done->binop - 1);
            SET_TOP(r);
            DISPATCH();
        }
        if (done->init_self) {
            /* an __init__ that CALL started: the call's value is the instance */
            if (r != LP_NONE)
                lp_raise(&lp_exc_TypeError, "__init__() should return None, not '%T'", r);
            r = done->init_self;
        }
        if (done->gen) {
            /* a generator run by FOR_ITER or SEND of this loop has ended */
            vm.exc_top = done->gen->exc.prev;
            done->gen->retval = LP_NULL;
            unsigned op, arg;
            decode_instr(frame->instr, &op, &arg);
            if (op == OP_FOR_ITER)
                sp--;
            else
                SET_TOP(r);
            JUMP_TO(arg);
            DISPATCH();
        }
        PUSH(r);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS)
    {
        PUSH(lp_vmop_load_build_class(frame));
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS)
    {
        lp_vmop_setup_annotations(frame);
        DISPATCH();
    }

    /* -- exceptions -- */

    TARGET(RAISE_VARARGS)
    {
        if (oparg == 0) {
            exc = lp_vm_handled_exception();
            if (!exc) lp_raise(&lp_exc_RuntimeError, "No active exception to reraise");
            goto unwind;
        }
        lp_value cause = oparg == 2 ? POP() : LP_NULL;
        exc = lp_vmop_exc_instance(POP());
        if (oparg == 2) lp_vmop_set_cause(exc, cause);
        goto error_fresh;
    }

    TARGET(RERAISE)
    {
        exc = POP();
        goto unwind;
    }

    TARGET(PUSH_EXC_INFO)
    {
        lp_value e = TOP();
        lp_value prev = vm.exc_top->exc;
        SET_TOP(prev ? prev : LP_NONE);
        vm.exc_top->exc = e;
        PUSH(e);
        DISPATCH();
    }

    TARGET(POP_EXCEPT)
    {
        lp_value prev = POP();
        vm.exc_top->exc = prev == LP_NONE ? LP_NULL : prev;
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH)
    {
        SET_TOP(lp_bool(lp_vmop_exc_match(PEEK(2), TOP())));
        DISPATCH();
    }

    TARGET(CHECK_EG_MATCH)
    {
        lp_vmop_check_eg_match(sp);
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR)
    {
        lp_value list = POP();
        SET_TOP(lp_vmop_prep_reraise_star(TOP(), list));
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR)
    {
        PUSH(lp_from_ptr(&lp_exc_AssertionError));
        DISPATCH();
    }

    TARGET(BEFORE_WITH)
    {
        lp_value exit, r = lp_vmop_before_with(TOP(), &exit);
        SET_TOP(exit);
        PUSH(r);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START)
    {
        lp_value r = lp_vmop_with_except_start(PEEK(4), TOP());
        PUSH(r);
        DISPATCH();
    }

    /* -- generators and coroutines -- */

    TARGET(RETURN_GENERATOR)
    {
        lp_frame_t *done = frame;
        SAVE_FRAME();
        lp_value g = lp_gen_new(done);
        vm.depth = done->depth - 1;
        lp_frame_t *back = done->back;
        done->back = NULL;
        if (done->entry) {
            done->entry = 0;
            vm.frame = back;
            return g;
        }
        frame = back;
        vm.frame = frame;
        LOAD_FRAME();
        PUSH(g);
        DISPATCH();
    }

    TARGET(YIELD_VALUE)
    {
        lp_value v = POP();
        SAVE_FRAME();
        frame->gen->state = LP_GEN_SUSPENDED;
        vm.depth = frame->depth - 1;
        lp_frame_t *back = frame->back;
        frame->back = NULL;
        if (frame->entry) {
            vm.frame = back;
            return v;
        }
        /* back to the FOR_ITER or SEND of this loop that resumed it */
        vm.exc_top = frame->gen->exc.prev;
        frame = back;
        vm.frame = frame;
        LOAD_FRAME();
        PUSH(v);
        DISPATCH();
    }

    TARGET(SEND)
    {
        lp_value recv = PEEK(2), sent = TOP();
        if (lp_is_ptr(recv) && lp_as_object(recv)->type == &lp_type_generator &&
            gen_enterable(lp_as_ptr(recv), sent)) {
            frame->pc = pc;
            frame->sp = sp - 1;
            frame = gen_enter(lp_as_ptr(recv), frame, sent);
            LOAD_FRAME();
            DISPATCH();
        }
        lp_value ret, v = lp_vmop_send(recv, sent, &ret);
        if (v) {
            SET_TOP(v);
        } else {
            sp--;
            SET_TOP(ret);
            JUMP_TO(oparg);
        }
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER)
    {
        SET_TOP(lp_vmop_get_yield_from_iter(TOP()));
        DISPATCH();
    }

    TARGET(GET_AWAITABLE)
    {
        SET_TOP(lp_vmop_get_awaitable(TOP(), oparg));
        DISPATCH();
    }

    TARGET(GET_AITER)
    {
        SET_TOP(lp_vmop_get_aiter(TOP()));
        DISPATCH();
    }

    TARGET(GET_ANEXT)
    {
        lp_value r = lp_vmop_get_anext(TOP());
        PUSH(r);
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR)
    {
        exc = POP();
        if (!lp_is_instance(exc, &lp_exc_StopAsyncIteration)) goto unwind;
        sp--;
        DISPATCH();
    }

    TARGET(BEFORE_ASYNC_WITH)
    {
        lp_value exit, r = lp_vmop_before_async_with(TOP(), &exit);
        SET_TOP(exit);
        PUSH(r);
        DISPATCH();
    }

    TARGET(ASYNC_GEN_WRAP)
    {
        SET_TOP(lp_asyncgen_wrap(TOP()));
        DISPATCH();
    }

    /* -- pattern matching -- */

    TARGET(GET_LEN)
    {
        int64_t n = lp_len(TOP());
        PUSH(lp_int_from_i64(n));
        DISPATCH();
    }

    TARGET(MATCH_MAPPING)
    {
        lp_value r = lp_bool(lp_vmop_match_mapping(TOP()));
        PUSH(r);
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE)
    {
        lp_value r = lp_bool(lp_vmop_match_sequence(TOP()));
        PUSH(r);
        DISPATCH();
    }

    TARGET(MATCH_KEYS)
    {
        lp_value r = lp_vmop_match_keys(PEEK(2), TOP());
        PUSH(r);
        DISPATCH();
    }

    TARGET(MATCH_CLASS)
    {
        lp_value names_ = POP(), cls = POP();
        SET_TOP(lp_vmop_match_class(TOP(), cls, oparg, names_));
        DISPATCH();
    }

    /* -- modules -- */

    TARGET(IMPORT_NAME)
    {
        lp_value fromlist = POP();
        SET_TOP(lp_vmop_import_name(frame, names[oparg], fromlist, TOP()));
        DISPATCH();
    }

    TARGET(IMPORT_FROM)
    {
        lp_value r = lp_vmop_import_from(TOP(), names[oparg]);
        PUSH(r);
        DISPATCH();
    }

    TARGET(IMPORT_STAR)
    {
        lp_vmop_import_star(frame, TOP());
        sp--;
        DISPATCH();
    }

    TARGET(PRINT_EXPR)
    {
        lp_vmop_print_expr(frame, TOP());
        sp--;
        DISPATCH();
    }

#ifndef LP_USE_COMPUTED_GOTO
    default: goto op_bad;
    }
#endif

op_bad:
    lp_raise(&lp_exc_SystemError, "unknown opcode %d", (int)opcode);

error_fresh:
    /* a new exception raised in frame: implicit chaining, then a traceback entry */
    lp_vmop_chain(exc, lp_vm_handled_exception());
error:
    vm.call_frame = NULL;
    add_traceback(frame, exc);
unwind:
    for (;;) {
        const lp_exc_entry_t *h = find_handler(code, (uint32_t)(frame->instr - first));
        if (h) {
            sp = lp_frame_stack_base(frame) + h->depth;
            if (h->lasti) PUSH(lp_from_int(frame->instr - first));
            PUSH(exc);
            JUMP_TO(h->target);
            DISPATCH();
        }
        lp_frame_t *done = frame;
        frame_pop(done);
        if (done->gen) {
            done->gen->state = LP_GEN_FINISHED;
            done->gen->frame = NULL;
        }
        if (done->entry) {
            vm.frame = done->back;
            vm.pending = exc;
            return LP_NULL;
        }
        if (done->gen) {
            vm.exc_top = done->gen->exc.prev;
            exc = gen_escape(done->gen, exc);
        }
        frame = done->back;
        vm.frame = frame;
        LOAD_FRAME();
        add_traceback(frame, exc);
    }
}

/* The exception a generator's frame lets out: a StopIteration becomes
 * RuntimeError (PEP 479), chained to it. */
static lp_value gen_escape(lp_gen_t *gen, lp_value e)
{
    gen->state = LP_GEN_FINISHED;
    gen->frame = NULL;
    bool agen = gen->head.type == &lp_type_async_generator;
    const char *stop = "StopIteration";
    if (agen && lp_is_instance(e, &lp_exc_StopAsyncIteration))
        stop = "StopAsyncIteration";
    else if (!lp_is_instance(e, &lp_exc_StopIteration))
        return e;
    const char *what = agen ? "async generator"
                       : gen->head.type == &lp_type_coroutine ? "coroutine" : "generator";
    lp_value rt = lp_exc_format(&lp_exc_RuntimeError, "%s raised %s", what, stop);
    lp_as_exc(rt)->cause = e;
    lp_as_exc(rt)->context = e;
    lp_as_exc(rt)->suppress_context = true;
    return rt;
}

/* Enters eval for [entry] with a handler installed; exceptions caught by
 * the handler re-enter eval in error mode. */
static lp_value run_frame(lp_frame_t *entry, lp_value throw_exc)
{
    lp_handler_t h;
    volatile lp_value exc = throw_exc;
    volatile int mode = throw_exc ? EVAL_THROW : EVAL_START;
    lp_gen_t *gen = entry->gen;
    if (gen) {
        gen->exc.prev = vm.exc_top;
        vm.exc_top = &gen->exc;
    }
    lp_handler_push(&h);
    while (setjmp(h.jb) != 0) {
        exc = h.exc;
        lp_handler_push(&h);
        mode = exc == vm.reraising ? EVAL_PASSED : EVAL_CAUGHT;
        vm.reraising = LP_NULL;
        vm.depth = vm.frame->depth;
    }
    lp_value r = eval(entry, exc, mode);
    lp_handler_pop(&h);
    if (gen) vm.exc_top = gen->exc.prev;
    if (!r) {
        lp_value e = vm.pending;
        vm.pending = LP_NULL;
        if (gen) e = gen_escape(gen, e);
        lp_vm_raise_passed(e);
    }
    return r;
}

/* ==== entry points ==== */

lp_value lp_vm_call_function(lp_value func, lp_value *args, size_t nargs, lp_value kwnames)
{
    vm_init();
    check_c_stack();
    lp_frame_t *f = push_function_frame(lp_as_ptr(func), args, nargs, kwnames);
    f->entry = 1;
    f->back = vm.frame;
    return run_frame(f, LP_NULL);
}

lp_value lp_vm_call_with_locals(lp_value func, lp_value locals)
{
    vm_init();
    check_c_stack();
    lp_frame_t *f = push_function_frame(lp_as_ptr(func), NULL, 0, LP_NULL);
    f->locals = locals;
    f->entry = 1;
    f->back = vm.frame;
    return run_frame(f, LP_NULL);
}

lp_value lp_vm_run_code(lp_value code_v, lp_value globals, lp_value locals)
{
    vm_init();
    check_c_stack();
    check_depth();
    lp_code_t *code = lp_as_ptr(code_v);
    if (code->nfreevars)
        lp_raise(&lp_exc_TypeError, "code object requires a closure of exactly length %d",
                 (int)code->nfreevars);
    lp_frame_t *f = frame_reserve(code);
    f->heap = 0;
    frame_init(f, code, LP_NULL, globals, lp_vm_builtins_for(globals), locals);
    frame_commit(f);
    f->depth = ++vm.depth;
    f->entry = 1;
    f->back = vm.frame;
    return run_frame(f, LP_NULL);
}

lp_value lp_vm_run_module(lp_value code, lp_value globals)
{
    return lp_vm_run_code(code, globals, globals);
}

lp_value lp_vm_resume(lp_frame_t *f, lp_value sent, lp_value exc)
{
    vm_init();
    check_c_stack();
    check_depth();
    f->depth = ++vm.depth;
    f->entry = 1;
    f->back = vm.frame;
    f->gen->state = LP_GEN_RUNNING;
    if (!exc) *f->sp++ = sent;
    return run_frame(f, exc);
}

lp_value lp_vm_frame_locals(lp_frame_t *f)
{
    if (f->locals) return f->locals;
    lp_code_t *code = f->code;
    lp_value d = lp_dict_new();
    for (int i = 0; i < code->nlocals; i++)
        if (f->slots[i]) lp_dict_set(d, lp_tuple_get(code->varnames, i), f->slots[i]);
    int ncells = code->ncellvars + code->nfreevars;
    for (int i = 0; i < ncells; i++) {
        lp_value c = f->slots[code->nlocals + i];
        if (!c || lp_type_of(c) != &lp_type_cell) continue;
        lp_value v = ((lp_cell_t *)lp_as_ptr(c))->value;
        lp_value name = i < code->ncellvars ? lp_tuple_get(code->cellvars, i)
                                            : lp_tuple_get(code->freevars, i - code->ncellvars);
        if (v) lp_dict_set(d, name, v);
    }
    return d;
}
