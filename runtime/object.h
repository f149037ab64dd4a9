/* object.h -- the header every heap object starts with.
 *
 * One word: a pointer to the object's type (STYLE.md "Values and types under
 * Boehm").  No refcount, mark bit or list link: Boehm GC owns liveness.
 * struct lp_type is only declared here; its design (name, base, slots,
 * method table) comes with the type system.  Until then runtime/obj_int.c
 * uses a private provisional marker as the type of big ints (see obj_int.h).
 *
 * Heap objects are allocated with lp_alloc (runtime/gc.h) and referenced from
 * other heap objects only by their base pointer (interior pointers are not
 * recognised inside the heap).  Values wrap them with lp_from_ptr (value.h).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJECT_H
#define LP_OBJECT_H

#include "value.h"

struct lp_type; /* designed later, with the type system */

typedef struct lp_object {
    const struct lp_type *type; /* never NULL once the object is built */
} lp_object_t;

/* The object behind the heap value [v] (requires lp_is_ptr). */
static inline lp_object_t *lp_as_object(lp_value v)
{
    return (lp_object_t *)lp_as_ptr(v);
}

#endif
