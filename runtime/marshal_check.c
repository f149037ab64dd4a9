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
#define MAX_STACK (1 << 20)
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
    }
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

/* The cells exist before any other instruction runs. */
static const char *check_cells(checker_t *c)
{
    const lp_code_t *co = c->co;
    if (co->ncellvars == 0 && co->nfreevars == 0) return NULL;
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
    for (uint32_t j = 0; j < co->nexc; j++)
        if ((uint32_t)c->index[co->exctable[j].target] < k) return "handler inside the cell set-up";
    for (uint32_t j = 0; j < c->nins; j++)
        if (lp_opinfo[c->ins[j].op].jump && (uint32_t)c->index[c->ins[j].oparg] < k)
            return "jump into the cell set-up";
    return NULL;
}

/* Records depth [d] for instruction [k] (a unit start), queueing it the
 * first time. */
static const char *reach(checker_t *c, uint32_t k, int64_t d)
{
    if (d < 0 || d > c->co->stacksize) return "stack depth out of range";
    if (c->depth[k] == -1) {
        c->depth[k] = (int32_t)d;
        c->work[c->nwork++] = k;
    } else if (c->depth[k] != d) {
        return "inconsistent stack depth";
    }
    return NULL;
}

static bool falls_through(int op)
{
    return op != OP_JUMP && op != OP_RETURN_VALUE && op != OP_RAISE_VARARGS && op != OP_RERAISE;
}

/* The handler covering unit [offset], as the VM's find_handler picks it. */
static const lp_exc_entry_t *handler_at(const lp_code_t *co, uint32_t offset)
{
    const lp_exc_entry_t *best = NULL;
    for (uint32_t i = 0; i < co->nexc; i++) {
        const lp_exc_entry_t *e = &co->exctable[i];
        if (e->start > offset) break;
        if (offset < e->end && (!best || e->start > best->start)) best = e;
    }
    return best;
}

static const char *step(checker_t *c, uint32_t k)
{
    const instr_t *in = &c->ins[k];
    int64_t d = c->depth[k];
    int oparg = (int)in->oparg;
    const char *why;
    if (d < reads(in->op, oparg)) return "stack underflow";
    if (lp_opinfo[in->op].jump) {
        why = reach(c, (uint32_t)c->index[in->oparg], d + lp_op_stack_effect(in->op, oparg, 1));
        if (why) return why;
    }
    if (!falls_through(in->op)) return NULL;
    if (k + 1 >= c->nins) return "code runs off its end";
    return reach(c, k + 1, d + lp_op_stack_effect(in->op, oparg, 0));
}

static const char *check_stack(checker_t *c)
{
    const lp_code_t *co = c->co;
    c->depth = lp_alloc_atomic(((size_t)c->nins + 1) * sizeof *c->depth);
    c->work = lp_alloc_atomic(((size_t)c->nins + 1) * sizeof *c->work);
    for (uint32_t k = 0; k < c->nins; k++) c->depth[k] = -1;
    const char *why = reach(c, 0, 0);
    for (uint32_t i = 0; !why && i < co->nexc; i++) {
        const lp_exc_entry_t *e = &co->exctable[i];
        why = reach(c, (uint32_t)c->index[e->target], (int64_t)e->depth + e->lasti + 1);
    }
    while (!why && c->nwork) why = step(c, c->work[--c->nwork]);
    if (why) return why;
    for (uint32_t k = 0; k < c->nins; k++) {
        if (c->depth[k] < 0) continue;
        const lp_exc_entry_t *h = handler_at(co, c->ins[k].start);
        const lp_exc_entry_t *h2 = handler_at(co, c->ins[k].at);
        if ((h && h->depth > c->depth[k]) || (h2 && h2->depth > c->depth[k]))
            return "handler deeper than the stack it covers";
    }
    return NULL;
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
    if (!why) why = check_cells(&c);
    if (!why) why = check_stack(&c);
    if (why) lp_raise(&lp_exc_ValueError, "bad marshal data (invalid code object: %s)", why);
}
