/* object.h -- heap objects, types and the calling convention.
 *
 * Every heap object starts with one word, a pointer to its type (STYLE.md
 * "Values and types under Boehm"): no refcount, mark bit or list link, since
 * Boehm GC owns liveness.  Objects are allocated with lp_alloc (gc.h) and
 * referenced from other heap objects only by their base pointer.
 *
 * A type is an lp_type_t: one static struct per built-in type (at the end of
 * runtime/obj_<type>.c, listed once in runtime/types.h), the same struct
 * built at run time for a class statement.  Its slots are C functions the
 * generic operations of runtime/ops.h call; a NULL slot means "not
 * supported" (ops.h raises CPython's TypeError).  The Python-visible
 * attributes (`str.upper`, `list.append`, `int.real`) are in the type's
 * __dict__, filled at start-up from the method and getset tables.
 *
 * Calling convention (CPython's vectorcall): a callable receives the
 * arguments as an array [args] of [nargs] positional values followed by the
 * keyword values; [kwnames] is LP_NULL or a tuple of the keyword names (one
 * per trailing value, not counted in nargs).  A method's args[0] is self.
 *
 * Errors are raised with a non-local exit (runtime/error.h), never returned.
 * Expected misses return LP_NULL (a dict lookup that fails, an exhausted
 * iterator), and the Python-facing wrapper raises.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJECT_H
#define LP_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include "value.h"

/* "No value": a miss, an unset slot, an unbound local.  Never a Python value
 * (value.h: the word 0 is no heap address). */
#define LP_NULL ((lp_value)0)

typedef struct lp_type lp_type_t;

typedef struct lp_object {
    const lp_type_t *type; /* never NULL once the object is built */
} lp_object_t;

/* The object behind the heap value [v] (requires lp_is_ptr). */
static inline lp_object_t *lp_as_object(lp_value v)
{
    return (lp_object_t *)lp_as_ptr(v);
}

/* ==== slot signatures ==== */

/* A native callable: see "Calling convention" above.  May raise. */
typedef lp_value (*lp_native_fn)(lp_value *args, size_t nargs, lp_value kwnames);

typedef lp_value (*lp_unary_fn)(lp_value a);
typedef lp_value (*lp_binary_fn)(lp_value a, lp_value b);

/* The binary operators, numbered as CPython 3.11's BINARY_OP operand
 * (Include/opcode.h NB_*): the in-place form of op is op + LP_NB_INPLACE. */
