#!/usr/bin/env python3
"""run_cache_tests.py -- scenario tests of the bytecode cache (__pycache__),
lemonpy against python3.

    scripts/run_cache_tests.py [--lemonpy PATH] [--python PATH] [--jobs N]
                               [--keep] [--show] [--fresh] [--self-check]
                               [-v] [NAMES...]

A scenario (tests/cache/*.py; docs/testing.md) is a tree of files and a
list of steps: runs of the interpreter (`run('-v', 'main.py')`), changes to
the tree (touch or rewrite a source, truncate or patch a .pyc, chmod, ...)
and runs of several processes at once.  The runner builds the tree twice in
a fresh temporary folder, once for python3 and once for lemonpy, runs the
same steps on each, and after every run records an observation:

  * the exit status and stdout (exactly);
  * the last line of stderr that is not a -v line (an error's
    `Type: message`; only `Type` when the step says err='type', for errors
    whose message depends on the marshal format; all of stderr when it
    says err='all'); under -v only when the run failed, as -v also brings
    a banner and site's messages;
  * with -v (or -vv) among the arguments, the -v lines that concern the
    scenario's own files: lines with the tree's path or quoting one of the
    scenario's modules ('mod'), but not -vv's `# trying` lines (CPython's
    own start-up imports and exit clean-up are left out);
  * the tree: every file and folder with its mode; for each .pyc its
    structure: length, whether the magic number is the interpreter's own,
    the flags, whether mtime and size (or the SipHash-1-3 hash keyed with
    the interpreter's magic) are those of its source, whether there is a
    body, and whether the file is new, rewritten or untouched since the
    last run.  Bytes are never compared: lemonpy's magic number and
    marshal format differ from CPython's on purpose.

Before comparing, python3's cache tag (cpython-311) becomes lemonpy-311 and
each tree's absolute path `<tree>`; `0x...` addresses become `0x?`.  A
scenario passes when every observation of lemonpy equals python3's.

python3's observations are recorded in build/cache-tests/, keyed by what
they depend on (reference_key); after the first run only lemonpy runs
unless --fresh is given.  --show prints python3's observations, --keep
keeps the trees, --self-check runs python3 against itself (a new
scenario must be deterministic).

Runs get a clean environment: every PYTHON* variable of the caller is
dropped (this machine sets PYTHONDONTWRITEBYTECODE globally), then
PYTHONIOENCODING=utf-8 and PYTHONHASHSEED=0 are set, plus what the step
asks for; the umask is 022 unless the step sets one.  Nothing is written
into the repository.

Scenarios known to fail are listed, with the reason, in
tests/cache/expected_failures.txt (the one place): they run, are shown as
`xfail` and counted neither way; one that passes is a failure, so the list
stays true.  The last line is `cache tests: N passed, M failed`; the exit
status is 1 on any failure.
"""
import argparse
import concurrent.futures
import glob
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(TOP, 'tests', 'cache')
XFAIL_FILE = os.path.join(CASES, 'expected_failures.txt')
REFS = os.path.join(TOP, 'build', 'cache-tests')     # python3's recorded observations
TAG = 'lemonpy-311'          # the cache tag lemonpy must use
TIMEOUT = 30                 # seconds per run
HEADER = 16                  # bytes of a .pyc header (PEP 552)
# Every file of a tree starts with this mtime (2020-09-13), so that both
# interpreters' trees record the same times and no scenario depends on the
# clock (a change within the same second as the first run would go unseen).
BASE_MTIME = 1600000000
# Without DAC override, root is refused like any user by a folder's mode
# (see tests/cache/readonly.py).
NO_DAC = ['setpriv', '--bounding-set=-dac_override,-dac_read_search,-fowner', '--']


class ScenarioError(Exception):
    """A scenario that cannot be run as written (not a lemonpy failure)."""


# ==== SipHash-1-3, as CPython 3.11's importlib.util.source_hash ====

MASK = (1 << 64) - 1


def _rotl(x, b):
    return ((x << b) | (x >> (64 - b))) & MASK


