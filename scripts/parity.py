#!/usr/bin/env python3
"""parity.py -- compare lemonpy's -m views with CPython's, file by file.

    scripts/parity.py MODE [--jobs N] [--lemonpy PATH] [--max-report N] [FILES or DIRS...]

MODE is a view that lemonpy mirrors byte for byte (DESIGN.md section 2):
`tokenize` or `ast`.  Without FILES, every .py file of the
reference interpreter's standard library is checked (test/ included,
site-packages excluded), in sorted order.

For each file and each variant of the mode (tokenize: plain and -e) the
reference is what `python3 -m MODE [args] FILE` prints: stdout bytes, exit
status and the first line of stderr.  References are produced inside this
one process (python3 may be a slow shim; one process per file would take
minutes) by calling the module's main() with sys.argv, sys.stdout and
sys.stderr replaced, and cached under build/parity/MODE/.  The cache is
keyed by the interpreter's version and each file's mtime and size.

Then build/lemonpy -m MODE [args] FILE runs for every file with --jobs
workers and is compared on the same three things.  A file is identical when
every variant matches.  The last line is `MODE parity: N of M files
identical`; the exit status is 1 unless N == M.

Adding a mode means writing a Mode subclass with its variants and main(),
and listing it in MODES.
"""
import argparse
import concurrent.futures
import hashlib
import io
import json
import multiprocessing
import os
import subprocess
import sys
import sysconfig
import tempfile
import traceback
import zlib

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Bump when the way references are produced changes: old caches are dropped.
CACHE_FORMAT = 2
RUN_TIMEOUT = 120  # seconds for one lemonpy run


# ==== modes =================================================================

class Mode:
    """One view.  variants: (label, extra args before FILE); main(): the
    reference module's command-line entry point, reading sys.argv."""
    name = None
    variants = ()

    def main(self):
        raise NotImplementedError

    def argv(self, args, path):
        """sys.argv for the reference main(), as `python3 -m NAME` sets it."""
        return [self.name] + list(args) + [path]

    def lemonpy_args(self, args, path):
        return ['-m', self.name] + list(args) + [path]

    def err_line(self, stderr):
        """The line of stderr that is compared (a mode whose errors are
        tracebacks, like ast, would take the last one)."""
        return first_line(stderr)


class TokenizeMode(Mode):
    name = 'tokenize'
    variants = (('plain', ()), ('-e', ('-e',)))

    def main(self):
        import tokenize
        tokenize.main()


class AstMode(Mode):
    """`python3 -m ast [-a] FILE`: ast.dump(ast.parse(source,
    type_comments=True), indent=3), and with -a the positions of every node.
    Its errors are tracebacks, so the last line is compared."""
    name = 'ast'
    variants = (('plain', ()), ('-a', ('-a',)))

    def main(self):
        import ast
        ast.main()

    def err_line(self, stderr):
        lines = [l for l in stderr.split(b'\n') if l.strip()]
        return lines[-1].decode('utf-8', 'surrogateescape') if lines else ''


MODES = {m.name: m for m in (TokenizeMode(), AstMode())}


# ==== reference side ========================================================

def run_main_captured(mode, argv):
    """Run mode.main() as `python3 -m` would with [argv]; return
    (stdout bytes, exit status, stderr bytes).  stdout is UTF-8 with "\\n"
    newlines, as the real one is with PYTHONIOENCODING=utf-8."""
    out, err = io.BytesIO(), io.BytesIO()
    tout = io.TextIOWrapper(out, encoding='utf-8', errors='strict', newline='\n')
    terr = io.TextIOWrapper(err, encoding='utf-8', errors='backslashreplace',
                            newline='\n', line_buffering=True)
    saved = sys.argv, sys.stdout, sys.stderr
    sys.argv, sys.stdout, sys.stderr = argv, tout, terr
    status = 0
    try:
        mode.main()
    except SystemExit as e:  # what the interpreter does with it at exit
        if e.code is None:
            status = 0
        elif isinstance(e.code, int):
            status = e.code & 0xff
        else:
            print(e.code, file=terr)
            status = 1
    except BaseException:  # uncaught: traceback on stderr, exit status 1
        traceback.print_exc(file=terr)
        status = 1
    finally:
        sys.argv, sys.stdout, sys.stderr = saved
        tout.flush()
        terr.flush()
    return out.getvalue(), status, err.getvalue()