#define LP_BINOPS(X)                                                                               \
    X(NB_ADD, 0, "+", "__add__", "__radd__", "__iadd__")                                           \
    X(NB_AND, 1, "&", "__and__", "__rand__", "__iand__")                                           \
    X(NB_FLOOR_DIVIDE, 2, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__")                  \
    X(NB_LSHIFT, 3, "<<", "__lshift__", "__rlshift__", "__ilshift__")                              \
    X(NB_MATRIX_MULTIPLY, 4, "@", "__matmul__", "__rmatmul__", "__imatmul__")                      \
    X(NB_MULTIPLY, 5, "*", "__mul__", "__rmul__", "__imul__")                                      \
    X(NB_REMAINDER, 6, "%", "__mod__", "__rmod__", "__imod__")                                     \
    X(NB_OR, 7, "|", "__or__", "__ror__", "__ior__")                                               \
    X(NB_POWER, 8, "**", "__pow__", "__rpow__", "__ipow__")                                        \
    X(NB_RSHIFT, 9, ">>", "__rshift__", "__rrshift__", "__irshift__")                              \
    X(NB_SUBTRACT, 10, "-", "__sub__", "__rsub__", "__isub__")                                     \
    X(NB_TRUE_DIVIDE, 11, "/", "__truediv__", "__rtruediv__", "__itruediv__")                      \
    X(NB_XOR, 12, "^", "__xor__", "__rxor__", "__ixor__")

typedef enum {
#define X(name, num, sym, dunder, rdunder, idunder) LP_##name = num,
    LP_BINOPS(X)
#undef X
    LP_NB_COUNT = 13,
    LP_NB_INPLACE = 13, /* BINARY_OP operand op + 13 is `op=` */
} lp_binop_t;

/* Rich comparisons, numbered as CPython's Py_LT ... Py_GE (COMPARE_OP). */
typedef enum { LP_LT = 0, LP_LE = 1, LP_EQ = 2, LP_NE = 3, LP_GT = 4, LP_GE = 5 } lp_cmpop_t;

/* ==== method tables ==== */

enum {
    LP_METH_STATIC = 1, /* staticmethod: no self in args */
    LP_METH_CLASS = 2,  /* classmethod: args[0] is the type */
};

/* One native method: {"append", list_append, 0, "doc"}; a table ends with a
 * NULL name. */
typedef struct {
    const char *name;
    lp_native_fn fn;
    int flags; /* LP_METH_* */
    const char *doc;
} lp_method_def_t;

/* One native attribute: get is required; set is NULL for read-only ones
 * (and receives LP_NULL as [v] for `del`). */
typedef struct {
    const char *name;
    lp_value (*get)(lp_value self);
    void (*set)(lp_value self, lp_value v);
    const char *doc;
} lp_getset_def_t;

/* ==== types ==== */

enum {
    LP_TPF_BASETYPE = 1 << 0, /* may be subclassed */
    LP_TPF_HEAPTYPE = 1 << 1, /* built by a class statement or type() */
    LP_TPF_READY = 1 << 2,    /* lp_type_ready has run */
    LP_TPF_HAS_DICT = 1 << 3, /* instances carry a __dict__ at dictoffset */
    LP_TPF_CACHEABLE = 1 << 4, /* lp_type_ready has finished: lookups on it may be cached */
    LP_TPF_HAS_DEL = 1 << 5,   /* a class whose MRO defines __del__: instances get a finalizer */
    LP_TPF_CUSTOM_MRO = 1 << 6, /* the MRO came from a metaclass's mro(): never cached */
    LP_TPF_ABSTRACT = 1 << 7,   /* a true __abstractmethods__: object() refuses instances */
    LP_TPF_INT_SUBCLASS = 1 << 8,
    LP_TPF_FLOAT_SUBCLASS = 1 << 9,
    LP_TPF_STR_SUBCLASS = 1 << 10,
    LP_TPF_TUPLE_SUBCLASS = 1 << 11,
    LP_TPF_LIST_SUBCLASS = 1 << 12,
    LP_TPF_DICT_SUBCLASS = 1 << 13,
    LP_TPF_TYPE_SUBCLASS = 1 << 14,
    LP_TPF_EXC_SUBCLASS = 1 << 15, /* BaseException and its subclasses */
};

struct lp_type {
    lp_object_t head;    /* the metaclass; lp_type_ready sets &lp_type_type if NULL */
    const char *name;    /* tp_name: "int", "dict_keys", "builtin_function_or_method" */
    lp_type_t *base;     /* the solid base; NULL only for object */
    size_t size;         /* bytes of an instance (for lp_alloc) */
    size_t dictoffset;   /* offset of the instance __dict__ slot (an lp_value), 0: none */
    unsigned flags;      /* LP_TPF_* */
    lp_value dict;       /* the type's __dict__ (an lp_dict_t), set by lp_type_ready */
    lp_value bases;      /* tuple of direct bases */
    lp_value mro;        /* tuple: the type first, object last */
    lp_value qualname;   /* str; LP_NULL: from name */
    lp_value module;     /* str or LP_NULL ("builtins") */
    lp_value subclasses; /* direct subclasses (classes weakly: lp_type_subclasses), or LP_NULL */
    uint64_t version_tag; /* attribute-cache tag, valid while >= lp_type_valid_from (ops.c) */
    const char *doc;

    /* construction: type(*args) calls new, then init when the result is an
     * instance of the type (CPython's type_call) */
    lp_value (*new)(lp_type_t *type, lp_value *args, size_t nargs, lp_value kwnames);
    void (*init)(lp_value self, lp_value *args, size_t nargs, lp_value kwnames);
    lp_value (*call)(lp_value self, lp_value *args, size_t nargs, lp_value kwnames);

    /* text */
    lp_value (*repr)(lp_value self); /* returns a str */
    lp_value (*str)(lp_value self);  /* NULL: repr */

    /* hashing and comparison */
    int64_t (*hash)(lp_value self); /* NULL: unhashable (TypeError) */
    /* Returns the result of `self op other` or LP_NOTIMPLEMENTED; [self]
     * is always an instance of the type (ops.c calls other's slot with the
     * operands swapped and the operator reflected, as CPython). */
    lp_value (*compare)(lp_value self, lp_value other, lp_cmpop_t op);

    /* attributes: getattr returns LP_NULL on a miss (the caller raises
     * AttributeError); setattr deletes when [v] is LP_NULL */
    lp_value (*getattr)(lp_value self, lp_value name);
    void (*setattr)(lp_value self, lp_value name, lp_value v);
    /* descriptors: descr_get binds [self] found on a type to [obj] (LP_NULL
     * when looked up on the type itself) of type [owner] */
    lp_value (*descr_get)(lp_value self, lp_value obj, lp_value owner);
    void (*descr_set)(lp_value self, lp_value obj, lp_value v); /* v LP_NULL: delete */

    /* iteration: next returns LP_NULL when exhausted */
    lp_value (*iter)(lp_value self);
    lp_value (*next)(lp_value self);

    /* truth and containers */
    int (*truth)(lp_value self);         /* NULL: len, else true */
    int64_t (*len)(lp_value self);       /* NULL: no len() */
    lp_value (*getitem)(lp_value self, lp_value key);
    void (*setitem)(lp_value self, lp_value key, lp_value v); /* v LP_NULL: delete */
    int (*contains)(lp_value self, lp_value x);               /* NULL: iterate */

    /* numbers: binop[op] computes `a op b` for either operand being the
     * instance, returning LP_NOTIMPLEMENTED when it cannot; inplace[op] is
     * tried first for `a op= b` (NULL: fall back to binop) */
    lp_binary_fn binop[LP_NB_COUNT];
    lp_binary_fn inplace[LP_NB_COUNT];
    lp_value (*power3)(lp_value a, lp_value b, lp_value mod); /* pow(a, b, mod) */
    lp_unary_fn neg, pos, abs, invert;
    lp_unary_fn index;    /* __index__: returns an int */
    lp_unary_fn to_int;   /* __int__ */
    lp_unary_fn to_float; /* __float__: returns a float */

    const lp_method_def_t *methods; /* NULL-name terminated, or NULL */
    const lp_getset_def_t *getsets; /* NULL-name terminated, or NULL */
};

/* Instances of classes (LP_TPF_HAS_DICT) start like this. */
typedef struct {
    lp_object_t head;
    lp_value dict; /* lp_dict_t, or LP_NULL until the first attribute is set */
} lp_instance_t;

#endif
