/* warn.h -- the warnings the runtime itself issues (DeprecationWarning for
 * a __index__ returning an int subclass, ...), shown as CPython 3.11's
 * warnings module shows them under its default filters.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_WARN_H
#define LP_WARN_H

#include "object.h"

/* Issues a warning of [category] with the printf-style message [fmt]
 * (lp_str_format_c's conversions), attributed to the Python line running.
 * As CPython's default filters: DeprecationWarning is shown only for code
 * of __main__, PendingDeprecationWarning, ImportWarning and
 * ResourceWarning never, anything else once per module, line and text;
 * shown as "file:line: Category: message" and the source line on
 * sys.stderr.  Never raises. */
void lp_warn(lp_type_t *category, const char *fmt, ...);

#endif
