/* vm_ops.h -- the slow paths of the eval loop's instructions (vm_ops.c).
 *
 * Each function here is the body of an instruction, or its uncommon case,
 * moved out of src/vm.c so that the loop's cases stay short.  All of them
 * may raise, with CPython 3.11's messages.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_VM_OPS_H
#define LP_VM_OPS_H

#include <stdbool.h>
#include <stdint.h>

#include "frame.h"
#include "object.h"

/* ==== names ==== */

lp_value lp_vmop_load_name(lp_frame_t *f, lp_value name);
void lp_vmop_store_name(lp_frame_t *f, lp_value name, lp_value v);
void lp_vmop_delete_name(lp_frame_t *f, lp_value name);
/* A global (then builtin) or NameError. */
lp_value lp_vmop_load_global(lp_frame_t *f, lp_value name);
void lp_vmop_delete_global(lp_frame_t *f, lp_value name);
lp_value lp_vmop_load_classderef(lp_frame_t *f, int idx);
_Noreturn void lp_vmop_unbound_local(lp_code_t *code, int idx);
_Noreturn void lp_vmop_unbound_deref(lp_code_t *code, int idx);

/* ==== building ==== */

lp_value lp_vmop_build_map(lp_value *items, int n);
lp_value lp_vmop_build_const_key_map(lp_value *values, lp_value keys);
lp_value lp_vmop_build_string(lp_value *items, int n);
lp_value lp_vmop_build_set(lp_value *items, int n);
void lp_vmop_list_extend(lp_value list, lp_value iterable);
void lp_vmop_dict_update(lp_value dict, lp_value update);
/* f(**update) merging into [dict]; [func] names the callee in errors */
void lp_vmop_dict_merge(lp_value dict, lp_value update, lp_value func);
lp_value lp_vmop_format_value(lp_value v, int flags, lp_value spec);
/* Stores the [n] items of [seq] at out[n-1] ... out[0] (item 0 on top). */
void lp_vmop_unpack(lp_value seq, int n, lp_value *out);
void lp_vmop_unpack_ex(lp_value seq, int before, int after, lp_value *out);

/* ==== functions and calls ==== */

/* MAKE_FUNCTION: [vals] are the optional values below the code object, in
 * stack order, as [flags] (LP_MKFN_*) says. */
lp_value lp_vmop_make_function(lp_frame_t *f, lp_value code, int flags, lp_value *vals);
/* f(*args, **kwargs) as an argument array: [argv], [nargs] and [kwnames]
 * receive it (argv is collected memory). */
void lp_vmop_call_ex_args(lp_value func, lp_value args, lp_value kwargs, lp_value **argv,
                          size_t *nargs, lp_value *kwnames);
/* "__main__.f()" or "len()": how CPython names a callable in errors. */
lp_value lp_vmop_function_str(lp_value func);
lp_value lp_vmop_load_build_class(lp_frame_t *f);
void lp_vmop_setup_annotations(lp_frame_t *f);

/* ==== exceptions ==== */

/* The exception instance `raise v` raises (classes are instantiated). */
lp_value lp_vmop_exc_instance(lp_value v);
/* `raise exc from cause`: sets __cause__ and __suppress_context__. */
void lp_vmop_set_cause(lp_value exc, lp_value cause);
/* Implicit chaining: exc.__context__ = handled (breaking cycles). */
void lp_vmop_chain(lp_value exc, lp_value handled);
bool lp_vmop_exc_match(lp_value exc, lp_value type);
/* BEFORE_WITH: returns __enter__'s result, *exit gets the bound __exit__. */
lp_value lp_vmop_before_with(lp_value mgr, lp_value *exit);
lp_value lp_vmop_with_except_start(lp_value exit, lp_value exc);
void lp_vmop_check_eg_match(lp_value *sp);
lp_value lp_vmop_prep_reraise_star(lp_value orig, lp_value list);

/* ==== generators ==== */

/* SEND: returns the next value to yield, or LP_NULL with *ret set when the
 * sub-iterator is done. */
lp_value lp_vmop_send(lp_value iter, lp_value v, lp_value *ret);
lp_value lp_vmop_get_yield_from_iter(lp_value v);
lp_value lp_vmop_get_awaitable(lp_value v, int where);
lp_value lp_vmop_get_aiter(lp_value v);
lp_value lp_vmop_get_anext(lp_value aiter);
/* BEFORE_ASYNC_WITH: returns __aenter__()'s awaitable, *exit the bound __aexit__. */
lp_value lp_vmop_before_async_with(lp_value mgr, lp_value *exit);

/* ==== pattern matching ==== */

bool lp_vmop_match_mapping(lp_value v);
bool lp_vmop_match_sequence(lp_value v);
lp_value lp_vmop_match_keys(lp_value subject, lp_value keys);
lp_value lp_vmop_match_class(lp_value subject, lp_value cls, int nargs, lp_value names);

/* ==== modules ==== */

lp_value lp_vmop_import_name(lp_frame_t *f, lp_value name, lp_value fromlist, lp_value level);
lp_value lp_vmop_import_from(lp_value module, lp_value name);
void lp_vmop_import_star(lp_frame_t *f, lp_value module);
void lp_vmop_print_expr(lp_frame_t *f, lp_value v);

#endif
