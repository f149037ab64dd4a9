/* dis.c -- the disassembler, laid out as CPython 3.11's dis module.
 *
 * Each instruction line is, as dis.Instruction._disassemble builds it, the
 * fields joined by one space and right-stripped:
 *   line number (%3d, wider past 999; blanks when the line does not start
 *   here), "   " (the current-instruction marker, never set here), ">>" on
 *   a jump or exception-handler target else "  ", the byte offset
 *   right-aligned to 4 (wider past 9999), the opname left-justified to 20,
 *   the operand right-aligned to 5 and "(argrepr)".
 * A blank line comes before each new source line except at offset 0; cache
 * units are hidden but counted in the offsets; EXTENDED_ARG shows as its own
 * instruction and its operand is folded into the next one's.  After the
 * instructions comes "ExceptionTable:" with "  start to end -> target
 * [depth] lasti" (end = the last instruction's offset), then each code
 * object among the constants: a blank line, "Disassembly of <repr>:" and
 * its own disassembly.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <string.h>

#include "bytecode.h"
#include "compile.h"
#include "dis.h"
#include "error.h"
#include "gc.h"
#include "obj_code.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "object.h"
#include "ops.h"
#include "source.h"
#include "traceback.h"
#include "types.h"

/* The line a unit starts, or -1: none.  Line 0 with an end line is the
 * module's RESUME (CPython's line 0). */
static int unit_line(const lp_position_t *p)
{
    return p->line > 0 || p->end_line > 0 ? p->line : -1;
}

static const char *str_of(lp_value s)
{
    size_t n;
    return lp_str_utf8(s, &n);
}

static const char *tuple_name(lp_value t, int i)
{
    return i >= 0 && i < lp_tuple_len(t) ? str_of(lp_tuple_get(t, i)) : "?";
}

static const char *free_name(const lp_code_t *co, int i)
{
    int nc = (int)lp_tuple_len(co->cellvars);
    return i < nc ? tuple_name(co->cellvars, i) : tuple_name(co->freevars, i - nc);
}

static const char *binop_repr(int arg)
{
    static const char *const syms[] = {
#define X(name, num, sym, dunder, rdunder, idunder) [num] = sym,
        LP_BINOPS(X)
#undef X
    };
    static const char *const isyms[] = {
#define X(name, num, sym, dunder, rdunder, idunder) [num] = sym "=",
        LP_BINOPS(X)
#undef X
    };
    if (arg >= 0 && arg < LP_NB_COUNT) return syms[arg];
    if (arg >= LP_NB_INPLACE && arg < LP_NB_INPLACE + LP_NB_COUNT) return isyms[arg - LP_NB_INPLACE];
    return "";
}

/* The text in parentheses after operand [arg] of [op] at byte [offset]. */
static void argrepr(lp_buf_t *b, const lp_code_t *co, int op, unsigned arg)
{
    static const char *const cmp[] = {"<", "<=", "==", "!=", ">", ">="};
    static const char *const conv[] = {"", "str", "repr", "ascii"};
    static const char *const mkfn[] = {"defaults", "kwdefaults", "annotations", "closure"};
    switch (lp_opinfo[op].arg) {
    case ARG_CONST:
        if (arg < lp_tuple_len(co->consts)) lp_buf_puts(b, str_of(lp_repr(lp_tuple_get(co->consts, arg))));
        break;
    case ARG_NAME: lp_buf_puts(b, tuple_name(co->names, (int)arg)); break;
    case ARG_GLOBAL:
        if (arg & 1) lp_buf_puts(b, "NULL + ");
        lp_buf_puts(b, tuple_name(co->names, (int)(arg >> 1)));
        break;
    case ARG_LOCAL: lp_buf_puts(b, tuple_name(co->varnames, (int)arg)); break;
    case ARG_FREE:
        if (op != OP_COPY_FREE_VARS) lp_buf_puts(b, free_name(co, (int)arg));
        break;
    case ARG_JUMP: lp_buf_printf(b, "to %u", 2 * arg); break;
    case ARG_CMP:
        if (arg < 6) lp_buf_puts(b, cmp[arg]);
        break;
    case ARG_BINOP: lp_buf_puts(b, binop_repr((int)arg)); break;
    case ARG_FORMAT:
        lp_buf_puts(b, conv[arg & 3]);
        if (arg & LP_FVS_HAVE_SPEC) lp_buf_puts(b, (arg & 3) ? ", with format" : "with format");
        break;
    case ARG_MAKEFN:
        for (int i = 0, first = 1; i < 4; i++)
            if (arg & (1u << i)) {
                if (!first) lp_buf_puts(b, ", ");
                lp_buf_puts(b, mkfn[i]);
                first = 0;
            }
        break;
    default: break;
    }
}

/* Marks the byte offsets that are jump or handler targets. */
static bool *find_labels(const lp_code_t *co)
{
    bool *labels = lp_alloc_atomic(co->ncode + 1);
    memset(labels, 0, co->ncode + 1);
    unsigned ext = 0;
    for (uint32_t i = 0; i < co->ncode; i++) {
        int op = co->code[i] & 0xFF;
        unsigned arg = (co->code[i] >> 8) | ext;
        ext = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        if (lp_opinfo[op].jump && arg < co->ncode) labels[arg] = true;
        i += lp_opinfo[op].cache;
    }
    for (uint32_t k = 0; k < co->nexc; k++)
        if (co->exctable[k].target < co->ncode) labels[co->exctable[k].target] = true;
    return labels;
}