def siphash13(k0, k1, data):
    """SipHash-1-3 of [data] with the key (k0, k1): 8 bytes, little endian."""
    v = [k0 ^ 0x736f6d6570736575, k1 ^ 0x646f72616e646f6d,
         k0 ^ 0x6c7967656e657261, k1 ^ 0x7465646279746573]

    def sipround():
        v[0] = (v[0] + v[1]) & MASK; v[1] = _rotl(v[1], 13) ^ v[0]; v[0] = _rotl(v[0], 32)
        v[2] = (v[2] + v[3]) & MASK; v[3] = _rotl(v[3], 16) ^ v[2]
        v[0] = (v[0] + v[3]) & MASK; v[3] = _rotl(v[3], 21) ^ v[0]
        v[2] = (v[2] + v[1]) & MASK; v[1] = _rotl(v[1], 17) ^ v[2]; v[2] = _rotl(v[2], 32)

    n = len(data)
    whole = n - n % 8
    for i in range(0, whole, 8):
        m, = struct.unpack_from('<Q', data, i)
        v[3] ^= m; sipround(); v[0] ^= m
    m, = struct.unpack('<Q', data[whole:] + bytes(7 - n % 8) + bytes([n & 0xff]))
    v[3] ^= m; sipround(); v[0] ^= m
    v[2] ^= 0xff
    for _ in range(3):
        sipround()
    return struct.pack('<Q', v[0] ^ v[1] ^ v[2] ^ v[3])


def source_hash(magic, data):
    """importlib.util.source_hash for an interpreter whose magic is [magic]."""
    return siphash13(struct.unpack('<I', magic)[0], 0, data)


# ==== the interpreters ====

class Interp:
    """One interpreter under test: its command, cache tag and magic number."""

    def __init__(self, name, exe, reference):
        self.name, self.exe, self.reference = name, exe, reference
        self.tag = None
        self.magic = None
        self.version = None

    def probe(self):
        """Learns the cache tag (sys.implementation.cache_tag) and the magic
        number: the first 4 bytes of the .pyc this interpreter writes for a
        fresh module.  Raises ScenarioError when it cannot."""
        tmp = tempfile.mkdtemp(prefix='lp-cache-probe-')
        try:
            with open(os.path.join(tmp, 'probe_mod.py'), 'w') as f:
                f.write('X = 1\n')
            code = 'import sys, probe_mod; print(sys.implementation.cache_tag); print(sys.version)'
            p = subprocess.run([self.exe, '-c', code], cwd=tmp, env=clean_env(),
                               capture_output=True, timeout=TIMEOUT)
            if p.returncode != 0:
                raise ScenarioError('%s cannot import a module: %s' % (
                    self.name, last_line(p.stderr.decode('utf-8', 'replace'))))
            self.tag, _, self.version = p.stdout.decode().strip().partition('\n')
            pyc = os.path.join(tmp, '__pycache__', 'probe_mod.%s.pyc' % self.tag)
            if os.path.isfile(pyc):
                with open(pyc, 'rb') as f:
                    self.magic = f.read(4)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise ScenarioError('%s cannot run: %s' % (self.name, e))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def clean_env(extra=None, unset=()):
    """The environment of a run: no PYTHON* variable of ours, then [extra]."""
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env.update(PYTHONIOENCODING='utf-8', PYTHONHASHSEED='0')
    env.update(extra or {})
    for k in unset:
        env.pop(k, None)
    return env


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ''


# ==== the steps a scenario is made of ====

class Step:
    """One step; apply(ctx) changes the tree or returns an observation."""
    observes = False

    def describe(self):
        return self.__class__.__name__


