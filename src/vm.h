/* vm.h -- the virtual machine: running code objects and Python functions.
 *
 * The eval loop (vm.c) runs frames (runtime/frame.h) on its own frame
 * stack: a Python-to-Python call pushes a frame and continues in the same
 * C loop.  Calls from C into Python (lp_call on a function, a generator's
 * send) enter the loop again; that nesting is bounded by the recursion
 * limit, which counts Python frames and guarded C recursion together, and
 * by a check of the C stack itself.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_VM_H
#define LP_VM_H

#include <stdbool.h>
#include <stddef.h>

#include "frame.h"
#include "object.h"

/* Runs module code [code] with [globals] (a dict) as globals and locals;
 * returns the value of the code (None).  Raises what the code raises. */
lp_value lp_vm_run_module(lp_value code, lp_value globals);

/* Runs [code] with [globals] and the namespace [locals] (any mapping; a
 * dict is fastest), as exec() and class bodies do.  Raises. */
lp_value lp_vm_run_code(lp_value code, lp_value globals, lp_value locals);

/* Calls the Python function [func] with the vectorcall arguments (object.h);
 * the function type's call slot.  Raises. */
lp_value lp_vm_call_function(lp_value func, lp_value *args, size_t nargs, lp_value kwnames);

/* Calls the function [func] (a class body) with no arguments and [locals]
 * as the namespace of its LOAD_NAME/STORE_NAME; returns its result. */
lp_value lp_vm_call_with_locals(lp_value func, lp_value locals);

/* Resumes the suspended heap frame [f] of a generator: pushes [sent] (or,
 * when [exc] is not LP_NULL, raises exc at the yield) and runs it until it
 * yields (returns the value) or returns (returns the value; the frame's
 * generator state says which).  Raises what the frame raises. */
lp_value lp_vm_resume(lp_frame_t *f, lp_value sent, lp_value exc);

/* ==== recursion ==== */

int lp_vm_get_recursion_limit(void);
/* sys.setrecursionlimit: ValueError/RecursionError as CPython for bad values. */
void lp_vm_set_recursion_limit(int64_t limit);

/* Guards one level of C recursion that may run Python code or recurse on
 * nested data (repr of a list in a list ...).  Raises RecursionError
 * "maximum recursion depth exceeded[where]" past the limit, [where] being
 * e.g. " while getting the repr of an object" (or ""). */
void lp_recursion_enter(const char *where);
void lp_recursion_leave(void);

/* The current depth (Python frames + guarded C levels), and restoring it:
 * a protected call that catches an exception raised inside
 * lp_recursion_enter/leave pairs restores the depth it saw before
 * (error.c's lp_pcall should), else the levels it skipped stay counted
 * until the Python frame around returns. */
int lp_vm_recursion_depth(void);
void lp_vm_restore_recursion_depth(int depth);

/* ==== exceptions ==== */

/* The exception being handled (sys.exc_info()[1]), or LP_NULL. */
lp_value lp_vm_handled_exception(void);

/* Makes [exc] the exception being handled at the current level (except*). */
void lp_vm_set_handled_exception(lp_value exc);

/* Raises [exc] on to the caller as an exception already chained and
 * traced (no implicit __context__ is set where it lands). */
_Noreturn void lp_vm_raise_passed(lp_value exc);

/* The frame executing now, or NULL (sys._getframe, globals(), locals()). */
lp_frame_t *lp_vm_current_frame(void);

/* The locals of frame [f] as a dict (locals()): the namespace for module
 * and class code, a fresh snapshot of the fast locals and cells otherwise. */
lp_value lp_vm_frame_locals(lp_frame_t *f);

/* The builtins namespace (a dict) for code run with [globals]. */
lp_value lp_vm_builtins_for(lp_value globals);

/* Installs the SIGINT handler (KeyboardInterrupt at the next backward jump
 * or call); main calls it once. */
void lp_vm_install_sigint(void);

/* Clears the frame stack above the innermost frame, so that stale values
 * there keep nothing alive (gc.collect()). */
void lp_vm_clear_dead_slots(void);

/* Instruction tracing to stderr: one line per instruction while true, in
 * builds compiled with -DLP_DEBUG_TRACE_EXEC (the check is compiled out of
 * the loop otherwise); main may set it for -X trace. */
extern bool lp_vm_trace;

#endif
