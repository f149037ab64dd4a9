/* names.c -- the interned names of names.h, made once at start-up.
 *
 * SPDX-License-Identifier: MIT
 */
#include "names.h"

#include "obj_str.h"

lp_value lp_names[LP_N_COUNT];

void lp_names_init(void)
{
    if (lp_names[0]) return;
#define X(n) lp_names[LP_N_##n] = lp_str_intern_cstr(#n);
    LP_NAMES(X)
#undef X
}