def first_line(data):
    """First line of a stream's bytes as text (no newline)."""
    return data.split(b'\n', 1)[0].decode('utf-8', 'surrogateescape')


def out_path(cache, path, label):
    h = hashlib.sha1(path.encode('utf-8', 'surrogateescape')).hexdigest()
    return os.path.join(cache, 'out', h[:2], '%s.%s.z' % (h[2:], label.lstrip('-')))


def make_reference(job):
    """Worker: references for one file, all variants.  Stores each stdout
    compressed in the cache; returns (path, entry for the index)."""
    mode_name, cache, path = job
    mode = MODES[mode_name]
    st = os.stat(path)
    results = {}
    for label, args in mode.variants:
        out, status, err = run_main_captured(mode, mode.argv(args, path))
        op = out_path(cache, path, label)
        os.makedirs(os.path.dirname(op), exist_ok=True)
        with open(op, 'wb') as f:
            f.write(zlib.compress(out, 1))
        results[label] = [status, mode.err_line(err), hashlib.sha256(out).hexdigest()]
    return path, {'mtime_ns': st.st_mtime_ns, 'size': st.st_size, 'results': results}


def cache_key():
    return '%s|%s|format %d' % (sys.version, sys.executable, CACHE_FORMAT)


def load_index(cache):
    try:
        with open(os.path.join(cache, 'index.json'), encoding='utf-8') as f:
            index = json.load(f)
        if index.get('key') == cache_key():
            return index
    except (OSError, ValueError):
        pass
    return {'key': cache_key(), 'files': {}}


def save_index(cache, index):
    fd, tmp = tempfile.mkstemp(dir=cache, suffix='.tmp')
    with os.fdopen(fd, 'w', encoding='utf-8') as f:
        json.dump(index, f, ensure_ascii=False)
    os.replace(tmp, os.path.join(cache, 'index.json'))


def up_to_date(entry, path):
    try:
        st = os.stat(path)
    except OSError:
        return False
    return entry and entry['mtime_ns'] == st.st_mtime_ns and entry['size'] == st.st_size


def ensure_references(mode, files, jobs):
    """Fill the cache for [files]; return the index."""
    cache = os.path.join(TOP, 'build', 'parity', mode.name)
    os.makedirs(cache, exist_ok=True)
    index = load_index(cache)
    todo = [p for p in files if not up_to_date(index['files'].get(p), p)]
    if todo:
        print('%s parity: making CPython references for %d files' % (mode.name, len(todo)),
              file=sys.stderr, flush=True)
        jobs_list = [(mode.name, cache, p) for p in todo]
        if jobs > 1 and len(todo) > 1:
            # fork: the workers are this process, not new interpreters
            with multiprocessing.get_context('fork').Pool(jobs) as pool:
                for path, entry in pool.imap_unordered(make_reference, jobs_list, 4):
                    index['files'][path] = entry
        else:
            for job in jobs_list:
                path, entry = make_reference(job)
                index['files'][path] = entry
        save_index(cache, index)
    return cache, index


# ==== lemonpy side ==========================================================

