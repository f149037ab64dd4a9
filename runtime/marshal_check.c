/* marshal_check.c -- the check a loaded code object passes before anyone
 * can run it (lp_marshal_check_code, marshal.h).
 *
 * The VM trusts its code: operands index arrays unchecked, jumps go where
 * they say, the value stack is sized by co_stacksize.  The compiler makes
 * that true; for code read from a file this check does:
 *   - counts and flags are consistent (arguments within the locals, the
 *     cell-to-argument map within the locals, positions sane);
 *   - every unit decodes: known opcodes, at most three EXTENDED_ARG
 *     prefixes, cache units present and zero;
 *   - every operand is in range of what it indexes (consts, names, locals,
 *     cells) or of its operator table, KW_NAMES names a tuple of strs and
 *     comes right before a CALL with at least that many arguments;
 *   - jump and handler targets are instruction starts (never a cache unit
 *     or the middle of an EXTENDED_ARG prefix);
 *   - the exception table is sorted and within the code;
 *   - the cells are made before anything else runs (MAKE_CELL for every
 *     cell variable, COPY_FREE_VARS for the free ones);
 *   - the stack depth, followed along every path (and into every handler),
 *     never goes below what an instruction reads nor above co_stacksize,
 *     is the same on every path into an instruction, is at least the
 *     handler's depth wherever a handler covers, and no path runs off the
 *     end of the code.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "marshal.h"

#include "bytecode.h"
#include "error.h"
#include "gc.h"
#include "obj_code.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "types.h"

#define MAX_UNITS (1u << 26)
#define MAX_STACK (1 << 15) /* the compiler splits long displays: it needs far less */
#define MAX_OPARG (1u << 28)

typedef struct {
    uint32_t start; /* first unit (the first EXTENDED_ARG prefix) */
    uint32_t at;    /* the opcode's unit */
    uint32_t next;  /* the unit after its caches */
    int op;
    uint32_t oparg;
} instr_t;

typedef struct {
    const lp_code_t *co;
    instr_t *ins;
    uint32_t nins;
    int32_t *index; /* unit -> instruction number, -1: not a start */
    int32_t *depth; /* instruction number -> depth at entry, -1: not reached */
    uint32_t *work;
    uint32_t nwork;
    uint8_t *queued;  /* instruction number -> in the work list */
    uint8_t *target;  /* instruction number -> a jump or handler target */
    uint8_t *states;  /* instruction number -> the kinds of its stack (K_*) */
    uint8_t *scratch, *out, *in; /* stacks being worked on */
    uint64_t pushes;             /* the most every instruction can push, together */
    int32_t *handler;            /* unit -> its exception-table entry, -1: none */
    uint64_t effort, budget;     /* stack slots looked at, and the most allowed */
} checker_t;

/* How many stack values [op] reads (the stack must be at least this deep). */
static int64_t reads(int op, int64_t oparg)
{
    switch (op) {
    case OP_COPY:
    case OP_SWAP:
    case OP_BUILD_TUPLE:
    case OP_BUILD_LIST:
    case OP_BUILD_SET:
    case OP_BUILD_STRING:
    case OP_BUILD_SLICE:
    case OP_RAISE_VARARGS: return oparg;
    case OP_BUILD_MAP: return 2 * oparg;
    case OP_BUILD_CONST_KEY_MAP:
    case OP_LIST_APPEND:
    case OP_SET_ADD:
    case OP_LIST_EXTEND:
    case OP_SET_UPDATE:
    case OP_DICT_UPDATE: return oparg + 1;
    case OP_MAP_ADD: return oparg + 2;
    case OP_DICT_MERGE: return oparg + 3;
    case OP_CALL: return oparg + 2;
    case OP_CALL_FUNCTION_EX: return 3 + (oparg & 1);
    case OP_FORMAT_VALUE: return 1 + ((oparg & LP_FVS_HAVE_SPEC) != 0);
    case OP_MAKE_FUNCTION:
        return 1 + ((oparg & 1) != 0) + ((oparg & 2) != 0) + ((oparg & 4) != 0) + ((oparg & 8) != 0);
    case OP_STORE_ATTR:
    case OP_BINARY_SUBSCR:
    case OP_DELETE_SUBSCR:
    case OP_BINARY_OP:
    case OP_COMPARE_OP:
    case OP_IS_OP:
    case OP_CONTAINS_OP:
    case OP_CHECK_EXC_MATCH:
    case OP_CHECK_EG_MATCH:
    case OP_PREP_RERAISE_STAR:
    case OP_SEND:
    case OP_END_ASYNC_FOR:
    case OP_MATCH_KEYS:
    case OP_IMPORT_NAME: return 2;
    case OP_STORE_SUBSCR:
    case OP_MATCH_CLASS: return 3;
    case OP_WITH_EXCEPT_START: return 4;
    case OP_NOP:
    case OP_PUSH_NULL:
    case OP_RESUME:
    case OP_LOAD_CONST:
    case OP_LOAD_FAST:
    case OP_DELETE_FAST:
    case OP_LOAD_NAME:
    case OP_DELETE_NAME:
    case OP_LOAD_GLOBAL:
    case OP_DELETE_GLOBAL:
    case OP_LOAD_DEREF:
    case OP_DELETE_DEREF:
    case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF:
    case OP_JUMP:
    case OP_KW_NAMES:
    case OP_LOAD_BUILD_CLASS:
    case OP_SETUP_ANNOTATIONS:
    case OP_MAKE_CELL:
    case OP_COPY_FREE_VARS:
    case OP_LOAD_ASSERTION_ERROR:
    case OP_RETURN_GENERATOR: return 0;
    default: return 1; /* every other instruction works on the top value */
    }
}

