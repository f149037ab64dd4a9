/* pycache.h -- the bytecode cache: __pycache__/NAME.lemonpy-311.pyc files.
 *
 * The rules are CPython 3.11's importlib (SourceLoader.get_code,
 * _classify_pyc, _validate_*_pyc, _write_atomic, cache_from_source); the
 * file is CPython's 16-byte header (lemonpy's magic number, flags, then
 * mtime and size or the SipHash-1-3 source hash) followed by the code
 * object in lemonpy's marshal format (marshal.h, docs/marshal.md).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_PYCACHE_H
#define LP_PYCACHE_H

#include <stddef.h>
#include <stdint.h>

#include "object.h"

/* The 4 magic bytes that start every lemonpy .pyc: a 16-bit number, little
 * endian, then "\r\n".  tests/unit/test_marshal.c fails when the
 * instruction set (lp_opcodes_hash) or the marshal format changes without
 * the number changing. */
extern const uint8_t lp_pyc_magic[4];

/* One magic number with what it covers: the instruction set's hash
 * (lp_opcodes_hash) and LP_MARSHAL_VERSION.  lp_pyc_magic_history (in
 * pycache.c, THE record) lists every number ever used, the current last. */
typedef struct {
    uint16_t magic;
    uint64_t opcodes_hash;
    int marshal_version;
} lp_pyc_magic_record_t;

extern const lp_pyc_magic_record_t lp_pyc_magic_history[];
extern const size_t lp_pyc_magic_history_len;

/* How a .pyc is validated (PEP 552; py_compile.PycInvalidationMode). */
typedef enum { LP_PYC_TIMESTAMP, LP_PYC_CHECKED_HASH, LP_PYC_UNCHECKED_HASH } lp_pyc_mode_t;

/* --check-hash-based-pycs: "default", "always" or "never". */
extern const char *lp_check_hash_based_pycs;

/* importlib.util.cache_from_source(path) for the current settings
 * (sys.implementation.cache_tag, sys.pycache_prefix); LP_NULL when
 * cache_tag is None.  A str. */
lp_value lp_pyc_cache_from_source(lp_value path);

/* importlib.util.source_from_cache(path); raises ValueError as CPython. */
lp_value lp_pyc_source_from_cache(lp_value path);

/* importlib.util.source_hash: SipHash-1-3 of [n] bytes keyed with the magic
 * number, as CPython 3.11's _imp.source_hash; 8 bytes little endian. */
void lp_pyc_source_hash(const uint8_t *src, size_t n, uint8_t out[8]);

/* The code object of the module whose source is [path] (a str), as
 * SourceLoader.get_code: a valid cache file is read, else the source is
 * compiled and, unless sys.dont_write_bytecode, the cache written
 * atomically.  [fullname] names the module in -v messages.  Raises
 * SyntaxError, OSError, or the marshal error of a cache file whose header
 * matches but whose body is corrupt. */
lp_value lp_pyc_get_code(lp_value path, lp_value fullname);

/* The code object of a source-less module from the .pyc [path]
 * (SourcelessFileLoader: only the header's magic and flags are checked). */
lp_value lp_pyc_get_code_sourceless(lp_value path, lp_value fullname);

/* py_compile.compile: compiles the source [path] and writes [cfile] in
 * [mode] (always, whatever dont_write_bytecode says).  Raises SyntaxError
 * or OSError. */
void lp_pyc_compile_file(lp_value path, lp_value cfile, lp_pyc_mode_t mode);

/* lp_pyc_compile_file with [dfile] (LP_NULL: [path]) as the code's
 * co_filename, as py_compile.compile(dfile=...). */
void lp_pyc_compile_file_as(lp_value path, lp_value cfile, lp_value dfile, lp_pyc_mode_t mode);

/* py_compile.compile with its other arguments: [dfile] (LP_NULL: [path])
 * is the file name compiled into the code (co_filename) and shown in a
 * SyntaxError; [optimize] is the optimization level (-1: the
 * interpreter's; lemonpy's compiler has no optimizations yet, so every
 * level gives the same code; a level below -1 or above 2 is compile()'s
 * ValueError).  First, as CPython, a [cfile] that is a symlink or exists
 * and is not a regular file is a FileExistsError. */
void lp_pyc_compile_file_ex(lp_value path, lp_value cfile, lp_value dfile, int optimize,
                            lp_pyc_mode_t mode);

#endif