class run(Step):
    """Runs the interpreter with [args] in the tree's folder.  Options:
    env={...} (added), unset=(names), umask=0o..., stdin=text,
    err='line' (default), 'type' (compare only the exception type) or
    'all' (the whole of stderr, for messages such as argparse's usage),
    no_dac=True (run without the power to ignore file modes: as root,
    through setpriv without the DAC capabilities; see readonly.py)."""
    observes = True

    def __init__(self, *args, env=None, unset=(), umask=None, stdin=None, err='line',
                 no_dac=False):
        self.args, self.env, self.unset = list(args), dict(env or {}), tuple(unset)
        self.umask, self.stdin, self.err, self.no_dac = umask, stdin, err, no_dac

    def describe(self):
        parts = ['%s=%s' % kv for kv in sorted(self.env.items())]
        parts += ['INTERP'] + self.args
        if self.umask is not None:
            parts.insert(0, 'umask %03o;' % self.umask)
        return 'run ' + ' '.join(parts) + (' (without DAC override)' if self.no_dac else '')

    def command(self, ctx):
        argv = [ctx.interp.exe] + [ctx.subst(a) for a in self.args]
        if self.no_dac and os.geteuid() == 0:
            if not shutil.which('setpriv'):
                raise ScenarioError('running as root and setpriv is missing: '
                                    'cannot take away the power to ignore file modes')
            argv = NO_DAC + argv
        env = clean_env({k: ctx.subst(v) for k, v in self.env.items()}, self.unset)
        umask = self.umask if self.umask is not None else 0o022
        return argv, env, (lambda: os.umask(umask))

    def start(self, ctx):
        argv, env, pre = self.command(ctx)
        return subprocess.Popen(argv, cwd=ctx.root, env=env, preexec_fn=pre,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)

    def finish(self, ctx, proc):
        try:
            out, err = proc.communicate((self.stdin or '').encode(), timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            return {'status': 'timeout after %d s' % TIMEOUT}
        return ctx.outcome(self, proc.returncode, out, err)

    def apply(self, ctx):
        obs = self.finish(ctx, self.start(ctx))
        obs['tree'] = ctx.snapshot()
        return obs


class parallel(run):
    """Starts [n] runs of [args] at once and waits for all: their outcomes
    (each distinct one with its count), then the tree."""

    def __init__(self, n, *args, **kw):
        super().__init__(*args, **kw)
        self.n = n

    def describe(self):
        return '%d at once: %s' % (self.n, super().describe())

    def apply(self, ctx):
        procs = [self.start(ctx) for _ in range(self.n)]
        outcomes = [self.finish(ctx, p) for p in procs]
        distinct = []
        for o in outcomes:
            for d in distinct:
                if d[1] == o:
                    d[0] += 1
                    break
            else:
                distinct.append([1, o])
        return {'outcomes': ['%d x %r' % (n, o) for n, o in distinct], 'tree': ctx.snapshot()}


class write(Step):
    """Writes [text] to [path] (made if new).  The new mtime is the old one
    (BASE_MTIME for a new file) plus [seconds] (default 10, so that a change
    is never hidden in the same second); seconds=0 keeps the old mtime."""

    def __init__(self, path, text, seconds=10):
        self.path, self.text, self.seconds = path, text, seconds

    def describe(self):
        return 'write %s (%d bytes, mtime %+d s)' % (self.path, len(self.text), self.seconds)

    def apply(self, ctx):
        p = ctx.path(self.path)
        old = os.stat(p).st_mtime_ns if os.path.exists(p) else BASE_MTIME * 10 ** 9
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as f:
            f.write(self.text.encode() if isinstance(self.text, str) else self.text)
        t = old + self.seconds * 10 ** 9
        os.utime(p, ns=(t, t))


class touch(Step):
    """Moves the mtime of [path] by [seconds] (content unchanged)."""

    def __init__(self, path, seconds=10):
        self.path, self.seconds = path, seconds

    def describe(self):
        return 'touch %s (mtime %+d s)' % (self.path, self.seconds)

    def apply(self, ctx):
        p = ctx.path(self.path)
        t = os.stat(p).st_mtime_ns + round(self.seconds * 10 ** 9)
        os.utime(p, ns=(t, t))


class set_mtime(Step):
    """Sets the mtime of [path] to [seconds] since the epoch (a float; may
    be negative or beyond 2106, where a .pyc keeps it modulo 2**32)."""

    def __init__(self, path, seconds):
        self.path, self.seconds = path, seconds

    def describe(self):
        return 'set the mtime of %s to %r' % (self.path, self.seconds)

    def apply(self, ctx):
        t = round(self.seconds * 10 ** 9)
        os.utime(ctx.path(self.path), ns=(t, t))


class truncate(Step):
    """Cuts [path] to [size] bytes; a negative size counts from the end."""

    def __init__(self, path, size):
        self.path, self.size = path, size

    def describe(self):
        return 'truncate %s to %d bytes' % (self.path, self.size)

    def apply(self, ctx):
        p = ctx.path(self.path)
        size = self.size if self.size >= 0 else os.path.getsize(p) + self.size
        os.truncate(p, size)


class patch(Step):
    """Overwrites the bytes of [path] at [offset] with [data], keeping the
    file's mtime (a change of content alone)."""

    def __init__(self, path, offset, data):
        self.path, self.offset, self.data = path, offset, data

    def describe(self):
        return 'patch %s at %d with %r' % (self.path, self.offset, self.data)

    def apply(self, ctx):
        p = ctx.path(self.path)
        st = os.stat(p)
        with open(p, 'r+b') as f:
            f.seek(self.offset)
            f.write(self.data)
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))


