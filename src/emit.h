/* emit.h -- the compiler's instruction buffer and assembler.
 *
 * The compiler (compile*.c) appends instructions to an emitter one at a
 * time, with jumps naming *labels* (small ints) that are bound to the next
 * instruction appended.  Besides the real opcodes of opcodes.h it may append
 * the pseudo-instructions below, which describe the exception handlers as
 * CPython 3.11's compiler does: SETUP_* pushes a handler for the code that
 * follows (its operand is the handler's label), POP_BLOCK pops it.
 *
 * lp_emit_assemble turns the buffer into the arrays of a code object, as
 * CPython's assembler does:
 *   0. jumps to unconditional jumps are threaded, a JUMP to a small exit
 *      block without lines (an implicit `return None`) becomes a copy of it,
 *      and such exits reached by several jumps get one copy per jump, with
 *      the jump's line (3.11's extend_block, duplicate_exits_without_lineno);
 *   1. a flow walk from the first instruction (and from each handler
 *      reached) computes the stack depth before every instruction, the
 *      handler that covers it, and the stack size;
 *   2. unreachable instructions are dropped, pseudo-instructions and jumps
 *      to the next instruction become NOPs, and NOPs whose line another
 *      instruction of their block already carries are dropped;
 *      instructions without a location take the previous one's
 *      (or, at the start of a block with a single predecessor, that
 *      predecessor's);
 *      constants after the last one a kept instruction uses are dropped
 *      (CPython 3.11's trim_unused_consts);
 *   3. offsets are laid out with EXTENDED_ARG prefixes and cache units
 *      until the jump operands fit, then the units, one position per unit
 *      and the exception table are written.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_EMIT_H
#define LP_EMIT_H

#include <stdbool.h>
#include <stdint.h>

#include "bytecode.h"
#include "obj_code.h"

/* Pseudo-instructions: never in a code object. */
enum {
    LP_PSEUDO_SETUP_FINALLY = 256, /* handler gets: stack cut to here, exc */
    LP_PSEUDO_SETUP_CLEANUP = 257, /* handler gets: stack cut to here, lasti, exc */
    LP_PSEUDO_SETUP_WITH = 258,    /* as CLEANUP, with the stack cut one lower (the enter result) */
    LP_PSEUDO_POP_BLOCK = 259,     /* pops the innermost handler */
};

typedef struct {
    int op;  /* lp_opcode_t or LP_PSEUDO_* */
    int arg; /* operand; for jumps and SETUP_*: a label */
    lp_position_t pos;
} lp_instr_t;

typedef struct lp_emitter {
    lp_instr_t *ins;
    int n, cap;
    int *labels; /* label -> index of the instruction it is bound to; -1: unbound */
    int nlabels, caplabels;
    lp_position_t loc; /* the location given to the instructions appended next */
    int nconsts;       /* constants the operands index (set before assembling) */
} lp_emitter_t;

/* What a code object needs from the assembler (arrays in collected memory). */
typedef struct {
    uint16_t *code;
    uint32_t ncode;
    lp_position_t *positions; /* ncode entries */
    lp_exc_entry_t *exctable;
    uint32_t nexc;
    int stacksize;
    int *const_map; /* constant index -> index in co_consts, -1: dropped */
    int nconsts;    /* constants left (the first is always kept: a docstring) */
} lp_assembled_t;

/* Starts [e] empty, its location "none". */
void lp_emit_init(lp_emitter_t *e);

/* A new label, bound to nothing yet. */
int lp_emit_label(lp_emitter_t *e);

/* Binds [label] to the next instruction appended. */
void lp_emit_bind(lp_emitter_t *e, int label);

/* Appends [op] with operand [arg] at the current location.  Appending
 * LOAD_GLOBAL right after PUSH_NULL folds the two (the NULL bit of the
 * operand), as CPython's optimizer does. */
void lp_emit_op(lp_emitter_t *e, int op, int arg);

/* Appends [op] (a jump or a SETUP_*) to [label]. */
void lp_emit_jump(lp_emitter_t *e, int op, int label);

/* Whether the last instruction appended leaves no way to fall through
 * (a jump, return or raise) and no label waits for the next one. */
bool lp_emit_ends_block(const lp_emitter_t *e);

/* Assembles the buffer into [out] (see the header comment). */
void lp_emit_assemble(lp_emitter_t *e, lp_assembled_t *out);

/* Whether [op] never falls through to the next instruction. */
bool lp_emit_is_terminator(int op);

#endif
