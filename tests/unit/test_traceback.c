/* test_traceback.c -- runtime/traceback.c's report against python3's.
 *
 * The cases (traceback_cases.h, from scripts/gen_traceback_cases.py) give
 * a program, the positions of each traceback entry as CPython's code
 * objects have them, the exception chain and python3's stderr.  The test
 * writes the program where python3 read it, rebuilds the traceback on
 * lemonpy code objects with those positions and compares the reports, so
 * the caret lines, chains and messages are checked without the VM.
 *
 * SPDX-License-Identifier: MIT
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "error.h"
#include "gc.h"
#include "mod_builtins.h"
#include "names.h"
#include "obj_code.h"
#include "obj_dict.h"
#include "obj_exc.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_traceback.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "ops.h"
#include "traceback.h"
#include "traceback_cases.h"
#include "types.h"

static void setup(void)
{
    lp_gc_init();
    lp_int_init();
    lp_types_init();
    lp_builtins_dict();
}

TestSuite(traceback, .init = setup);

/* A one-unit code object of [path] named [e->name] at [e]'s position. */
static lp_code_t *entry_code(const char *path, const tb_entry_t *e)
{
    lp_position_t *pos = lp_alloc_atomic(sizeof *pos);
    *pos = (lp_position_t){e->line, e->end_line, e->col, e->end_col};
    uint16_t *unit = lp_alloc_atomic(sizeof *unit);
    *unit = 0;
    lp_code_t f = {0};
    f.code = unit;
    f.ncode = 1;
    f.positions = pos;
    f.consts = f.names = f.varnames = f.cellvars = f.freevars = lp_tuple_new(0);
    f.filename = lp_str_from_cstr(path);
    f.name = f.qualname = lp_str_from_cstr(e->name);
    return lp_as_ptr(lp_code_new(&f));
}

/* The exception class [x] names: a builtin, or a new class of __main__. */
static lp_type_t *exc_class(const tb_exc_t *x)
{
    if (strcmp(x->module, "builtins") == 0)
        return lp_as_ptr(lp_dict_get_cstr(lp_builtins_dict(), x->type));
    const char *dot = strrchr(x->type, '.');
    lp_value ns = lp_dict_new();
    lp_dict_set(ns, LP_NAME(__qualname__), lp_str_from_cstr(x->type));
    lp_dict_set(ns, LP_NAME(__module__), lp_str_from_cstr(x->module));
    lp_value bases = lp_tuple_pack(1, lp_from_ptr(&lp_exc_Exception));
    return lp_as_ptr(
        lp_type_new_class(&lp_type_type, lp_str_from_cstr(dot ? dot + 1 : x->type), bases, ns));
}

static lp_value build_exc(const tb_case_t *c, const tb_exc_t *x)
{
    lp_value msg = lp_str_from_cstr(x->msg);
    lp_value e = lp_exc_new(exc_class(x), &msg, (size_t)x->nargs);
    lp_value tb = LP_NULL;
    for (int i = x->nentries - 1; i >= 0; i--)
        tb = lp_traceback_new(tb, entry_code(c->path, &x->entries[i]), LP_NULL, 0);
    lp_as_exc(e)->traceback = tb;
    for (int i = 0; i < 3 && x->notes[i]; i++) {
        lp_value note = lp_str_from_cstr(x->notes[i]);
        lp_call_method(e, lp_str_from_cstr("add_note"), &note, 1);
    }
    return e;
}

static lp_value build_case(const tb_case_t *c)
{
    mkdir("/tmp/lp_tb_cases", 0777);
    FILE *f = fopen(c->path, "w");
    cr_assert(f);
    fputs(c->source, f);
    fclose(f);
    lp_value prev = LP_NULL;
    for (int k = 0; k < c->nexc; k++) {
        lp_value e = build_exc(c, &c->excs[k]);
        if (strcmp(c->excs[k].how, "cause") == 0) {
            lp_as_exc(e)->cause = prev;
            lp_as_exc(e)->suppress_context = true;
        } else if (strcmp(c->excs[k].how, "context") == 0) {
            lp_as_exc(e)->context = prev;
        }
        prev = e;
    }
    return prev;
}

Test(traceback, python3_reports)
{
    int failed = 0;
    for (size_t i = 0; i < sizeof tb_cases / sizeof *tb_cases; i++) {
        const tb_case_t *c = &tb_cases[i];
        const char *got = lp_str_utf8(lp_traceback_format(build_case(c)), NULL);
        if (strcmp(got, c->expected) != 0) {
            failed++;
            fprintf(stderr, "case %zu (%s):\n--- expected\n%s--- got\n%s\n", i, c->path,
                    c->expected, got);
        }
    }
    cr_assert_eq(failed, 0, "%d traceback cases differ", failed);
}