class replace_body(Step):
    """Keeps the 16-byte header of the .pyc [path] and replaces its body
    with [data]."""

    def __init__(self, path, data):
        self.path, self.data = path, data

    def describe(self):
        return 'replace the body of %s with %r' % (self.path, self.data)

    def apply(self, ctx):
        p = ctx.path(self.path)
        with open(p, 'rb') as f:
            header = f.read(HEADER)
        with open(p, 'wb') as f:
            f.write(header + self.data)


class hash_pyc(Step):
    """Turns the .pyc [path] into a hash-based one (PEP 552): flags 1, or 3
    when [checked], and the source hash of [source] keyed with the
    interpreter's own magic; the body is kept."""

    def __init__(self, path, source, checked):
        self.path, self.source, self.checked = path, source, checked

    def describe(self):
        return 'make %s a %s hash-based pyc of %s' % (
            self.path, 'checked' if self.checked else 'unchecked', self.source)

    def apply(self, ctx):
        p = ctx.path(self.path)
        with open(ctx.path(self.source), 'rb') as f:
            h = source_hash(ctx.interp.magic, f.read())
        with open(p, 'rb') as f:
            data = f.read()
        flags = 1 | (2 if self.checked else 0)
        with open(p, 'wb') as f:
            f.write(data[:4] + struct.pack('<I', flags) + h + data[HEADER:])


class chmod(Step):
    def __init__(self, path, mode):
        self.path, self.mode = path, mode

    def describe(self):
        return 'chmod %03o %s' % (self.mode, self.path)

    def apply(self, ctx):
        os.chmod(ctx.path(self.path), self.mode)


class remove(Step):
    """Removes a file or a whole folder."""

    def __init__(self, path):
        self.path = path

    def describe(self):
        return 'remove %s' % self.path

    def apply(self, ctx):
        p = ctx.path(self.path)
        if os.path.isdir(p) and not os.path.islink(p):
            shutil.rmtree(p)
        else:
            os.unlink(p)


class rename(Step):
    def __init__(self, src, dst):
        self.src, self.dst = src, dst

    def describe(self):
        return 'rename %s to %s' % (self.src, self.dst)

    def apply(self, ctx):
        os.rename(ctx.path(self.src), ctx.path(self.dst))


class symlink(Step):
    """Makes [path] a symbolic link to [target] (as written)."""

    def __init__(self, target, path):
        self.target, self.path = target, path

    def describe(self):
        return 'symlink %s -> %s' % (self.path, self.target)

    def apply(self, ctx):
        os.symlink(ctx.subst(self.target), ctx.path(self.path))


class mkdir(Step):
    def __init__(self, path, mode=0o755):
        self.path, self.mode = path, mode

    def describe(self):
        return 'mkdir %s (mode %03o)' % (self.path, self.mode)

    def apply(self, ctx):
        p = ctx.path(self.path)
        os.mkdir(p)
        os.chmod(p, self.mode)


class Scenario:
    """scenario(name, doc, files={path: text}, steps=[...], prefixes=[...]):
    [prefixes] are the tree's folders used as a pycache prefix, where only
    the part mirroring the tree itself is looked at."""

    def __init__(self, name, doc, files, steps, origin, prefixes=()):
        self.name, self.doc, self.files, self.steps = name, doc, files, steps
        self.origin, self.prefixes = origin, list(prefixes)
        # the scenario's own modules: the first part of each file's path,
        # and of each path a step makes
        made = [getattr(st, a) for st in steps for a in ('path', 'dst') if hasattr(st, a)]
        self.modules = {re.split(r'[/.]', f)[0] for f in list(files) + made}


# ==== running a scenario on one interpreter ====

