/* obj_genericalias.h -- types.GenericAlias: what `list[int]` evaluates to.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_GENERICALIAS_H
#define LP_OBJ_GENERICALIAS_H

#include "object.h"

/* origin[args]: [args] a tuple, or one value (made a 1-tuple). */
lp_value lp_genericalias_new(lp_value origin, lp_value args);

/* The __class_getitem__ classmethod of list, dict, tuple, set ...:
 * args[0] is the class, args[1] the subscript. */
lp_value lp_class_getitem(lp_value *args, size_t nargs, lp_value kwnames);

#endif
