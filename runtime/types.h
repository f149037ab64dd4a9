/* types.h -- the built-in types, listed once, and lp_type_of.
 *
 * LP_BUILTIN_TYPES(X) names each static type object lp_type_<c> and the
 * file that defines it.  lp_types_init (runtime/obj_type.c) readies them in
 * this order (a base before its subclasses), filling each __dict__ from the
 * type's method and getset tables.  The exception types are listed in
 * runtime/exceptions.h.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_TYPES_H
#define LP_TYPES_H

#include "object.h"

/* X(c_name): defined as lp_type_<c_name> in runtime/obj_<file>.c */
#define LP_BUILTIN_TYPES(X)                                                                        \
    X(object)                                                                                      \
    X(type)                                                                                        \
    X(none)                                                                                        \
    X(notimplemented)                                                                              \
    X(ellipsis)                                                                                    \
    X(int)                                                                                         \
    X(bool)                                                                                        \
    X(float)                                                                                       \
    X(complex)                                                                                     \
    X(str)                                                                                         \
    X(str_iterator)                                                                                \
    X(bytes)                                                                                       \
    X(bytearray)                                                                                   \
    X(memoryview)                                                                                  \
    X(memory_iterator)                                                                             \
    X(tuple)                                                                                       \
    X(tuple_iterator)                                                                              \
    X(list)                                                                                        \
    X(list_iterator)                                                                               \
    X(list_reverseiterator)                                                                        \
    X(dict)                                                                                        \
    X(dict_keys)                                                                                   \
    X(dict_values)                                                                                 \
    X(dict_items)                                                                                  \
    X(dict_keyiterator)                                                                            \
    X(dict_valueiterator)                                                                          \
    X(dict_itemiterator)                                                                           \
    X(set)                                                                                         \
    X(frozenset)                                                                                   \
    X(set_iterator)                                                                                \
    X(range)                                                                                       \
    X(range_iterator)                                                                              \
    X(slice)                                                                                       \
    X(code)                                                                                        \
    X(cell)                                                                                        \
    X(function)                                                                                    \
    X(builtin_function)                                                                            \
    X(method)                                                                                      \
    X(method_descriptor)                                                                           \
    X(classmethod_descriptor)                                                                      \
    X(getset_descriptor)                                                                           \
    X(wrapper_descriptor)                                                                          \
    X(method_wrapper)                                                                              \
    X(seqiter)                                                                                     \
    X(classmethod)                                                                                 \
    X(staticmethod)                                                                                \
    X(property)                                                                                    \
    X(super)                                                                                       \
    X(module)                                                                                      \
    X(generator)                                                                                   \
    X(traceback)                                                                                   \
    X(frame)

#define X(c) extern lp_type_t lp_type_##c;
LP_BUILTIN_TYPES(X)
#undef X

/* The type of any value [v]. */
static inline const lp_type_t *lp_type_of(lp_value v)
{
    if (lp_is_ptr(v)) return lp_as_object(v)->type;
    return lp_is_int(v) ? &lp_type_int : &lp_type_float;
}

/* ==== the singletons (static objects: Boehm scans the data segment) ==== */

extern lp_object_t lp_none_object, lp_notimplemented_object, lp_ellipsis_object;
extern lp_object_t lp_true_object, lp_false_object;

#define LP_NONE lp_from_ptr(&lp_none_object)
#define LP_NOTIMPLEMENTED lp_from_ptr(&lp_notimplemented_object)
#define LP_ELLIPSIS lp_from_ptr(&lp_ellipsis_object)
#define LP_TRUE lp_from_ptr(&lp_true_object)
#define LP_FALSE lp_from_ptr(&lp_false_object)

static inline lp_value lp_bool(int b)
{
    return b ? LP_TRUE : LP_FALSE;
}

/* True when [t] is [base] or derives from it (walks the MRO). */
int lp_type_is_subtype(const lp_type_t *t, const lp_type_t *base);

/* isinstance([v], [t]) without __instancecheck__. */
static inline int lp_is_instance(lp_value v, const lp_type_t *t)
{
    const lp_type_t *vt = lp_type_of(v);
    return vt == t || lp_type_is_subtype(vt, t);
}

/* Readies every built-in type and exception; call once after lp_gc_init. */
void lp_types_init(void);

/* Readies [t]: computes its MRO, inherits NULL slots from its base and fills
 * its __dict__ from its tables.  Idempotent. */
void lp_type_ready(lp_type_t *t);

#endif
