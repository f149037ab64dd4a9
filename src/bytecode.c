/* bytecode.c -- lp_opinfo[] and the stack effects, expanded from opcodes.h.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

#include "bytecode.h"

const lp_opinfo_t lp_opinfo[256] = {
#define LP_OPCODE(name_, num, arg_, effect, jeffect, cache_)                                     \
    [num] = {.name = #name_, .arg = arg_, .cache = cache_, .jump = arg_ == ARG_JUMP},
#include "opcodes.h"
#undef LP_OPCODE
};

/* Two entries with one number would make this enum have duplicate values;
 * the switch below then fails to compile ("duplicate case value"). */
int lp_op_stack_effect(int op, int oparg, int jump)
{
    switch (op) {
#define LP_OPCODE(name, num, arg, effect, jeffect, cache)                                          \
    case num:                                                                                      \
        return jump ? (jeffect) : (effect);
#include "opcodes.h"
#undef LP_OPCODE
    }
    return 0;
}

uint64_t lp_opcodes_hash(void)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (int op = 0; op < 256; op++) {
        const lp_opinfo_t *info = &lp_opinfo[op];
        unsigned char rec[4] = {(unsigned char)op, (unsigned char)info->arg, info->cache,
                                info->name != NULL};
        for (int i = 0; i < 4; i++) h = (h ^ rec[i]) * 1099511628211u;
        for (const char *s = info->name ? info->name : ""; *s; s++)
            h = (h ^ (unsigned char)*s) * 1099511628211u;
    }
    return h;
}