class Context:
    """One scenario's tree for one interpreter, and what is known of it."""

    def __init__(self, scenario, interp, root):
        self.scenario, self.interp, self.root = scenario, interp, root
        self.base = os.path.dirname(root)     # the scenario's temporary folder
        self.seen = {}        # path -> (inode, mtime_ns, bytes) of each .pyc at the last look

    def subst(self, text):
        """{tag} is the interpreter's cache tag, {root} the tree's absolute
        path, {tree} the same without its leading separator (a pycache
        prefix's layout)."""
        return (text.replace('{tag}', self.interp.tag).replace('{root}', self.root)
                .replace('{tree}', self.root.lstrip(os.sep)))

    def path(self, rel):
        return os.path.join(self.root, self.subst(rel))

    def normalise(self, text):
        for path, name in ((self.root, '<tree>'), (self.base, '<base>')):
            text = text.replace(path, name).replace(path.lstrip(os.sep), name)
        if self.interp.reference:
            text = text.replace(self.interp.tag, TAG)
        return re.sub(r'0x[0-9a-fA-F]+', '0x?', text)

    def outcome(self, step, status, out, err):
        out = out.decode('utf-8', 'replace')
        err = err.decode('utf-8', 'replace')
        verbose = [l for l in err.splitlines() if is_verbose_line(l)]
        rest = [l for l in err.splitlines() if l.strip() and not is_verbose_line(l)]
        if asks_verbose(step.args) and status == 0:
            rest = []         # -v chatter (banner, site's messages), not the program's
        last = rest[-1] if rest else ''
        if step.err == 'type':
            last = re.match(r'[\w.]*', last).group(0)
        if step.err == 'all':
            last = err
        obs = {'status': status, 'stdout': self.normalise(out),
               'stderr (last line)': self.normalise(last)}
        if asks_verbose(step.args):
            obs['-v'] = [self.normalise(l) for l in verbose if self.concerns_us(l)]
        return obs

    def concerns_us(self, line):
        """Whether a -v line is about the scenario's files: it names the tree
        (but not a file of a pycache prefix inside the tree that mirrors
        somewhere else: the interpreters' library caches) or quotes one of
        its modules ('mod', 'pkg.sub').  -vv's `# trying` lines are left
        out: they list which file suffixes the finder tries (CPython's
        extension modules among them), a detail of its loaders."""
        if line.startswith('# trying '):
            return False
        at = line.find(self.root)
        while at >= 0:
            rest = line[at + len(self.root):]
            inner = [rest[len(pfx) + 2:] for pfx in self.scenario.prefixes
                     if rest.startswith(os.sep + pfx + os.sep)]
            if not inner or inner[0].startswith(self.root.lstrip(os.sep)):
                return True
            at = line.find(self.root, at + 1)
        return any(q.split('.')[0] in self.scenario.modules
                   for q in re.findall(r"'([\w.]+)'", line))

    def snapshot(self):
        """Every file and folder of the tree, with mode and, for .pyc
        files, their structure."""
        entries = []
        for dirpath, dirs, files in os.walk(self.root):
            dirs.sort()
            for name in sorted(dirs + files):
                p = os.path.join(dirpath, name)
                if self.outside_tree(os.path.relpath(p, self.root)):
                    continue
                st = os.lstat(p)
                kind = 'l' if os.path.islink(p) else 'd' if os.path.isdir(p) else 'f'
                line = '%s %03o %s' % (kind, st.st_mode & 0o777,
                                       self.normalise(os.path.relpath(p, self.root)))
                if kind == 'f' and name.endswith('.pyc'):
                    line += ' ' + self.describe_pyc(p, st)
                if kind == 'f' and st.st_nlink > 1:
                    line += ' (%d links)' % st.st_nlink
                entries.append(line)
        return entries

    def outside_tree(self, rel):
        """Whether [rel] lies in a pycache prefix but not on the way to, or
        in, the tree's own mirror there (the interpreter's library caches)."""
        mirror = self.root.lstrip(os.sep)
        for pfx in self.scenario.prefixes:
            if rel.startswith(pfx + os.sep):
                inner = rel[len(pfx) + 1:]
                return not (mirror.startswith(inner + os.sep) or inner == mirror
                            or inner.startswith(mirror + os.sep))
        return False

    def describe_pyc(self, p, st):
        with open(p, 'rb') as f:
            data = f.read()
        state = (st.st_ino, st.st_mtime_ns, data)
        old = self.seen.get(p)
        self.seen[p] = state
        change = 'new' if old is None else 'untouched' if old == state else 'rewritten'
        if len(data) < HEADER:
            return '[%s; %d bytes, short header]' % (change, len(data))
        magic = 'own magic' if data[:4] == self.interp.magic else 'magic %s' % data[:4].hex()
        flags, = struct.unpack_from('<I', data, 4)
        src = self.source_of(p)
        if src is None or not os.path.isfile(src):
            check = 'no source'
        else:
            with open(src, 'rb') as f:
                source = f.read()
            sst = os.stat(src)
            if flags & 1:
                ok = data[8:16] == source_hash(self.interp.magic or b'\0\0\r\n', source)
                check = 'hash %s' % ('of source' if ok else 'differs')
            else:
                mtime, size = struct.unpack_from('<II', data, 8)
                check = 'mtime %s, size %s' % (
                    'of source' if mtime == int(sst.st_mtime) & 0xFFFFFFFF else 'differs',
                    'of source' if size == sst.st_size & 0xFFFFFFFF else 'differs')
        body = 'body' if len(data) > HEADER else 'no body'
        return '[%s; %s, flags %d, %s, %s]' % (change, magic, flags, check, body)

    def source_of(self, p):
        """The source a .pyc stands for: __pycache__/N.TAG[.opt-K].pyc -> ../N.py;
        PREFIX/<tree path>/N.TAG.pyc -> <tree path>/N.py; N.pyc -> N.py."""
        d, name = os.path.split(p)
        stem = re.sub(r'\.opt-\d+$', '', name[:-len('.pyc')])
        if stem.endswith('.' + self.interp.tag):
            stem = stem[:-len(self.interp.tag) - 1]
            if os.path.basename(d) == '__pycache__':
                return os.path.join(os.path.dirname(d), stem + '.py')
            i = d.find(self.root.lstrip(os.sep), len(self.root))
            if i >= 0:
                return os.path.join(os.sep + d[i:], stem + '.py')
            return None
        return os.path.join(d, stem + '.py')


