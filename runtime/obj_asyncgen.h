/* obj_asyncgen.h -- async generators (obj_asyncgen.c).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_ASYNCGEN_H
#define LP_OBJ_ASYNCGEN_H

#include "object.h"

/* The type of async generator objects (an lp_gen_t, obj_gen.h); readied
 * on first use. */
extern lp_type_t lp_type_async_generator;

/* ASYNC_GEN_WRAP: [v] marked as yielded by the async generator itself. */
lp_value lp_asyncgen_wrap(lp_value v);

#endif