static int digits(long v)
{
    char tmp[24];
    return snprintf(tmp, sizeof tmp, "%ld", v);
}

static void dis_one(lp_buf_t *out, const lp_code_t *co)
{
    bool *labels = find_labels(co);
    int maxline = -1, last = -1;
    for (uint32_t i = 0; i < co->ncode; i++)
        if (unit_line(&co->positions[i]) > maxline) maxline = unit_line(&co->positions[i]);
    int lw = maxline < 0 ? 0 : maxline >= 1000 ? digits(maxline) : 3;
    int ow = co->ncode > 0 && 2 * (long)co->ncode - 2 >= 10000 ? digits(2 * (long)co->ncode - 2) : 4;
    unsigned ext = 0;
    for (uint32_t i = 0; i < co->ncode; i++) {
        int op = co->code[i] & 0xFF;
        unsigned arg = (co->code[i] >> 8) | ext;
        ext = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        int line = unit_line(&co->positions[i]);
        bool starts = line >= 0 && line != last;
        if (starts) last = line;
        if (starts && i > 0 && lw) lp_buf_putc(out, '\n');
        size_t start = out->len;
        if (lw) {
            if (starts) lp_buf_printf(out, "%*d ", lw, line);
            else lp_buf_printf(out, "%*s ", lw, "");
        }
        lp_buf_printf(out, "    %s %*u %-20s", labels[i] ? ">>" : "  ", ow, 2 * i,
                      lp_opinfo[op].name ? lp_opinfo[op].name : "<unknown>");
        if (lp_opinfo[op].arg != ARG_NONE) {
            lp_buf_printf(out, " %5u", arg);
            lp_buf_t r = {0};
            argrepr(&r, co, op, arg);
            if (r.len) lp_buf_printf(out, " (%s)", r.data);
        }
        while (out->len > start && out->data[out->len - 1] == ' ')
            out->data[--out->len] = 0;
        lp_buf_putc(out, '\n');
        i += lp_opinfo[op].cache;
    }
    if (co->nexc) {
        lp_buf_puts(out, "ExceptionTable:\n");
        for (uint32_t k = 0; k < co->nexc; k++) {
            const lp_exc_entry_t *e = &co->exctable[k];
            lp_buf_printf(out, "  %u to %u -> %u [%u]%s\n", 2 * e->start, 2 * e->end - 2,
                          2 * e->target, e->depth, e->lasti ? " lasti" : "");
        }
    }
}

void lp_dis_code(lp_buf_t *out, lp_value code)
{
    const lp_code_t *co = (const lp_code_t *)lp_as_ptr(code);
    dis_one(out, co);
    for (int64_t i = 0; i < lp_tuple_len(co->consts); i++) {
        lp_value k = lp_tuple_get(co->consts, i);
        if (lp_type_of(k) != &lp_type_code) continue;
        lp_buf_printf(out, "\nDisassembly of %s:\n", str_of(lp_repr(k)));
        lp_dis_code(out, k);
    }
}

/* ==== -m dis ==== */

typedef struct {
    lp_buf_t *out;
    lp_value code;
} dis_job_t;

static void dis_job(void *ud)
{
    dis_job_t *j = ud;
    lp_dis_code(j->out, j->code);
}

int lp_dis_main(int argc, char **argv)
{
    static const char usage[] = "usage: dis.py [-h] [infile]\n";
    const char *file = NULL;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            printf("%s\npositional arguments:\n  infile\n\noptions:\n  -h, --help  show this help "
                   "message and exit\n", usage);
            return 0;
        }
        if (file || (a[0] == '-' && a[1])) {
            fprintf(stderr, "%sdis.py: error: unrecognized arguments: %s\n", usage, a);
            return 2;
        }
        file = a;
    }
    size_t n;
    int errnum = 0;
    const char *src = !file || strcmp(file, "-") == 0 ? lp_source_read_stdin(&n)
                                                     : lp_source_read_file(file, &n, &errnum);
    const char *name = !file || strcmp(file, "-") == 0 ? "<stdin>" : file;
    if (!src) {
        fprintf(stderr, "%sdis.py: error: argument infile: can't open '%s': [Errno %d] %s: '%s'\n",
                usage, name, errnum, strerror(errnum), name);
        return 2;
    }
    lp_syntax_error_t err = {0};
    lp_value code = lp_compile_source(src, n, name, LP_COMPILE_EXEC, 0, &err);
    if (!code) {
        lp_syntax_error_print(stderr, name, &err);
        return 1;
    }
    lp_buf_t out = {0};
    dis_job_t job = {&out, code};
    lp_value exc = lp_pcall(dis_job, &job);
    fwrite(out.data, 1, out.len, stdout);
    fflush(stdout);
    if (exc) return lp_traceback_handle_uncaught(exc);
    return 0;
}