def asks_verbose(args):
    """Whether the interpreter options among [args] include -v."""
    it = iter(args)
    for a in it:
        if a in ('-m', '-c') or not a.startswith('-') or a == '-':
            return False
        if a in ('-X', '-W', '--check-hash-based-pycs'):
            next(it, None)
        elif not a.startswith('--') and a[1] not in 'XW' and 'v' in a[1:]:
            return True
    return False


def is_verbose_line(line):
    return line.startswith('#') or line.startswith("import '")


def build_tree(root, files):
    for rel, text in files.items():
        p = os.path.join(root, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as f:
            f.write(text.encode() if isinstance(text, str) else text)
        os.utime(p, (BASE_MTIME, BASE_MTIME))


def run_on(scenario, interp, base):
    """The observations of [scenario] on [interp]: a list, one per run step
    (an entry {'error': ...} ends it when a step could not be applied)."""
    root = os.path.join(base, interp.name)
    os.mkdir(root)
    build_tree(root, scenario.files)
    ctx = Context(scenario, interp, root)
    observations = []
    for i, step in enumerate(scenario.steps):
        try:
            obs = step.apply(ctx)
        except ScenarioError:
            raise
        except OSError as e:
            observations.append((i, {'step failed': '%s: %s' % (type(e).__name__, e.strerror)}))
            break
        if step.observes:
            observations.append((i, obs))
        else:
            ctx.snapshot()      # the next run's 'new/rewritten/untouched' is its own doing
    return observations


def restore_modes(base):
    """Makes every folder of [base] writable again, so it can be removed."""
    for dirpath, dirs, _ in os.walk(base):
        for d in dirs:
            try:
                os.chmod(os.path.join(dirpath, d), 0o755)
            except OSError:
                pass


def compare(scenario, ref, got):
    """None when the observations agree, else a report of the first
    difference."""
    for (i, a), (j, b) in zip(ref, got):
        if a == b:
            continue
        step = scenario.steps[i]
        lines = ['step %d: %s' % (i + 1, step.describe())]
        for key in list(a) + [k for k in b if k not in a]:
            va, vb = a.get(key), b.get(key)
            if va == vb:
                continue
            lines.append('  %s:' % key)
            if isinstance(va, list) and isinstance(vb, list):
                for l in va:
                    lines.append('    %s %s' % (' ' if l in vb else '-', l))
                for l in vb:
                    if l not in va:
                        lines.append('    + %s' % l)
                lines.append('    (- python3 only, + lemonpy only)')
            else:
                lines.append('    python3: %r' % (va,))
                lines.append('    lemonpy: %r' % (vb,))
        return '\n'.join(lines)
    if len(ref) != len(got):
        return 'python3 made %d observations, lemonpy %d' % (len(ref), len(got))
    return None


def show(scenario, observations):
    """The observations of one interpreter, readable."""
    lines = ['==== %s (%s): %s' % (scenario.name, scenario.origin, scenario.doc)]
    for i, obs in observations:
        lines.append('step %d: %s' % (i + 1, scenario.steps[i].describe()))
        for key, value in obs.items():
            if isinstance(value, list):
                lines.append('  %s:' % key)
                lines.extend('    ' + v for v in value)
            else:
                lines.append('  %s: %r' % (key, value))
    return '\n'.join(lines)


def reference_key(scenario, ref):
    """What python3's observations of [scenario] depend on: this runner, the
    scenario's file, python3 itself, and whether runs are as root."""
    h = hashlib.sha256()
    for path in (os.path.abspath(__file__), os.path.join(CASES, scenario.origin)):
        with open(path, 'rb') as f:
            h.update(f.read())
    h.update(repr((scenario.name, os.path.realpath(shutil.which(ref.exe) or ref.exe),
                   ref.version, ref.tag, ref.magic, os.geteuid() == 0)).encode())
    return h.hexdigest()[:20]


def reference_observations(scenario, ref, base, opts):
    """python3's observations of [scenario]: from build/cache-tests/ when
    recorded for the same key (reference_key), else made now and recorded."""
    path = os.path.join(REFS, '%s-%s.json' % (scenario.name, reference_key(scenario, ref)))
    if not opts.fresh and os.path.isfile(path):
        with open(path) as f:
            return [tuple(o) for o in json.load(f)]
    want = run_on(scenario, ref, base)
    for i, obs in want:
        if 'step failed' in obs:
            raise ScenarioError('step %d under python3: %s' % (i + 1, obs['step failed']))
    os.makedirs(REFS, exist_ok=True)
    for old in glob.glob(os.path.join(REFS, scenario.name + '-*.json')):
        os.unlink(old)
    with open(path + '.tmp', 'w') as f:
        json.dump(want, f)
    os.replace(path + '.tmp', path)
    return want


def run_scenario(scenario, ref, tested, opts):
    """None when lemonpy agrees with python3 on [scenario], else a report
    of the first difference."""
    base = tempfile.mkdtemp(prefix='lp-cache-%s-' % scenario.name)
    base = os.path.realpath(base)
    os.chmod(base, 0o755)
    try:
        if opts.self_check:
            want = run_on(scenario, ref, base)
        else:
            want = reference_observations(scenario, ref, base, opts)
        if opts.show:
            print(show(scenario, want), flush=True)
        got = run_on(scenario, tested, base)
        return compare(scenario, want, got)
    finally:
        if opts.keep:
            print('kept %s' % base, file=sys.stderr)
        else:
            restore_modes(base)
            shutil.rmtree(base, ignore_errors=True)


# ==== loading scenarios ====

STEPS = dict(run=run, parallel=parallel, write=write, touch=touch, set_mtime=set_mtime,
             truncate=truncate,
             patch=patch, replace_body=replace_body, hash_pyc=hash_pyc, chmod=chmod,
             remove=remove, rename=rename, mkdir=mkdir, symlink=symlink)


def load_scenarios():
    scenarios = []
    for fname in sorted(os.listdir(CASES)):
        if not fname.endswith('.py'):
            continue
        path = os.path.join(CASES, fname)

        def scenario(name, doc, files, steps, prefixes=(), _origin=fname):
            if any(s.name == name for s in scenarios):
                raise SystemExit('%s: scenario %s defined twice' % (_origin, name))
            scenarios.append(Scenario(name, doc, files, steps, _origin, prefixes))

        namespace = dict(STEPS, scenario=scenario, __file__=path, __name__='cache_scenarios')
        with open(path) as f:
            exec(compile(f.read(), path, 'exec'), namespace)
    return scenarios


def load_expected_failures():
    """{scenario name: reason} from tests/cache/expected_failures.txt."""
    xfail = {}
    if os.path.exists(XFAIL_FILE):
        with open(XFAIL_FILE) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith('#'):
                    name, _, reason = line.partition(' ')
                    xfail[name] = reason.strip()
    return xfail


def probe_tested(ref, tested, self_check):
    """Probes lemonpy; the problems with its cache tag and magic number (the
    pseudo-scenario tag_and_magic)."""
    problems = []
    try:
        tested.probe()
        if tested.tag != TAG and not self_check:
            problems.append('sys.implementation.cache_tag is %r, not %r' % (tested.tag, TAG))
        if tested.magic is None:
            problems.append('a fresh import wrote no __pycache__/probe_mod.%s.pyc' % tested.tag)
        elif tested.magic[2:] != b'\r\n' or (tested.magic == ref.magic and not self_check):
            problems.append('magic number %s: not 2 bytes and \\r\\n of its own' %
                            tested.magic.hex())
    except ScenarioError as e:
        problems.append(str(e))
    if tested.tag is None:
        tested.tag = TAG
    if tested.magic is None:
        tested.magic = b'\0\0\0\0'       # matches nothing: headers show 'magic 00000000'
    return problems


class Tally:
    """Counts and prints the outcome of each scenario."""

    def __init__(self, xfail, verbose):
        self.xfail, self.verbose = xfail, verbose
        self.passed = self.failed = self.xfailed = 0

    def record(self, name, origin, doc, diff, broken=False):
        where = os.path.relpath(XFAIL_FILE, TOP)
        if name in self.xfail and not broken:
            if diff:
                self.xfailed += 1
                if self.verbose:
                    print('xfail %s (%s)' % (name, self.xfail[name]))
            else:
                self.failed += 1
                print('FAIL  %s (%s): passes, but is listed in %s: remove it' % (
                    name, origin, where))
        elif diff:
            self.failed += 1
            print('FAIL  %s (%s): %s' % (name, origin, doc))
            print('      ' + diff.replace('\n', '\n      '))
        else:
            self.passed += 1
            if self.verbose:
                print('ok    %s' % name)

    def finish(self):
        if self.xfailed:
            print('%d expected failures (listed in %s)' % (
                self.xfailed, os.path.relpath(XFAIL_FILE, TOP)))
        print('cache tests: %d passed, %d failed' % (self.passed, self.failed))
        return 1 if self.failed else 0


def main():
    ap = argparse.ArgumentParser(prog='scripts/run_cache_tests.py',
                                 description='Bytecode cache scenarios, lemonpy vs python3.')
    ap.add_argument('names', nargs='*', metavar='NAME', help='scenarios (default: all)')
    ap.add_argument('--lemonpy', default=os.path.join(TOP, 'build', 'lemonpy'))
    ap.add_argument('--python', default='python3')
    ap.add_argument('--jobs', '-j', type=int, default=2)
    ap.add_argument('--keep', action='store_true', help='keep the temporary trees')
    ap.add_argument('--verbose', '-v', action='store_true', help='list every scenario')
    ap.add_argument('--show', action='store_true',
                    help="print python3's observations of each scenario (what is compared)")
    ap.add_argument('--fresh', action='store_true',
                    help="run python3 again instead of reading its recorded observations")
    ap.add_argument('--self-check', action='store_true',
                    help='python3 against itself: checks that the scenarios are deterministic')
    opts = ap.parse_args()
    os.umask(0o022)

    scenarios = load_scenarios()
    xfail = load_expected_failures()
    for name in set(xfail) - {s.name for s in scenarios} - {'tag_and_magic'}:
        raise SystemExit('%s: no scenario named %s' % (XFAIL_FILE, name))
    if opts.names:
        unknown = set(opts.names) - {s.name for s in scenarios} - {'tag_and_magic'}
        if unknown:
            raise SystemExit('no scenario named %s' % ', '.join(sorted(unknown)))
        scenarios = [s for s in scenarios if s.name in opts.names]

    ref = Interp('python3', opts.python, True)
    if opts.self_check:
        tested = Interp('lemonpy', opts.python, True)
    else:
        tested = Interp('lemonpy', os.path.abspath(opts.lemonpy), False)
    try:
        ref.probe()
    except ScenarioError as e:
        print('cache tests: the reference does not work: %s' % e)
        print('cache tests: 0 passed, 1 failed')
        return 1
    tally = Tally({} if opts.self_check else xfail, opts.verbose)
    problems = probe_tested(ref, tested, opts.self_check)
    tally.record('tag_and_magic', 'runner', 'cache tag %s and a magic number of its own' % TAG,
                 '\n'.join(problems))

    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        futures = [(s, pool.submit(run_scenario, s, ref, tested, opts))
                   for s in scenarios]
        for s, fut in futures:
            try:
                tally.record(s.name, s.origin, s.doc, fut.result())
            except ScenarioError as e:
                tally.record(s.name, s.origin, s.doc, 'the scenario cannot run: %s' % e, True)
    return tally.finish()


if __name__ == '__main__':
    sys.exit(main())
