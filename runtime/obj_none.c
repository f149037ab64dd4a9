/* obj_none.c -- None, NotImplemented and Ellipsis: one static object each.
 *
 * SPDX-License-Identifier: MIT
 */
#include "error.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "types.h"

lp_object_t lp_none_object = {&lp_type_none};
lp_object_t lp_notimplemented_object = {&lp_type_notimplemented};
lp_object_t lp_ellipsis_object = {&lp_type_ellipsis};

static size_t nkw(lp_value kwnames)
{
    return kwnames ? (size_t)lp_tuple_len(kwnames) : 0;
}

/* type(None)(), type(NotImplemented)(), type(...)(): the singleton itself. */
#define SINGLETON(c, pyname, value, text)                                                          \
    static lp_value c##_new(lp_type_t *t, lp_value *args, size_t nargs, lp_value kwnames)          \
    {                                                                                              \
        if (nargs || nkw(kwnames))                                                                 \
            lp_raise(&lp_exc_TypeError, pyname " takes no arguments");                             \
        return value;                                                                              \
    }                                                                                              \
    static lp_value c##_repr(lp_value self)                                                        \
    {                                                                                              \
        return lp_str_from_cstr(text);                                                             \
    }

SINGLETON(none, "NoneType", LP_NONE, "None")
SINGLETON(notimpl, "NotImplementedType", LP_NOTIMPLEMENTED, "NotImplemented")
SINGLETON(ellipsis, "ellipsis", LP_ELLIPSIS, "Ellipsis")

static int none_truth(lp_value self)
{
    return 0;
}

static int64_t none_hash(lp_value self)
{
    return 0xFCA86420; /* CPython 3.11 hashes None by its address: any fixed value serves */
}

lp_type_t lp_type_none = {
    .name = "NoneType",
    .size = sizeof(lp_object_t),
    .new = none_new,
    .repr = none_repr,
    .truth = none_truth,
    .hash = none_hash,
};

lp_type_t lp_type_notimplemented = {
    .name = "NotImplementedType",
    .size = sizeof(lp_object_t),
    .new = notimpl_new,
    .repr = notimpl_repr,
};

lp_type_t lp_type_ellipsis = {
    .name = "ellipsis",
    .size = sizeof(lp_object_t),
    .new = ellipsis_new,
    .repr = ellipsis_repr,
};
