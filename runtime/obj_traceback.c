/* obj_traceback.c -- traceback entries (the `traceback` type).
 *
 * The VM adds one entry per frame an exception passes through, in front of
 * the exception's chain (obj_traceback.h); runtime/traceback.c prints them.
 *
 * SPDX-License-Identifier: MIT
 */
#include "obj_traceback.h"

#include "error.h"
#include "frame.h"
#include "gc.h"
#include "types.h"

lp_value lp_traceback_new(lp_value next, lp_code_t *code, lp_value globals, int32_t lasti)
{
    lp_traceback_t *tb = lp_alloc(sizeof *tb);
    tb->head.type = &lp_type_traceback;
    tb->next = next;
    tb->code = code;
    tb->globals = globals;
    tb->lasti = lasti;
    return lp_from_ptr(tb);
}

int lp_traceback_lineno(const lp_traceback_t *tb)
{
    if (!tb->code->positions || tb->lasti < 0 || (uint32_t)tb->lasti >= tb->code->ncode) return 0;
    int line = tb->code->positions[tb->lasti].line;
    return line > 0 ? line : 0;
}

static lp_traceback_t *tb_of(lp_value v)
{
    return lp_as_ptr(v);
}

static lp_value tb_get_next(lp_value s)
{
    lp_value n = tb_of(s)->next;
    return n ? n : LP_NONE;
}

static void tb_set_next(lp_value s, lp_value v)
{
    if (!v) lp_raise(&lp_exc_TypeError, "can't delete tb_next attribute");
    if (v == LP_NONE) {
        tb_of(s)->next = LP_NULL;
        return;
    }
    if (lp_type_of(v) != &lp_type_traceback)
        lp_raise(&lp_exc_TypeError, "expected traceback object or None, got '%T'", v);
    for (lp_value c = v; c; c = tb_of(c)->next)
        if (c == s) lp_raise(&lp_exc_ValueError, "traceback loop detected");
    tb_of(s)->next = v;
}

static lp_value tb_get_lineno(lp_value s)
{
    return lp_from_int(lp_traceback_lineno(tb_of(s)));
}

static lp_value tb_get_lasti(lp_value s)
{
    return lp_from_int((int64_t)tb_of(s)->lasti * 2);
}

static lp_value tb_get_frame(lp_value s)
{
    lp_traceback_t *tb = tb_of(s);
    if (!tb->frame) tb->frame = lp_frame_object_new(tb->code, tb->globals, lp_traceback_lineno(tb));
    return tb->frame;
}

static const lp_getset_def_t tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL},
    {NULL},
};

lp_type_t lp_type_traceback = {
    .name = "traceback",
    .size = sizeof(lp_traceback_t),
    .getsets = tb_getsets,
};
