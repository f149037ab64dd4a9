/* obj_mappingproxy.h -- types.MappingProxyType: a read-only view of a mapping.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_OBJ_MAPPINGPROXY_H
#define LP_OBJ_MAPPINGPROXY_H

#include "object.h"

/* The type object (not in types.h's list: ready it before exposing it). */
extern lp_type_t lp_type_mappingproxy;

/* mappingproxy([mapping]), the read-only view of a dict's keys view's
 * `mapping` or of a type's __dict__.  Raises TypeError "mappingproxy()
 * argument must be a mapping, not list" for sequences and non-mappings. */
lp_value lp_mappingproxy_new(lp_value mapping);

#endif
