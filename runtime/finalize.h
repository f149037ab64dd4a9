/* finalize.h -- __del__, generators closed on drop, and finalization at exit.
 *
 * The Python side of the collector's finalizers (runtime/gc.h): an instance
 * of a class with __del__ (LP_TPF_HAS_DEL) and a generator whose code has
 * try/with blocks get the one dispatcher of this file when they are made.
 * The collector queues them when they become unreachable; the VM runs them
 * at its next safe point (src/vm.c), gc.collect() at once.  Each object is
 * finalized once (PEP 442: resurrection is allowed, __del__ is not called
 * again); an exception in __del__ is reported as CPython's "Exception
 * ignored in: ..." on stderr and execution goes on.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_FINALIZE_H
#define LP_FINALIZE_H

#include <stdbool.h>
#include <stddef.h>

#include "object.h"

/* Gives [obj] (an instance of a class with __del__, or a generator) the
 * finalizer dispatcher; registering it twice is harmless. */
void lp_finalize_track(lp_value obj);

/* Gives [obj] the dispatcher for the callbacks of weak references to it
 * (runtime/mod_weakref.c); it also runs __del__ if it has one. */
void lp_finalize_track_weak(lp_value obj);

/* Runs the finalizers the collector has queued; returns how many ran. */
size_t lp_finalize_pending(void);

/* gc.collect(): clears dead VM slots, collects, then runs the finalizers
 * queued (twice, so that objects kept alive only by finalized ones go
 * too); returns the number of objects finalized. */
size_t lp_finalize_collect(void);

/* Interpreter exit (after the program's output and its uncaught exception
 * are reported): collects, then finalizes the objects still alive, the
 * values of [main_globals] (a dict, or LP_NULL) first in the dict's order,
 * then the others oldest first -- as CPython's shutdown calls their __del__. */
void lp_finalize_at_exit(lp_value main_globals);

/* ==== prompt finalization ====
 *
 * CPython runs __del__ (and closes a generator) the moment the last
 * reference goes.  lemonpy emulates the common cases: when the VM drops a
 * finalizable object from a variable -- `del x`, rebinding a global or
 * module-level name, a function's own locals at its return -- it collects
 * at once (lp_finalize_dropped), so that __del__ runs at the same place in
 * the output.  Each kind of drop backs off exponentially while its
 * collections find nothing, and all of them stop when they have cost more
 * than a budget tied to the program's own allocation. */

enum { LP_DROP_DEL, LP_DROP_STORE, LP_DROP_RETURN, LP_DROP_KINDS };

/* Objects with a finalizer made and not yet finalized: while 0, the VM
 * checks nothing. */
extern size_t lp_finalize_live;

/* True when [v] is an object whose drop is worth a collection: an instance
 * of a class with __del__, or a suspended generator with try/with. */
bool lp_finalize_droppable(lp_value v);

/* A droppable object of kind [kind] (LP_DROP_*) was dropped: collects and
 * runs the finalizers now, unless backing off.  The caller has cleared its
 * own references (the VM's dead slots are cleared here). */
void lp_finalize_dropped(int kind);

/* Reports exception [exc] that could not be raised, as CPython's default
 * sys.unraisablehook: "Exception ignored in: " + repr([obj]) and the
 * traceback, on sys.stderr.  Never raises. */
void lp_write_unraisable(lp_value exc, lp_value obj);

#endif