/* Operand checks that depend on the instruction itself. */
static const char *check_count(const lp_code_t *co, int op, uint32_t oparg)
{
    switch (op) {
    case OP_COPY:
    case OP_SWAP:
    case OP_LIST_APPEND:
    case OP_SET_ADD:
    case OP_MAP_ADD:
    case OP_LIST_EXTEND:
    case OP_SET_UPDATE:
    case OP_DICT_UPDATE:
    case OP_DICT_MERGE:
        if (oparg < 1) return "bad stack position";
        return NULL;
    case OP_BUILD_SLICE: return oparg == 2 || oparg == 3 ? NULL : "bad BUILD_SLICE count";
    case OP_RAISE_VARARGS: return oparg <= 2 ? NULL : "bad RAISE_VARARGS count";
    case OP_CALL_FUNCTION_EX: return oparg <= 1 ? NULL : "bad CALL_FUNCTION_EX operand";
    case OP_COPY_FREE_VARS:
        return (int32_t)oparg == co->nfreevars ? NULL : "COPY_FREE_VARS does not copy every free variable";
    case OP_MAKE_CELL: return (int32_t)oparg < co->ncellvars ? NULL : "MAKE_CELL of a free variable";
    default: return NULL;
    }
}

/* The operand of [in] against what it indexes. */
static const char *check_operand(checker_t *c, const instr_t *in)
{
    const lp_code_t *co = c->co;
    uint32_t a = in->oparg;
    switch (lp_opinfo[in->op].arg) {
    case ARG_CONST:
        if (a >= (uint64_t)lp_tuple_len(co->consts)) return "constant index out of range";
        break;
    case ARG_NAME:
        if (a >= (uint64_t)lp_tuple_len(co->names)) return "name index out of range";
        break;
    case ARG_GLOBAL:
        if ((a >> 1) >= (uint64_t)lp_tuple_len(co->names)) return "name index out of range";
        break;
    case ARG_LOCAL:
        if (a >= (uint32_t)co->nlocals) return "local index out of range";
        break;
    case ARG_FREE:
        if (a >= (uint32_t)(co->ncellvars + co->nfreevars)) return "cell index out of range";
        break;
    case ARG_JUMP:
        if (a >= co->ncode || c->index[a] < 0) return "jump target is not an instruction";
        break;
    case ARG_BINOP:
        if (a >= 2 * LP_NB_COUNT) return "bad binary operator";
        break;
    case ARG_CMP:
        if (a > LP_GE) return "bad comparison operator";
        break;
    case ARG_INVERT:
        if (a > 1) return "bad operand";
        break;
    case ARG_FORMAT:
        if (a > 7) return "bad FORMAT_VALUE operand";
        break;
    case ARG_MAKEFN:
        if (a > 15) return "bad MAKE_FUNCTION operand";
        break;
    default: break;
    }
    return check_count(co, in->op, a);
}

/* KW_NAMES: a tuple of strs, right before a CALL that passes them. */
static const char *check_kw_names(checker_t *c, uint32_t k)
{
    const instr_t *in = &c->ins[k];
    lp_value t = lp_tuple_get(c->co->consts, in->oparg);
    if (lp_type_of(t) != &lp_type_tuple) return "KW_NAMES of a non-tuple";
    for (int64_t i = 0; i < lp_tuple_len(t); i++)
        if (lp_type_of(lp_tuple_get(t, i)) != &lp_type_str) return "KW_NAMES of a non-str";
    if (k + 1 >= c->nins || c->ins[k + 1].op != OP_CALL) return "KW_NAMES not before a CALL";
    if ((uint64_t)lp_tuple_len(t) > c->ins[k + 1].oparg) return "KW_NAMES longer than the call";
    return NULL;
}

