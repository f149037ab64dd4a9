/* warn.c -- warnings issued by the runtime, with the default filters.
 *
 * CPython's warnings module, reduced to what the runtime needs: the
 * default filter list (`default::DeprecationWarning:__main__`, then
 * DeprecationWarning, PendingDeprecationWarning, ImportWarning and
 * ResourceWarning ignored, the rest "default"), the "default" action's
 * once-per-location registry, and showwarning's format.
 *
 * SPDX-License-Identifier: MIT
 */
#include "warn.h"

#include <stdarg.h>

#include "error.h"
#include "frame.h"
#include "mod_sys.h"
#include "names.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "ops.h"
#include "traceback.h"
#include "types.h"
#include "vm.h"

/* (globals, category, text, line) of the warnings shown so far: the
 * __warningregistry__ of every module at once. */
static lp_value shown;

typedef struct {
    lp_value text;
} write_call_t;

static void write_protected(void *ud)
{
    write_call_t *w = ud;
    lp_value err = lp_sys_get("stderr");
    if (err && err != LP_NONE) lp_call_method(err, lp_str_intern_cstr("write"), &w->text, 1);
}

/* Whether the default filters show [category] raised from module [name]. */
static bool filtered_out(lp_type_t *category, lp_value module)
{
    if (lp_type_is_subtype(category, &lp_exc_DeprecationWarning))
        return !(module && lp_str_check(module) && lp_str_eq_cstr(module, "__main__"));
    return lp_type_is_subtype(category, &lp_exc_PendingDeprecationWarning) ||
           lp_type_is_subtype(category, &lp_exc_ImportWarning) ||
           lp_type_is_subtype(category, &lp_exc_ResourceWarning);
}

void lp_warn(lp_type_t *category, const char *fmt, ...)
{
    lp_frame_t *f = lp_vm_current_frame();
    if (!f || !f->code) return;
    lp_value module = lp_dict_get(f->globals, LP_NAME(__name__));
    if (filtered_out(category, module)) return;
    va_list ap;
    va_start(ap, fmt);
    lp_value text = lp_str_vformat_c(fmt, ap);
    va_end(ap);
    int line = 0;
    if (f->instr && f->code->positions) {
        int32_t lasti = (int32_t)(f->instr - f->code->code);
        if (lasti >= 0 && (uint32_t)lasti < f->code->ncode) line = f->code->positions[lasti].line;
    }
    if (!shown) shown = lp_dict_new();
    lp_value key = lp_tuple_pack(4, lp_from_int((int64_t)((uintptr_t)lp_as_ptr(f->globals) >> 4)),
                                 lp_from_ptr(category), text, lp_from_int(line));
    if (lp_dict_get(shown, key)) return;
    lp_dict_set(shown, key, LP_TRUE);
    lp_value out =
        lp_str_format_c("%U:%d: %s: %U\n", f->code->filename, line, category->name, text);
    size_t n;
    const char *src = line > 0 ? lp_traceback_source_line(f->code->filename, line, &n) : NULL;
    if (src) {
        while (n && (*src == ' ' || *src == '\t' || *src == '\f')) src++, n--;
        while (n && (src[n - 1] == ' ' || src[n - 1] == '\t' || src[n - 1] == '\r')) n--;
        if (n) out = lp_str_format_c("%U  %U\n", out, lp_str_from_utf8(src, n));
    }
    write_call_t w = {out};
    lp_pcall(write_protected, &w);
}
