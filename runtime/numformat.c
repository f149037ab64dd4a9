/* numformat.c -- the format mini-language for numbers (numformat.h).
 *
 * SPDX-License-Identifier: MIT
 */
#include "numformat.h"

#include "error.h"
#include "obj_str.h"
#include "ops.h"

lp_value lp_numformat_int(lp_value v, lp_value spec)
{
    if (lp_str_len(spec) == 0) return lp_str(v);
    lp_raise(&lp_exc_ValueError, "format specs for int are not implemented yet");
}

lp_value lp_numformat_float(lp_value v, lp_value spec)
{
    if (lp_str_len(spec) == 0) return lp_str(v);
    lp_raise(&lp_exc_ValueError, "format specs for float are not implemented yet");
}

lp_value lp_numformat_complex(lp_value v, lp_value spec)
{
    if (lp_str_len(spec) == 0) return lp_str(v);
    lp_raise(&lp_exc_ValueError, "format specs for complex are not implemented yet");
}
