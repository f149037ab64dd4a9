/* bytecode.h -- the instruction set as C: opcode numbers, operand kinds and
 * the per-opcode table every consumer reads.
 *
 * The list itself is src/opcodes.h (one line per instruction); this header
 * expands it into the OP_* enum and declares lp_opinfo[], built in
 * bytecode.c.  A code unit is 16 bits: opcode in the low byte, operand in
 * the high byte; EXTENDED_ARG units in front supply the higher operand bytes
 * (8 bits each), as in CPython 3.11.  After an instruction come its cache
 * units (lp_opinfo[op].cache of them), all zero when emitted.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_BYTECODE_H
#define LP_BYTECODE_H

#include <stdint.h>

/* How an operand is read, checked and shown. */
typedef enum {
    ARG_NONE,      /* ignored (0) */
    ARG_RAW,       /* a plain number */
    ARG_COUNT,     /* a count or a stack position */
    ARG_CONST,     /* index into co_consts */
    ARG_NAME,      /* index into co_names */
    ARG_GLOBAL,    /* index into co_names << 1, low bit: push NULL first */
    ARG_LOCAL,     /* index into co_varnames (fast locals) */
    ARG_FREE,      /* index into cells: co_cellvars then co_freevars */
    ARG_JUMP,      /* absolute target, in code units */
    ARG_BINOP,     /* lp_binop_t (object.h), + LP_NB_INPLACE for `op=` */
    ARG_CMP,       /* lp_cmpop_t */
    ARG_INVERT,    /* 0 or 1 (is / is not, in / not in) */
    ARG_UNPACK_EX, /* count before the star | count after << 8 */
    ARG_FORMAT,    /* FORMAT_VALUE flags: LP_FVC_*, | LP_FVS_HAVE_SPEC */
    ARG_MAKEFN,    /* MAKE_FUNCTION flags: LP_MKFN_* */
} lp_argkind_t;

typedef enum {
#define LP_OPCODE(name, num, arg, effect, jeffect, cache) OP_##name = num,
#include "opcodes.h"
#undef LP_OPCODE
} lp_opcode_t;

/* FORMAT_VALUE operand: conversion in the low two bits, then a spec flag. */
enum { LP_FVC_NONE = 0, LP_FVC_STR = 1, LP_FVC_REPR = 2, LP_FVC_ASCII = 3, LP_FVS_HAVE_SPEC = 4 };

/* MAKE_FUNCTION operand: which optional values sit below the code object. */
enum { LP_MKFN_DEFAULTS = 1, LP_MKFN_KWDEFAULTS = 2, LP_MKFN_ANNOTATIONS = 4, LP_MKFN_CLOSURE = 8 };

typedef struct {
    const char *name; /* "LOAD_CONST"; NULL for an unused number */
    lp_argkind_t arg;
    uint8_t cache;    /* cache units after the instruction */
    uint8_t jump;     /* 1 for ARG_JUMP instructions */
} lp_opinfo_t;

extern const lp_opinfo_t lp_opinfo[256];

/* The stack delta of [op] with operand [oparg], when it jumps ([jump] 1) or
 * falls through; used by the compiler's stack-depth pass. */
int lp_op_stack_effect(int op, int oparg, int jump);

/* A hash of the instruction set (names, numbers, kinds, caches), stored
 * beside the .pyc magic number so that a change without a bump fails a test. */
uint64_t lp_opcodes_hash(void);

#endif