/* Splits the units into instructions. */
static const char *decode(checker_t *c)
{
    const lp_code_t *co = c->co;
    c->ins = lp_alloc_atomic(((size_t)co->ncode + 1) * sizeof *c->ins);
    c->index = lp_alloc_atomic(((size_t)co->ncode + 1) * sizeof *c->index);
    for (uint32_t i = 0; i < co->ncode; i++) c->index[i] = -1;
    for (uint32_t i = 0; i < co->ncode;) {
        instr_t in = {.start = i};
        int op = co->code[i] & 0xFF;
        uint32_t oparg = co->code[i] >> 8;
        for (int prefixes = 0; op == OP_EXTENDED_ARG; prefixes++) {
            if (prefixes == 3 || ++i >= co->ncode) return "bad EXTENDED_ARG";
            op = co->code[i] & 0xFF;
            oparg = (oparg << 8) | (co->code[i] >> 8);
        }
        if (!lp_opinfo[op].name) return "unknown opcode";
        if (oparg >= MAX_OPARG) return "operand too large";
        in.at = i;
        in.op = op;
        in.oparg = oparg;
        in.next = i + 1 + lp_opinfo[op].cache;
        if (in.next > co->ncode) return "truncated inline cache";
        for (uint32_t k = i + 1; k < in.next; k++)
            if (co->code[k] != 0) return "inline cache not zero";
        c->index[in.start] = (int32_t)c->nins;
        c->ins[c->nins++] = in;
        i = in.next;
        int e = lp_op_stack_effect(op, (int)oparg, 0), je = lp_op_stack_effect(op, (int)oparg, 1);
        c->pushes += (uint64_t)(e > je ? (e > 0 ? e : 0) : (je > 0 ? je : 0));
    }
    /* no path can make the stack deeper than every push together (and the
     * handlers' two): a larger co_stacksize is a lie, and a costly one */
    if ((uint64_t)co->stacksize > c->pushes + 2 * (uint64_t)co->nexc + 2)
        return "stack size larger than the code can use";
    return NULL;
}

static const char *check_exctable(checker_t *c)
{
    const lp_code_t *co = c->co;
    for (uint32_t i = 0; i < co->nexc; i++) {
        const lp_exc_entry_t *e = &co->exctable[i];
        if (e->start >= e->end || e->end > co->ncode) return "bad exception table range";
        if (e->target >= co->ncode || c->index[e->target] < 0)
            return "exception handler is not an instruction";
        if (e->lasti > 1 || (int64_t)e->depth + e->lasti + 1 > co->stacksize)
            return "bad exception handler depth";
        if (i > 0 && e->start < co->exctable[i - 1].start) return "exception table not sorted";
    }
    return NULL;
}

/* The prologue: the cells exist before any other instruction runs, and a
 * generator's code (only its code) makes the generator right after them:
 * MAKE_CELL for each cell variable, COPY_FREE_VARS, RETURN_GENERATOR; no
 * jump or handler leads back into it, and YIELD_VALUE is a generator's. */
static const char *check_prologue(checker_t *c)
{
    const lp_code_t *co = c->co;
    uint8_t *made = lp_alloc_atomic((size_t)co->ncellvars + 1);
    memset(made, 0, (size_t)co->ncellvars + 1);
    bool copied = co->nfreevars == 0;
    uint32_t k = 0;
    for (; k < c->nins; k++) {
        const instr_t *in = &c->ins[k];
        if (in->op == OP_MAKE_CELL) made[in->oparg] = 1;
        else if (in->op == OP_COPY_FREE_VARS) copied = true;
        else if (in->op != OP_NOP) break;
    }
    for (int32_t i = 0; i < co->ncellvars; i++)
        if (!made[i]) return "a cell variable has no MAKE_CELL";
    if (!copied) return "free variables are not copied";
    bool gen = (co->flags & (LP_CO_GENERATOR | LP_CO_COROUTINE | LP_CO_ASYNC_GENERATOR)) != 0;
    if (gen) {
        if (k >= c->nins || c->ins[k].op != OP_RETURN_GENERATOR)
            return "a generator's code does not start with RETURN_GENERATOR";
        k++;
    }
    for (uint32_t j = 0; j < c->nins; j++) {
        int op = c->ins[j].op;
        if (op == OP_RETURN_GENERATOR && (!gen || j != k - 1)) return "misplaced RETURN_GENERATOR";
        if (op == OP_YIELD_VALUE && !gen) return "YIELD_VALUE outside a generator";
        if (lp_opinfo[op].jump && (uint32_t)c->index[c->ins[j].oparg] < k)
            return "jump into the prologue";
    }
    for (uint32_t j = 0; j < co->nexc; j++)
        if ((uint32_t)c->index[co->exctable[j].target] < k) return "handler inside the prologue";
    return NULL;
}

