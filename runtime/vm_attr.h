/* vm_attr.h -- LOAD_ATTR, LOAD_METHOD and STORE_ATTR with a per-site cache
 * of the type lookup (vm_attr.c).  [cu] is the instruction's two cache
 * units.  Same results and errors as lp_getattr, lp_get_method and
 * lp_setattr (runtime/ops.h); all may raise.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_VM_ATTR_H
#define LP_VM_ATTR_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

lp_value lp_vmattr_load(uint16_t *cu, lp_value obj, lp_value name);
bool lp_vmattr_method(uint16_t *cu, lp_value obj, lp_value name, lp_value *meth);
void lp_vmattr_store(uint16_t *cu, lp_value obj, lp_value name, lp_value v);

#endif
