/* dis.h -- the disassembler: `lemonpy -m dis FILE`.
 *
 * Lays out lemonpy's bytecode as CPython 3.11's `python3 -m dis` lays out
 * CPython's (see dis.c): one line per instruction with the line-number
 * column, `>>` on jump and handler targets, byte offsets, the opname, the
 * operand and its meaning in parentheses, an ExceptionTable section, then
 * the code objects among the constants, recursively.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_DIS_H
#define LP_DIS_H

#include "buf.h"
#include "value.h"

/* Appends the disassembly of code object [code] and, recursively, of the
 * code objects in its constants to [out].  May raise (lp_repr of a constant). */
void lp_dis_code(lp_buf_t *out, lp_value code);

/* `lemonpy -m dis [-h] [infile]` (the arguments after "dis"): compiles the
 * file (stdin when absent or "-") and prints its disassembly.  Returns the
 * exit status.  The runtime must be initialised. */
int lp_dis_main(int argc, char **argv);

#endif