/* ==== the value stack, followed along every path ==== */

/* What is known of a stack value.  The join of two different kinds is
 * K_OBJ (both objects) or K_ANY (one may be NULL). */
enum {
    K_NONE = 0, /* slot not in use */
    K_NULL,     /* LP_NULL (PUSH_NULL, LOAD_GLOBAL's, LOAD_METHOD's) */
    K_ANY,      /* NULL or an object */
    K_OBJ,      /* an object of any type */
    K_LIST,     /* made by BUILD_LIST */
    K_SET,      /* made by BUILD_SET */
    K_DICT,     /* made by BUILD_MAP / BUILD_CONST_KEY_MAP */
    K_TUPLE,    /* made by BUILD_TUPLE / LIST_TO_TUPLE, or a constant tuple */
    K_STR,      /* a constant str, FORMAT_VALUE's or BUILD_STRING's result */
    K_CELL,     /* LOAD_CLOSURE's cell */
    K_CELLS,    /* BUILD_TUPLE of cells */
    K_EXC,      /* the exception a handler receives (and copies of it) */
    K_PREV,     /* PUSH_EXC_INFO's saved exception, for POP_EXCEPT */
};

static uint8_t join(uint8_t a, uint8_t b)
{
    if (a == b) return a;
    if (a == K_NULL || b == K_NULL || a == K_ANY || b == K_ANY) return K_ANY;
    return K_OBJ;
}

static uint8_t const_kind(lp_value v)
{
    const lp_type_t *t = lp_type_of(v);
    if (t == &lp_type_tuple) return K_TUPLE;
    if (t == &lp_type_str) return K_STR;
    return K_OBJ;
}

/* The state at entry of instruction [k]: depth[k] kinds. */
static uint8_t *state(checker_t *c, uint32_t k)
{
    return c->states + (size_t)k * ((size_t)c->co->stacksize + 1);
}

static void queue(checker_t *c, uint32_t k)
{
    if (c->queued[k]) return;
    c->queued[k] = 1;
    c->work[c->nwork++] = k;
}

/* Merges the stack [st] of [d] kinds into instruction [k]'s state. */
static const char *reach(checker_t *c, uint32_t k, const uint8_t *st, int64_t d)
{
    if (d < 0 || d > c->co->stacksize) return "stack depth out of range";
    uint8_t *to = state(c, k);
    if (c->depth[k] == -1) {
        c->depth[k] = (int32_t)d;
        memcpy(to, st, (size_t)d);
        queue(c, k);
        return NULL;
    }
    if (c->depth[k] != d) return "inconsistent stack depth";
    bool changed = false;
    for (int64_t i = 0; i < d; i++) {
        uint8_t j = join(to[i], st[i]);
        if (j != to[i]) to[i] = j, changed = true;
    }
    if (changed) queue(c, k);
    return NULL;
}

static bool falls_through(int op)
{
    return op != OP_JUMP && op != OP_RETURN_VALUE && op != OP_RAISE_VARARGS && op != OP_RERAISE;
}

/* ==== which handler covers each unit ==== */

/* The VM's find_handler picks, among the entries covering a unit, the one
 * with the largest start (the first of equal ones).  A sweep over the
 * units with a heap of the entries begun so far (best on top; ended ones
 * dropped when they surface) gives every unit's handler in
 * O((units + entries) log entries), whatever the table holds. */
static bool better(const lp_exc_entry_t *t, uint32_t a, uint32_t b)
{
    return t[a].start > t[b].start || (t[a].start == t[b].start && a < b);
}

