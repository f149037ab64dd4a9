/* vm_attr.h -- LOAD_ATTR, LOAD_METHOD and STORE_ATTR with a per-site cache
 * of the type lookup (vm_attr.c).  [cu] is the instruction's two cache
 * units.  Same results and errors as lp_getattr, lp_get_method and
 * lp_setattr (runtime/ops.h); all may raise.  lp_vmattr_method returns
 * true with the function in *meth and its first argument in *self (obj,
 * or the class for a classmethod) when the call needs no bound method;
 * false with obj.name in *meth otherwise.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_VM_ATTR_H
#define LP_VM_ATTR_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

lp_value lp_vmattr_load(uint16_t *cu, lp_value obj, lp_value name);
bool lp_vmattr_method(uint16_t *cu, lp_value obj, lp_value name, lp_value *meth, lp_value *self);
void lp_vmattr_store(uint16_t *cu, lp_value obj, lp_value name, lp_value v);

#endif
