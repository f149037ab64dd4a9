/* names.h -- interned identifiers the runtime looks up by name, listed once.
 *
 * LP_NAME(__init__) is the interned str "__init__", made at start-up by
 * lp_names_init (runtime/names.c).  Add a line here rather than interning
 * a C string on a hot path.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_NAMES_H
#define LP_NAMES_H

#include "object.h"

#define LP_NAMES(X)                                                                                \
    X(__abs__) X(__add__) X(__all__) X(__and__) X(__annotations__) X(__bool__)                     \
    X(__build_class__) X(__builtins__) X(__call__) X(__cause__) X(__class__)                       \
    X(__class_getitem__) X(__classcell__) X(__complex__) X(__contains__) X(__context__)            \
    X(__del__) X(__delattr__) X(__delete__) X(__delitem__) X(__dict__) X(__dir__) X(__doc__)       \
    X(__enter__) X(__eq__) X(__exit__) X(__file__) X(__float__) X(__floor__) X(__format__)         \
    X(__ge__) X(__get__) X(__getattr__) X(__getattribute__) X(__getitem__) X(__gt__)               \
    X(__hash__) X(__iadd__) X(__import__) X(__index__) X(__init__) X(__init_subclass__)            \
    X(__instancecheck__) X(__int__) X(__invert__) X(__iter__) X(__le__) X(__len__)                 \
    X(__length_hint__) X(__loader__) X(__lt__) X(__main__) X(__match_args__) X(__missing__)        \
    X(__module__) X(__mro__) X(__name__) X(__ne__) X(__neg__) X(__new__) X(__next__)               \
    X(__package__) X(__pos__) X(__prepare__) X(__qualname__) X(__repr__) X(__reversed__)           \
    X(__round__) X(__set__) X(__set_name__) X(__setattr__) X(__setitem__) X(__slots__)             \
    X(__spec__) X(__str__) X(__subclasscheck__) X(__suppress_context__) X(__traceback__)           \
    X(__trunc__) X(__weakref__) X(args) X(builtins) X(close) X(code) X(decode) X(encode)           \
    X(end_lineno) X(end_offset) X(filename) X(flush) X(items) X(keys) X(lineno) X(metaclass)       \
    X(msg) X(name) X(obj) X(offset) X(path) X(print_file_and_line) X(send) X(stderr) X(stdin)      \
    X(stdout) X(text) X(throw) X(value) X(values) X(write)

enum {
#define X(n) LP_N_##n,
    LP_NAMES(X)
#undef X
    LP_N_COUNT
};

extern lp_value lp_names[LP_N_COUNT];

#define LP_NAME(n) (lp_names[LP_N_##n])

/* Interns every name; called by lp_types_init. */
void lp_names_init(void);

#endif