static void heap_push(const lp_exc_entry_t *t, uint32_t *heap, uint32_t *n, uint32_t e)
{
    uint32_t i = (*n)++;
    while (i > 0 && better(t, e, heap[(i - 1) / 2])) {
        heap[i] = heap[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    heap[i] = e;
}

static void heap_pop(const lp_exc_entry_t *t, uint32_t *heap, uint32_t *n)
{
    uint32_t last = heap[--(*n)], i = 0;
    for (;;) {
        uint32_t c = 2 * i + 1;
        if (c >= *n) break;
        if (c + 1 < *n && better(t, heap[c + 1], heap[c])) c++;
        if (!better(t, heap[c], last)) break;
        heap[i] = heap[c];
        i = c;
    }
    if (*n) heap[i] = last;
}

/* c->handler[u]: the entry handling a raise at unit u, or -1. */
static void find_handlers(checker_t *c)
{
    const lp_code_t *co = c->co;
    const lp_exc_entry_t *t = co->exctable;
    c->handler = lp_alloc_atomic(((size_t)co->ncode + 1) * sizeof *c->handler);
    uint32_t *heap = lp_alloc_atomic(((size_t)co->nexc + 1) * sizeof *heap), n = 0, j = 0;
    for (uint32_t u = 0; u < co->ncode; u++) {
        for (; j < co->nexc && t[j].start <= u; j++) heap_push(t, heap, &n, j);
        while (n && t[heap[0]].end <= u) heap_pop(t, heap, &n);
        c->handler[u] = n ? (int32_t)heap[0] : -1;
    }
}

static const lp_exc_entry_t *handler_at(checker_t *c, uint32_t offset)
{
    return c->handler[offset] < 0 ? NULL : &c->co->exctable[c->handler[offset]];
}

static bool is_object(uint8_t k)
{
    return k != K_NULL && k != K_ANY;
}

/* Instructions that may store objects into the stack slots they read
 * before they raise (CALL unpacks a bound method and makes instances in
 * place; unpacking writes item by item). */
static bool writes_early(int op)
{
    return op == OP_CALL || op == OP_UNPACK_SEQUENCE || op == OP_UNPACK_EX ||
           op == OP_CHECK_EG_MATCH;
}

/* Instructions that never raise (so never reach a handler). */
static bool never_raises(int op)
{
    switch (op) {
    case OP_NOP:
    case OP_POP_TOP:
    case OP_PUSH_NULL:
    case OP_COPY:
    case OP_SWAP:
    case OP_LOAD_CONST:
    case OP_LOAD_CLOSURE:
    case OP_STORE_FAST:
    case OP_KW_NAMES:
    case OP_PUSH_EXC_INFO:
    case OP_POP_EXCEPT:
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: return true;
    default: return false;
    }
}

/* A raise inside instruction [k] lands in its handler with the stack cut
 * to the handler's depth. */
static const char *to_handler(checker_t *c, uint32_t k, const uint8_t *st, int64_t d, int64_t nread)
{
    const instr_t *in = &c->ins[k];
    const lp_exc_entry_t *hs[2] = {handler_at(c, in->start), handler_at(c, in->at)};
    for (int i = 0; i < 2; i++) {
        const lp_exc_entry_t *h = hs[i];
        if (!h || (i == 1 && h == hs[0])) continue;
        if (h->depth > d) return "handler deeper than the stack it covers";
        uint8_t *hst = c->scratch;
        memcpy(hst, st, h->depth);
        if (writes_early(in->op))
            for (int64_t j = d - nread < 0 ? 0 : d - nread; j < h->depth; j++)
                hst[j] = join(hst[j], K_OBJ);
        int64_t hd = h->depth;
        if (h->lasti) hst[hd++] = K_OBJ;
        hst[hd++] = K_EXC;
        const char *why = reach(c, (uint32_t)c->index[h->target], hst, hd);
        if (why) return why;
    }
    return NULL;
}

/* The previous instruction of [k], when nothing jumps to [k] (so that it
 * surely ran just before), else NULL. */
static const instr_t *just_before(checker_t *c, uint32_t k)
{
    return k > 0 && !c->target[k] ? &c->ins[k - 1] : NULL;
}

/* MAKE_FUNCTION: right after the LOAD_CONST of its code object; a closure
 * (exactly when the code has free variables) is the BUILD_TUPLE of as
 * many cells right before; defaults a tuple, keyword defaults a dict. */
static const char *check_make_function(checker_t *c, uint32_t k, const uint8_t *st, int64_t d)
{
    const instr_t *in = &c->ins[k], *load = just_before(c, k);
    if (!load || load->op != OP_LOAD_CONST ||
        lp_type_of(lp_tuple_get(c->co->consts, load->oparg)) != &lp_type_code)
        return "MAKE_FUNCTION not right after its code object";
    const lp_code_t *fc = lp_as_ptr(lp_tuple_get(c->co->consts, load->oparg));
    int64_t at = d - 2; /* below the code object: closure, annotations, ... */
    if (in->oparg & LP_MKFN_CLOSURE) {
        const instr_t *build = just_before(c, k - 1);
        if (fc->nfreevars == 0 || !build || build->op != OP_BUILD_TUPLE ||
            build->oparg != (uint32_t)fc->nfreevars || st[at] != K_CELLS)
            return "MAKE_FUNCTION with a bad closure";
        at--;
    } else if (fc->nfreevars != 0) {
        return "MAKE_FUNCTION without the closure its code needs";
    }
    if (in->oparg & LP_MKFN_ANNOTATIONS) at--;
    if ((in->oparg & LP_MKFN_KWDEFAULTS) && st[at--] != K_DICT)
        return "MAKE_FUNCTION keyword defaults are not a dict";
    if ((in->oparg & LP_MKFN_DEFAULTS) && st[at] != K_TUPLE)
        return "MAKE_FUNCTION defaults are not a tuple";
    return NULL;
}

/* BUILD_CONST_KEY_MAP: right after the LOAD_CONST of a tuple of as many
 * keys. */
static const char *check_const_key_map(checker_t *c, uint32_t k)
{
    const instr_t *load = just_before(c, k);
    if (!load || load->op != OP_LOAD_CONST) return "BUILD_CONST_KEY_MAP without its keys";
    lp_value keys = lp_tuple_get(c->co->consts, load->oparg);
    if (lp_type_of(keys) != &lp_type_tuple || lp_tuple_len(keys) != c->ins[k].oparg)
        return "BUILD_CONST_KEY_MAP keys do not match";
    return NULL;
}

/* What [op] requires of the values it reads ([st] the stack of depth [d],
 * PEEK(i) = st[d - i]); NULL when they are right. */
static const char *check_inputs(checker_t *c, uint32_t k, const uint8_t *st, int64_t d,
                                int64_t nread)
{
    const instr_t *in = &c->ins[k];
    int64_t n = in->oparg;
#define PEEK(i) st[d - (i)]
    switch (in->op) {
    case OP_POP_TOP:
    case OP_COPY:
    case OP_SWAP: return NULL; /* they move NULLs as well */
    case OP_CALL:
        for (int64_t i = 1; i <= n + 1; i++)
            if (!is_object(PEEK(i))) return "CALL of a NULL";
        return NULL; /* PEEK(n + 2): NULL or the callable */
    case OP_CALL_FUNCTION_EX:
        for (int64_t i = 1; i < nread; i++)
            if (!is_object(PEEK(i))) return "CALL_FUNCTION_EX of a NULL";
        return NULL;
    default: break;
    }
    for (int64_t i = 1; i <= nread; i++)
        if (!is_object(PEEK(i))) return "an instruction reads a NULL";
    switch (in->op) {
    case OP_LIST_APPEND:
    case OP_LIST_EXTEND: return PEEK(n + 1) == K_LIST ? NULL : "not a list";
    case OP_LIST_TO_TUPLE:
    case OP_PREP_RERAISE_STAR: return PEEK(1) == K_LIST ? NULL : "not a list";
    case OP_SET_ADD:
    case OP_SET_UPDATE: return PEEK(n + 1) == K_SET ? NULL : "not a set";
    case OP_MAP_ADD: return PEEK(n + 2) == K_DICT ? NULL : "not a dict";
    case OP_DICT_UPDATE:
    case OP_DICT_MERGE: return PEEK(n + 1) == K_DICT ? NULL : "not a dict";
    case OP_BUILD_STRING:
        for (int64_t i = 1; i <= n; i++)
            if (PEEK(i) != K_STR) return "BUILD_STRING of a non-str";
        return NULL;
    case OP_MATCH_CLASS: return PEEK(1) == K_TUPLE ? NULL : "MATCH_CLASS names are not a tuple";
    case OP_RERAISE:
    case OP_PUSH_EXC_INFO:
    case OP_END_ASYNC_FOR: return PEEK(1) == K_EXC ? NULL : "not an exception";
    case OP_POP_EXCEPT: return PEEK(1) == K_PREV ? NULL : "POP_EXCEPT without PUSH_EXC_INFO";
    case OP_MAKE_FUNCTION: return check_make_function(c, k, st, d);
    case OP_BUILD_CONST_KEY_MAP: return check_const_key_map(c, k);
    default: return NULL;
    }
#undef PEEK
}

/* The kinds [op] leaves: [st] (depth d) becomes [out] of depth [nd]. */
static void transfer(checker_t *c, const instr_t *in, const uint8_t *st, int64_t d, int64_t nread,
                     int64_t nd, bool jumped, uint8_t *out)
{
    int64_t keep = d - nread < nd ? d - nread : nd; /* untouched below */
    if (keep < 0) keep = 0;
    memcpy(out, st, (size_t)keep);
    for (int64_t i = keep; i < nd; i++) out[i] = K_OBJ;
    int64_t n = in->oparg;
    switch (in->op) {
    case OP_POP_TOP:
    case OP_LIST_APPEND:
    case OP_LIST_EXTEND:
    case OP_SET_ADD:
    case OP_SET_UPDATE:
    case OP_MAP_ADD:
    case OP_DICT_UPDATE:
    case OP_DICT_MERGE:
    case OP_STORE_FAST:
    case OP_STORE_NAME:
    case OP_STORE_GLOBAL:
    case OP_STORE_DEREF:
    case OP_POP_EXCEPT:
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: memcpy(out, st, (size_t)nd); break; /* pops only */
    case OP_PUSH_NULL: out[nd - 1] = K_NULL; break;
    case OP_COPY:
        memcpy(out, st, (size_t)d);
        out[nd - 1] = st[d - n];
        break;
    case OP_SWAP:
        memcpy(out, st, (size_t)d);
        out[d - 1] = st[d - n];
        out[d - n] = st[d - 1];
        break;
    case OP_LOAD_CONST: out[nd - 1] = const_kind(lp_tuple_get(c->co->consts, n)); break;
    case OP_LOAD_GLOBAL:
        if (n & 1) out[nd - 2] = K_NULL;
        break;
    case OP_LOAD_METHOD: out[nd - 2] = K_ANY; break;
    case OP_LOAD_CLOSURE: out[nd - 1] = K_CELL; break;
    case OP_BUILD_LIST: out[nd - 1] = K_LIST; break;
    case OP_BUILD_SET: out[nd - 1] = K_SET; break;
    case OP_BUILD_MAP:
    case OP_BUILD_CONST_KEY_MAP: out[nd - 1] = K_DICT; break;
    case OP_BUILD_TUPLE: {
        bool cells = n > 0;
        for (int64_t i = 1; i <= n; i++) cells = cells && st[d - i] == K_CELL;
        out[nd - 1] = cells ? K_CELLS : K_TUPLE;
        break;
    }
    case OP_LIST_TO_TUPLE: out[nd - 1] = K_TUPLE; break;
    case OP_FORMAT_VALUE:
    case OP_BUILD_STRING: out[nd - 1] = K_STR; break;
    case OP_PUSH_EXC_INFO:
        out[nd - 2] = K_PREV;
        out[nd - 1] = K_EXC;
        break;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
        if (jumped) out[nd - 1] = st[d - 1];
        break;
    case OP_CHECK_EXC_MATCH: /* exc type -> exc bool */
    case OP_SEND:            /* iter value -> iter result */
        if (!jumped) out[nd - 2] = st[d - 2];
        break;
    case OP_FOR_ITER: /* iter -> iter next */
    case OP_GET_LEN:
    case OP_MATCH_MAPPING:
    case OP_MATCH_SEQUENCE:
    case OP_IMPORT_FROM:
        if (!jumped) out[d - 1] = st[d - 1];
        break;
    case OP_MATCH_KEYS: /* subj keys -> subj keys values */
        out[d - 2] = st[d - 2];
        out[d - 1] = st[d - 1];
        break;
    case OP_WITH_EXCEPT_START: /* exit lasti prev exc -> the same, result */
        memcpy(out, st, (size_t)d);
        break;
    case OP_CHECK_EG_MATCH: /* eg type -> rest match */
    case OP_PREP_RERAISE_STAR: /* orig list -> the exception to raise (or None) */
        out[nd - 1] = K_EXC;
        if (in->op == OP_CHECK_EG_MATCH) out[nd - 2] = K_EXC;
        break;
    default: break;
    }
}

static const char *step(checker_t *c, uint32_t k)
{
    const instr_t *in = &c->ins[k];
    int64_t d = c->depth[k];
    int oparg = (int)in->oparg;
    c->effort += (uint64_t)d + 1;
    if (c->effort > c->budget) return "code too complex to check";
    uint8_t *st = c->in;
    memcpy(st, state(c, k), (size_t)d);
    int64_t nread = reads(in->op, oparg);
    if (d < nread) return "stack underflow";
    const char *why = check_inputs(c, k, st, d, nread);
    if (!why && !never_raises(in->op)) why = to_handler(c, k, st, d, nread);
    if (why) return why;
    uint8_t *out = c->out;
    if (lp_opinfo[in->op].jump) {
        int64_t nd = d + lp_op_stack_effect(in->op, oparg, 1);
        if (nd < 0 || nd > c->co->stacksize) return "stack depth out of range";
        transfer(c, in, st, d, nread, nd, true, out);
        why = reach(c, (uint32_t)c->index[in->oparg], out, nd);
        if (why) return why;
    }
    if (!falls_through(in->op)) return NULL;
    if (k + 1 >= c->nins) return "code runs off its end";
    int64_t nd = d + lp_op_stack_effect(in->op, oparg, 0);
    if (nd < 0 || nd > c->co->stacksize) return "stack depth out of range";
    transfer(c, in, st, d, nread, nd, false, out);
    return reach(c, k + 1, out, nd);
}

static const char *check_stack(checker_t *c)
{
    const lp_code_t *co = c->co;
    size_t width = (size_t)co->stacksize + 1;
    if ((uint64_t)c->nins * width > (1u << 26)) return "code too large to check";
    c->depth = lp_alloc_atomic(((size_t)c->nins + 1) * sizeof *c->depth);
    c->work = lp_alloc_atomic(((size_t)c->nins + 1) * sizeof *c->work);
    c->queued = lp_alloc_atomic((size_t)c->nins + 1);
    c->target = lp_alloc_atomic((size_t)c->nins + 1);
    c->states = lp_alloc_atomic((size_t)c->nins * width + 1);
    c->scratch = lp_alloc_atomic(width + 2);
    c->out = lp_alloc_atomic(width + 2);
    c->in = lp_alloc_atomic(width + 2);
    memset(c->queued, 0, (size_t)c->nins + 1);
    memset(c->target, 0, (size_t)c->nins + 1);
    for (uint32_t k = 0; k < c->nins; k++) {
        c->depth[k] = -1;
        if (lp_opinfo[c->ins[k].op].jump) c->target[c->index[c->ins[k].oparg]] = 1;
    }
    for (uint32_t i = 0; i < co->nexc; i++) c->target[c->index[co->exctable[i].target]] = 1;
    find_handlers(c);
    /* each state only grows (kinds join toward K_ANY), so the work list
     * empties; the budget bounds the time a crafted file can take */
    c->budget = ((uint64_t)1 << 27) + 512 * (uint64_t)co->ncode;
    const char *why = reach(c, 0, c->out, 0);
    while (!why && c->nwork) {
        uint32_t k = c->work[--c->nwork];
        c->queued[k] = 0;
        why = step(c, k);
    }
    return why;
}

static const char *check_counts(const lp_code_t *co)
{
    if (co->ncode == 0 || co->ncode > MAX_UNITS) return "bad instruction count";
    if (co->argcount < 0 || co->posonlyargcount < 0 || co->kwonlyargcount < 0 ||
        co->posonlyargcount > co->argcount)
        return "bad argument counts";
    int64_t nargs = (int64_t)co->argcount + co->kwonlyargcount +
                    ((co->flags & LP_CO_VARARGS) != 0) + ((co->flags & LP_CO_VARKEYWORDS) != 0);
    if (nargs > co->nlocals) return "more arguments than locals";
    if (co->flags & ~0x3FF) return "bad flags";
    if (co->stacksize < 0 || co->stacksize > MAX_STACK) return "bad stack size";
    if (co->cell2arg)
        for (int32_t i = 0; i < co->ncellvars; i++)
            if (co->cell2arg[i] < -1 || co->cell2arg[i] >= co->nlocals) return "bad cell2arg";
    for (uint32_t i = 0; i < co->ncode; i++) {
        const lp_position_t *p = &co->positions[i];
        if (p->line < 0 || p->end_line < 0 || p->col < -1 || p->end_col < -1)
            return "bad position table";
    }
    return NULL;
}

void lp_marshal_check_code(const struct lp_code *co)
{
    checker_t c = {.co = co};
    const char *why = check_counts(co);
    if (!why) why = decode(&c);
    for (uint32_t k = 0; !why && k < c.nins; k++) {
        why = check_operand(&c, &c.ins[k]);
        if (!why && c.ins[k].op == OP_KW_NAMES) why = check_kw_names(&c, k);
    }
    if (!why) why = check_exctable(&c);
    if (!why) why = check_prologue(&c);
    if (!why) why = check_stack(&c);
    if (why) lp_raise(&lp_exc_ValueError, "bad marshal data (invalid code object: %s)", why);
}