def run_lemonpy(lemonpy, mode, args, path, env):
    """Run one variant; return (stdout, status, stderr first line)."""
    try:
        p = subprocess.run([lemonpy] + mode.lemonpy_args(args, path), stdin=subprocess.DEVNULL,
                           capture_output=True, env=env, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return b'', 'timeout', 'timed out after %d s' % RUN_TIMEOUT
    status = p.returncode if p.returncode >= 0 else 'signal %d' % -p.returncode
    return p.stdout, status, mode.err_line(p.stderr)


def clip(s, n=110):
    return s if len(s) <= n else s[:n] + '...'


def describe(cache, path, label, ref, got):
    """Lines saying briefly how one variant differs."""
    ref_status, ref_err, _ = ref
    out, status, err = got
    lines = []
    if status != ref_status:
        lines.append('exit status: python3 %s, lemonpy %s' % (ref_status, status))
    if err != ref_err:
        lines.append('stderr:')
        lines.append('  python3: ' + clip(repr(ref_err)))
        lines.append('  lemonpy: ' + clip(repr(err)))
    if hashlib.sha256(out).hexdigest() != ref[2]:
        with open(out_path(cache, path, label), 'rb') as f:
            want = zlib.decompress(f.read()).split(b'\n')
        have = out.split(b'\n')
        n = next((i for i, (a, b) in enumerate(zip(want, have)) if a != b), min(len(want), len(have)))
        show = lambda v: clip(repr(v[n].decode('utf-8', 'replace'))) if n < len(v) else '(end of output)'
        lines.append('stdout line %d:' % (n + 1))
        lines.append('  python3: ' + show(want))
        lines.append('  lemonpy: ' + show(have))
    return lines


def compare(mode, files, cache, index, lemonpy, jobs, max_report):
    env = dict(os.environ, PYTHONIOENCODING='utf-8')
    stdlib = sysconfig.get_paths()['stdlib'] + os.sep
    runs = [(p, label, args) for p in files for label, args in mode.variants]

    def check(run):
        path, label, args = run
        got = run_lemonpy(lemonpy, mode, args, path, env)
        ref = index['files'][path]['results'][label]
        same = got[1] == ref[0] and got[2] == ref[1] and hashlib.sha256(got[0]).hexdigest() == ref[2]
        return run, None if same else describe(cache, path, label, ref, got)

    diffs = {}
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        for (path, label, _), lines in ex.map(check, runs):
            if lines:
                diffs.setdefault(path, []).append((label, lines))
    reported = 0
    for path in files:
        if path not in diffs:
            continue
        reported += 1
        if max_report is not None and reported > max_report:
            continue
        name = path[len(stdlib):] if path.startswith(stdlib) else path
        for label, lines in diffs[path]:
            print('differs: %s (%s)' % (name, label))
            for line in lines:
                print('    ' + line)
    if max_report is not None and reported > max_report:
        print('... and %d more differing files' % (reported - max_report))
    return len(files) - len(diffs)


# ==== driver ================================================================

def collect(paths):
    """Absolute paths of the .py files named or found under [paths] (default:
    the reference stdlib without site-packages), sorted."""
    if not paths:
        paths = [sysconfig.get_paths()['stdlib']]
    found = set()
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = [d for d in dirs if d not in ('site-packages', '__pycache__')]
                found.update(os.path.join(root, n) for n in names if n.endswith('.py'))
        elif os.path.isfile(p):
            found.add(p)
        else:
            sys.exit('parity: no such file or folder: %s' % p)
    return sorted(found)


def main():
    ap = argparse.ArgumentParser(prog='scripts/parity',
                                 description='Compare lemonpy -m MODE with python3 -m MODE.')
    ap.add_argument('mode', metavar='MODE', help='one of: ' + ', '.join(MODES))
    ap.add_argument('files', nargs='*', metavar='FILE', help='files or folders (default: the stdlib)')
    ap.add_argument('--jobs', '-j', type=int, default=2, help='parallel workers (default 2)')
    ap.add_argument('--lemonpy', default=os.path.join(TOP, 'build', 'lemonpy'),
                    help='the binary to test (default build/lemonpy)')
    ap.add_argument('--max-report', type=int, default=None,
                    help='print details of at most N differing files')
    ap.add_argument('--no-build', action='store_true', help='(for scripts/parity) do not build')
    opts = ap.parse_intermixed_args()
    if opts.mode not in MODES:
        ap.error('unknown mode %r (known: %s)' % (opts.mode, ', '.join(MODES)))
    mode = MODES[opts.mode]
    jobs = max(1, opts.jobs)
    files = collect(opts.files)
    if not os.access(opts.lemonpy, os.X_OK):
        sys.exit('parity: %s is not an executable (build first)' % opts.lemonpy)
    cache, index = ensure_references(mode, files, jobs)
    same = compare(mode, files, cache, index, opts.lemonpy, jobs, opts.max_report)
    print('%s parity: %d of %d files identical' % (mode.name, same, len(files)))
    return 0 if same == len(files) else 1


if __name__ == '__main__':
    sys.exit(main())
