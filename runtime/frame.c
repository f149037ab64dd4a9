/* frame.c -- frame objects as Python sees them (the `frame` type).
 *
 * The VM's frames (frame.h) live on its frame stack and are reused; what
 * Python code gets (traceback.tb_frame, sys._getframe) is a snapshot: the
 * code, the globals, the line, and for sys._getframe the locals and the
 * callers' snapshots.
 *
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>

#include "frame.h"

#include "error.h"
#include "gc.h"
#include "obj_dict.h"
#include "vm.h"
#include "obj_str.h"
#include "types.h"

typedef struct {
    lp_object_t head;
    lp_code_t *code;
    lp_value globals;
    lp_value locals; /* f_locals, or LP_NULL: none kept */
    lp_value back;   /* f_back, or LP_NULL: None */
    int lineno;
} frame_object_t;

/* A frame object for [code] running with [globals] at line [lineno]. */
lp_value lp_frame_object_new(lp_code_t *code, lp_value globals, int lineno)
{
    frame_object_t *f = lp_alloc(sizeof *f);
    f->head.type = &lp_type_frame;
    f->code = code;
    f->globals = globals;
    f->lineno = lineno;
    return lp_from_ptr(f);
}

lp_value lp_frame_object_snapshot(lp_frame_t *f)
{
    lp_value first = LP_NULL;
    frame_object_t *prev = NULL;
    for (; f; f = f->back) {
        int32_t lasti = (int32_t)(f->instr - f->code->code);
        int line = f->code->positions ? f->code->positions[lasti].line : 0;
        lp_value o = lp_frame_object_new(f->code, f->globals, line > 0 ? line : 0);
        ((frame_object_t *)lp_as_ptr(o))->locals = lp_vm_frame_locals(f);
        if (prev)
            prev->back = o;
        else
            first = o;
        prev = lp_as_ptr(o);
    }
    return first ? first : LP_NONE;
}

static frame_object_t *fo(lp_value v)
{
    return lp_as_ptr(v);
}

static lp_value frame_get_code(lp_value s) { return lp_from_ptr(fo(s)->code); }
static lp_value frame_get_globals(lp_value s) { return fo(s)->globals; }
static lp_value frame_get_lineno(lp_value s) { return lp_from_int(fo(s)->lineno); }
static lp_value frame_get_back(lp_value s) { return fo(s)->back ? fo(s)->back : LP_NONE; }
static lp_value frame_get_locals(lp_value s) { return fo(s)->locals ? fo(s)->locals : lp_dict_new(); }

static lp_value frame_repr(lp_value self)
{
    char buf[32];
    frame_object_t *f = fo(self);
    snprintf(buf, sizeof buf, "%#llx", (unsigned long long)lp_value_id(self));
    return lp_str_format_c("<frame at %s, file %R, line %d, code %U>", buf, f->code->filename,
                           f->lineno, f->code->name);
}

static const lp_getset_def_t frame_getsets[] = {
    {"f_code", frame_get_code, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL},
    {"f_lineno", frame_get_lineno, NULL, NULL},
    {"f_back", frame_get_back, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL},
    {NULL},
};

lp_type_t lp_type_frame = {
    .name = "frame",
    .size = sizeof(frame_object_t),
    .repr = frame_repr,
    .getsets = frame_getsets,
};
