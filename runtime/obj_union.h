/* obj_union.h -- types.UnionType: what `int | str` evaluates to.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_UNION_H
#define LP_OBJ_UNION_H

#include "object.h"

/* The type object (not in types.h's list: readied on first use). */
extern lp_type_t lp_type_union;

/* `a | b` where either operand is a class, None, a GenericAlias or a
 * union: the union of both (duplicates dropped; a single member is
 * returned as is), or LP_NOTIMPLEMENTED for other operands. */
lp_value lp_union_or(lp_value a, lp_value b);

/* None's `|`: the union when the other operand is a GenericAlias (which
 * has no `|` of its own here: `list[int] | None`), else NotImplemented. */
lp_value lp_union_none_or(lp_value a, lp_value b);

#endif
