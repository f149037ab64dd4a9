/* pycache.c -- the bytecode cache (pycache.h).
 *
 * PLACEHOLDER: compiles from source every time and writes nothing; the
 * cache itself (header, marshal, atomic writes) replaces this.
 *
 * SPDX-License-Identifier: MIT
 */
#include "pycache.h"

#include "compile.h"
#include "error.h"
#include "mod_builtins.h"
#include "obj_exc.h"
#include "obj_str.h"
#include "source.h"

const uint8_t lp_pyc_magic[4] = {0, 0, '\r', '\n'};
const char *lp_check_hash_based_pycs = "default";

lp_value lp_pyc_get_code(lp_value path, lp_value fullname)
{
    (void)fullname;
    const char *file = lp_str_utf8(path, NULL);
    size_t n;
    int errnum;
    const char *src = lp_source_read_file(file, &n, &errnum);
    if (!src) lp_raise_value(lp_exc_from_errno(errnum, path));
    lp_syntax_error_t err = {0};
    lp_value code = lp_compile_source(src, n, file, LP_COMPILE_EXEC, 1, &err);
    if (!code) lp_raise_value(lp_builtins_syntax_error(&err, file));
    return code;
}
