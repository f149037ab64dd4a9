/* obj_type.h -- the type machinery behind `type` and `object`.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_TYPE_H
#define LP_OBJ_TYPE_H

#include "object.h"

/* "__main__.C" for a class defined outside builtins, "int" for built-ins. */
lp_value lp_type_qualified_name(const lp_type_t *t);

/* The C3 linearisation of a new type [t] with the tuple [bases]; TypeError
 * "Cannot create a consistent method resolution order (MRO) ..." */
lp_value lp_type_c3_mro(lp_type_t *t, lp_value bases);

/* type(name, bases, ns) for metaclass [meta]: a new class. */
lp_value lp_type_new_class(lp_type_t *meta, lp_value name, lp_value bases, lp_value ns);
/* The same with the class statement's keywords (values [kwvals] named by the
 * tuple [kwnames], or LP_NULL), passed on to __init_subclass__. */
lp_value lp_type_new_class_kw(lp_type_t *meta, lp_value name, lp_value bases, lp_value ns,
                              lp_value *kwvals, lp_value kwnames);

/* The most derived of [meta] and the metaclasses of [bases] (CPython's
 * _PyType_CalculateMetaclass); TypeError "metaclass conflict: ..." */
lp_type_t *lp_type_calculate_meta(lp_type_t *meta, lp_value bases);

/* TypeError when an item of the tuple [bases] is not a class but has
 * __mro_entries__ (type(name, bases, ns) does not resolve them). */
void lp_type_check_bases_are_types(lp_value bases);

/* Attribute lookup on a type object (CPython's type_getattro); LP_NULL on a
 * miss. */
lp_value lp_type_getattr(lp_value type, lp_value name);

/* Adds `__add__`, `__repr__`, ... wrappers to [t]'s __dict__ for the slots it
 * defines itself (not inherited), unless the method table has them. */
void lp_type_add_slot_wrappers(lp_type_t *t);

/* After `C.name = v` on a class: points the slot that [name] (a dunder)
 * controls at the generic dunder-calling function, or back to the base's. */
void lp_type_update_slot(lp_type_t *t, lp_value name);

/* For BINARY_OP `a op b` (op < LP_NB_INPLACE): the Python function
 * a.__op__ when calling it first is all the dispatch does before a result
 * other than NotImplemented (a's class defines it, and b is of the same
 * class or of one that can neither go first nor define __rop__ the same
 * way); LP_NULL otherwise.  After a NotImplemented from it, finish with
 * lp_binary_op_after_left (runtime/ops.h). */
lp_value lp_binop_left_function(lp_value a, lp_value b, int op);

/* The same for COMPARE_OP `a op b` (op: lp_cmpop_t): a.__op__ when the
 * comparison calls it first; finish a NotImplemented with
 * lp_compare_after_left (runtime/ops.h). */
lp_value lp_compare_left_function(lp_value a, lp_value b, int op);

/* The plain function that classmethod [cm] wraps, or LP_NULL (not a
 * classmethod, or it wraps something else). */
lp_value lp_classmethod_function(lp_value cm);

/* For LOAD_METHOD on super object [self] bound to an instance: when
 * super().name is a plain function or a classmethod of one, stores the
 * function in *meth and what it binds to in *first (no bound method is
 * made) and returns true; false: take the generic path. */
bool lp_super_get_method(lp_value self, lp_value name, lp_value *meth, lp_value *first);

/* A descriptor for the native attribute [def] of instances of [owner]. */
lp_value lp_getset_descr_new(const lp_getset_def_t *def, lp_type_t *owner);

/* The same as a member_descriptor, for the attributes CPython stores as
 * members (complex.real, slice.start): `<member 'real' of 'complex' objects>`;
 * assigning one without a setter says "readonly attribute". */
lp_value lp_member_descr_new(const lp_getset_def_t *def, lp_type_t *owner);

/* Records [sub] as a direct subclass of [base] (type.__subclasses__);
 * classes are held weakly: a class no longer used disappears. */
void lp_type_add_subclass(lp_type_t *base, lp_type_t *sub);

/* Forgets [sub] as a direct subclass of [base] (__bases__ assignment). */
void lp_type_remove_subclass(lp_type_t *base, lp_type_t *sub);

/* The class an item of a type's `subclasses` list names (classes are held
 * weakly), or NULL once it was collected.  Allocates nothing. */
lp_type_t *lp_type_subclass_entry(lp_value item);

/* A new list of the direct subclasses of [t] still alive, oldest first. */
lp_value lp_type_subclasses(const lp_type_t *t);

/* TypeError unless instances of [oldto] could become instances of [newto]
 * (same layout; CPython's compatible_for_assignment); [attr] is
 * "__class__" or "__bases__" for the message. */
void lp_type_check_assignment(const lp_type_t *oldto, const lp_type_t *newto, const char *attr);

/* C.__bases__ = bases, with CPython's checks; recomputes the MRO of [t]
 * and its subclasses and their slots. */
void lp_type_set_bases(lp_type_t *t, lp_value bases);

/* Forgets every cached type attribute lookup (runtime/ops.c): call after
 * a change to a type's MRO or bases.  A change to a type's __dict__ needs
 * no call: the dict drops the lookups of the type and its subclasses
 * itself (lp_type_modified). */
void lp_type_cache_clear(void);

#endif
