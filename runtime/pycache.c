/* pycache.c -- the bytecode cache (pycache.h).
 *
 * PLACEHOLDER: compiles from source every time and writes nothing; the
 * cache itself (header, marshal, atomic writes) replaces this.
 *
 * SPDX-License-Identifier: MIT
 */
#include <string.h>

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

lp_value lp_pyc_get_code_sourceless(lp_value path, lp_value fullname)
{
    (void)fullname;
    lp_raise(&lp_exc_ImportError, "source-less import of %R is not supported yet", path);
}

lp_value lp_pyc_cache_from_source(lp_value path)
{
    (void)path;
    return LP_NULL;
}

lp_value lp_pyc_source_from_cache(lp_value path)
{
    lp_raise(&lp_exc_NotImplementedError, "source_from_cache(%R)", path);
}

void lp_pyc_source_hash(const uint8_t *src, size_t n, uint8_t out[8])
{
    (void)src, (void)n;
    memset(out, 0, 8);
}

void lp_pyc_compile_file(lp_value path, lp_value cfile, lp_pyc_mode_t mode)
{
    (void)mode;
    lp_raise(&lp_exc_NotImplementedError, "compiling %R to %R", path, cfile);
}
