# compileall.py -- `-m compileall` and `-m py_compile` (src/compileall.c)
# against CPython's Lib/compileall.py and Lib/py_compile.py: messages, exit
# status, the .pyc files written (flags, mtime/hash checks), the skip rule
# and -f, every option, argparse's errors (their last line).

TREE = {
    'a.py': 'X = 1\n',
    'bad.py': 'def f(:\n    pass\n',
    'ind.py': 'if 1:\nx = 1\n',
    'notes.txt': 'not python\n',
    'pkg/__init__.py': '',
    'pkg/b.py': 'Y = 2\n',
    'pkg/sub/c.py': 'Z = 3\n',
    'pkg/sub/deep/d.py': 'W = 4\n',
}
GOOD = {k: v for k, v in TREE.items() if k not in ('bad.py', 'ind.py')}
CA = ('-m', 'compileall')

scenario('ca_tree', 'a tree: Listing/Compiling, errors (exit 1); a second run skips; -f recompiles',
         files=TREE,
         steps=[run(*CA, '.'), run(*CA, '.'), run(*CA, '-f', 'pkg'), touch('a.py'),
                run(*CA, 'a.py', 'pkg/b.py')])

scenario('ca_quiet', '-q prints only errors (with the file name), -qq nothing; exit status 1',
         files=TREE,
         steps=[run(*CA, '-q', '.'), run(*CA, '-f', '-qq', '.'), run(*CA, '-q', 'a.py')])

scenario('ca_default_is_cwd', 'no argument: -l over sys.path, whose first entry is the folder',
         files={'a.py': 'X = 1\n', 'sub/b.py': ''},
         steps=[run(*CA, '-qq'), run('-c', 'import a; print(a.X)')])

scenario('ca_levels', '-l, -r N (wins over -l), -r 0 and a negative -r',
         files=GOOD,
         steps=[run(*CA, '-l', '.'), run(*CA, '-r', '1', '-l', '.'), run(*CA, '-r2', '.'),
                run(*CA, '-r', '-1', '-f', '.'), run(*CA, '-r0', '-f', 'pkg')])

scenario('ca_legacy', '-b writes NAME.pyc beside the source, skipped while up to date',
         files={'a.py': 'X = 1\n', 'pkg/__init__.py': '', 'pkg/m.py': 'M = 5\n'},
         steps=[run(*CA, '-b', '.'), run(*CA, '-b', '.'), touch('pkg/m.py'), run(*CA, '-b', '.')])

scenario('ca_ddir', '-d DESTDIR names the files in errors and code; for a file and a tree',
         files={'bad.py': 'x = (\n', 'pkg/bad2.py': '1 +\n', 'pkg/ok.py': ''},
         steps=[run(*CA, '-d', '/dest', '.'), run(*CA, '-q', '-d', 'rel/dir', 'bad.py'),
                run(*CA, '-d', '/x', '-s', 'y', '.')])

scenario('ca_strip_prepend', '-s STRIPDIR and -p PREPENDDIR rewrite the name in errors',
         files={'src/pkg/bad.py': 'x = (\n', 'src/ok.py': ''},
         steps=[run(*CA, '-s', 'src', '-p', '/opt/lib', 'src'),
                run(*CA, '-f', '-s', 'src/pkg', 'src'), run(*CA, '-f', '-p', 'pre', 'src')])

scenario('ca_regex', '-x REGEXP skips the files it finds in the path',
         files=TREE,
         steps=[run(*CA, '-x', r'bad|ind\.py$', '.'),
                run(*CA, '-f', '-x', r'(?:sub)/[cd]', 'pkg'),
                run(*CA, '-f', '-x', r'\w+/b\.py', '-x', 'pkg/[^/]+/c', 'pkg'),
                run(*CA, '-f', '-q', '-x', r'[a-c]\.py$|(?i)IND', '.'),
                run(*CA, '-f', '-x', r'^\./a{1,2}\.(py)?$', '-q', '.')])

scenario('ca_regex_errors', 'a bad -x pattern is re.error; an empty one fails on the first file',
         files={'a.py': ''},
         steps=[run(*CA, '-x', '(', '.'), run(*CA, '-x', 'a)', '.'), run(*CA, '-x', '*', '.'),
                run(*CA, '-x', '[a', '.'), run(*CA, '-x', '', '.'), run(*CA, '-x', '', 'nothere'),
                run(*CA, '-x', '[z-a]', '.'), run(*CA, '-x', r'ab[\d-z]', '.'),
                run(*CA, '-x', 'a{3,1}', '.'), run(*CA, '-x', '\\', '.'),
                run(*CA, '-x', '(?#abc', '.'), run(*CA, '-x', '(?P<x', '.'),
                run(*CA, '-x', r'\q', '.'), run(*CA, '-x', 'a**', '.'), run(*CA, '-x', '(?z)', '.')])

scenario('ca_flist', '-i FILE adds its lines (stripped); -i - reads stdin; a missing list',
         files={'a.py': '', 'b.py': '', 'pkg/c.py': '', 'list.txt': '  a.py \n\npkg\n'},
         steps=[run(*CA, '-i', 'list.txt'), run(*CA, '-f', '-i', '-', 'b.py', stdin='a.py\n'),
                run(*CA, '-i', 'missing.txt', 'a.py'), run(*CA, '-qq', '-i', 'missing.txt')])

# (one failing file: the order of several workers' messages is not fixed)
scenario('ca_workers', '-j 2 and -j 0 compile with worker processes; -j -1 is a ValueError',
         files=dict(GOOD, **{'pkg/sub/bad.py': '1 +\n'}),
         steps=[run(*CA, '-q', '-j', '2', '.'), run(*CA, '-j2', '-f', '-qq', 'pkg'),
                run(*CA, '--workers=0', '-q', '-f', '.'), run(*CA, '-j', '-1', '.'),
                run(*CA, '-j', '-1', 'a.py')])

scenario('ca_workers_output', '-j 2 prints every Listing before the Compiling lines',
         files={'pkg/a.py': ''},
         steps=[run(*CA, '-j', '2', 'pkg')])

scenario('ca_invalidation', '--invalidation-mode and SOURCE_DATE_EPOCH; hash files are never skipped',
         files=GOOD,
         steps=[run(*CA, '-q', '--invalidation-mode', 'checked-hash', '.'),
                run(*CA, '--invalidation-mode=unchecked-hash', 'a.py'),
                run(*CA, '--inv', 'timestamp', 'a.py'),
                run(*CA, '-f', 'a.py', env={'SOURCE_DATE_EPOCH': '1'}),
                run(*CA, 'a.py', env={'SOURCE_DATE_EPOCH': ''})])

scenario('ca_opt_levels', '-o LEVEL names .opt-N files; --hardlink-dupes links equal ones',
         files={'a.py': 'X = 1\n'},
         steps=[run(*CA, '-o', '0', '-o', '1', '-o', '2', 'a.py'),
                run(*CA, '-o', '1', '-o', '2', 'a.py'),
                run(*CA, '-f', '-o', '0', '-o', '1', '-o', '2', '--hardlink-dupes', 'a.py'),
                run(*CA, '-f', '-o', '5', '-o', '-3', 'a.py'),
                run(*CA, '-o', '1', '-o', '1', '--hardlink-dupes', 'a.py')])

scenario('ca_symlinks', '-e DIR skips symlinks leading outside DIR; linked folders are not walked',
         files={'inside/a.py': '', 'outside/b.py': 'B = 1\n'},
         steps=[symlink('../outside/b.py', 'inside/b.py'), symlink('../outside', 'inside/out'),
                run(*CA, '-e', 'inside', 'inside'), run(*CA, '-e', '', 'inside'),
                run(*CA, '-f', '-e', '.', 'inside')])

scenario('ca_missing', 'a missing folder is Listed and "Can\'t list", exit status 0',
         files={'a.py': ''},
         steps=[run(*CA, 'nothere'), run(*CA, '-q', 'nothere'), run(*CA, '-qq', 'nothere')])

scenario('ca_writes_under_B', 'compileall writes even under -B and PYTHONDONTWRITEBYTECODE',
         files={'a.py': ''},
         steps=[run('-B', *CA, 'a.py'), run(*CA, '-f', 'a.py', env={'PYTHONDONTWRITEBYTECODE': '1'})])

scenario('ca_prefix', 'PYTHONPYCACHEPREFIX and -X pycache_prefix move what compileall writes',
         prefixes=['pfx', 'xp'],
         files={'a.py': '', 'pkg/b.py': ''},
         steps=[run(*CA, '-q', 'a.py', 'pkg', env={'PYTHONPYCACHEPREFIX': 'pfx'}),
                run(*CA, 'a.py', 'pkg', env={'PYTHONPYCACHEPREFIX': '{root}/pfx'}),
                run('-X', 'pycache_prefix=xp', *CA, '-f', 'pkg')])

scenario('ca_cfile_not_regular', 'a .pyc that is a symlink or a folder is a FileExistsError',
         files={'a.py': '', 'b.py': '', 'target': ''},
         steps=[mkdir('__pycache__'), symlink('../target', '__pycache__/a.{tag}.pyc'),
                mkdir('__pycache__/b.{tag}.pyc'), run(*CA, '.'), run(*CA, '-q', 'b.py')])

scenario('ca_unreadable', 'a source that cannot be read is an OSError; an unlistable folder',
         files={'a.py': '', 'locked/b.py': ''},
         steps=[chmod('a.py', 0o000), mkdir('closed', 0o000),
                run(*CA, '.', no_dac=True), chmod('a.py', 0o644), chmod('closed', 0o755)])

# (-qq: CPython's message names its temporary file, PATH.<id(path)>)
scenario('ca_read_only_cache', 'a __pycache__ that cannot be written: exit status 1',
         files={'a.py': ''},
         steps=[mkdir('__pycache__', 0o555), run(*CA, '-qq', '.', no_dac=True),
                chmod('__pycache__', 0o755)])

scenario('ca_help', '-h prints the help (stdout), exit status 0',
         files={}, steps=[run(*CA, '-h'), run(*CA, '-q', '--help', 'x'), run('-m', 'py_compile', '-h')])

scenario('ca_bad_usage', "argparse's errors: exit status 2 and the error line",
         files={'a.py': ''},
         steps=[run(*CA, '-r', 'x', err='all'), run(*CA, '-r'), run(*CA, '--invalidation-mode', 'foo'),
                run(*CA, '--h'), run(*CA, '--nope', 'a.py'), run(*CA, '-qz'), run(*CA, '-f=x'),
                run(*CA, 'a.py', '-q', 'b.py'), run(*CA, '-d', 'x', '-p', 'y', 'a.py'),
                run(*CA, '--hardlink-dupes', 'a.py'), run(*CA, '--hardlink-dupes=1'),
                run(*CA, '-j', ' 2 ', '-q', 'a.py'), run(*CA, '--work', '1_0', '-q', 'a.py'),
                run(*CA, '-x'), run(*CA, '-o', '1.5'), run(*CA, '-qqfl', '--', '-q'),
                run(*CA, '-h', '-r', 'x'), run(*CA, '-r', 'x', '-h')])

PC = ('-m', 'py_compile')

scenario('pc_files', 'py_compile: each file; the first error stops with exit status 1',
         files=TREE,
         steps=[run(*PC, 'a.py', 'pkg/b.py'), run(*PC, 'pkg/sub/c.py', 'bad.py', 'a.py'),
                run(*PC, 'ind.py'), run(*PC, '-q', 'bad.py'), run(*PC, 'missing.py'),
                run(*PC, '--quiet', 'missing.py'), run(*PC, 'pkg'), run(*PC, 'notes.txt')])

scenario('pc_stdin', 'py_compile -: names from stdin, one a line',
         files=TREE,
         steps=[run(*PC, '-', stdin='a.py\npkg/b.py\n'), run(*PC, '-', stdin='pkg/sub/c.py\nbad.py\n'),
                run(*PC, '-', stdin='')])

scenario('pc_modes', 'py_compile writes timestamp files, checked-hash under SOURCE_DATE_EPOCH',
         files={'a.py': 'X = 1\n'},
         steps=[run(*PC, 'a.py'), run(*PC, 'a.py', env={'SOURCE_DATE_EPOCH': '0'}),
                run('-B', *PC, 'a.py')])

scenario('pc_usage', "py_compile's argparse errors",
         files={'a.py': ''},
         steps=[run(*PC, err='all'), run(*PC, '-qx', 'a.py'), run(*PC, 'a.py', '-q', 'b.py'),
                run(*PC, '--', '-q'), run(*PC, '--q', 'a.py')])

SYNTAX = {
    'cookie.py': b'# -*- coding: foo -*-\nx = 1\n',
    'latin.py': b'x = "\xff"\n',
    'nul.py': b'x = 1\0\n',
    'tab.py': b'if 1:\n\tx = 1\n        y = 2\n',
    'fstr.py': b'\n\nf"{a b}"\n',
    'deep.py': b'x = ' + b'(' * 300 + b')' * 300 + b'\n',
    'ret.py': b'return 1\n',
    'dup.py': b'def f(a, a): pass\n',
}

scenario('ca_syntax_errors', "compile errors as py_compile's PyCompileError words them",
         files=SYNTAX,
         steps=[run(*CA, '-q', 'cookie.py', 'latin.py', 'nul.py', 'tab.py', 'fstr.py', 'deep.py', 'ret.py',
                    'dup.py'),
                run(*PC, 'latin.py'), run(*PC, 'tab.py'), run(*PC, 'nul.py'),
                run(*PC, 'cookie.py', err='all'), run('-c', 'import cookie')])

OPT = ('"""doc"""\ndef f():\n    "fdoc"\n    return 1\nclass C:\n    "cdoc"\n'
       'print(__debug__, __doc__, f.__doc__, C.__doc__)\nif __debug__:\n    print("debug")\n'
       'try:\n    assert False, "boom"\nexcept AssertionError as e:\n    print("assert", e)\n')

scenario('ca_opt_code', '-o 1 drops asserts and __debug__, -o 2 docstrings too; equal files linked',
         files={'m.py': OPT, 'n.py': 'def g():\n    "doc"\n'},
         steps=[run(*CA, '-q', '-o', '0', '-o', '1', '-o', '2', '--hardlink-dupes', 'm.py', 'n.py'),
                rename('__pycache__/m.{tag}.pyc', 'm0.pyc'),
                rename('__pycache__/m.{tag}.opt-1.pyc', 'm1.pyc'),
                rename('__pycache__/m.{tag}.opt-2.pyc', 'm2.pyc'),
                run('-c', 'import m0, m1, m2')])

# Each -x pattern below is run over the same files; the Compiling lines
# show which files it found (a differential test of src/pyregex.c).
REGEX_FILES = {name: '' for name in (
    'a.py', 'b1.py', 'B2.py', 'ab.py', 'a-b.py', 'a_b.py', 'c^d.py', 'e[f].py', 'x.y.py',
    'sp ace.py', 'dollar$.py', 'plus+.py', 'q.py', 'deep/x/y/z.py', 'deep/a1b22c333.py')}
PATTERNS = [
    r'\d', r'\D\.py$', r'[0-9]{2,}', r'^\./[a-c]', r'[^a-z./]', r'[\^]', r'[]\[]', r'[-_]',
    r'[a-c-]\.py', r'(?i)^\./b', r'\s', r'\S+\s', r'\$', r'\+', r'x\.y', r'x.y', r'(ab|q)\.py',
    r'(?:deep/)+x', r'(?P<n>\w)\d', r'a{2}', r'a{,1}b', r'b{1,}', r'\w+?\.py$', r'e\[f\]',
    r'[\w-]+\.py$', r'\Adeep', r'\./deep/.*3\.py\Z', r'(?#comment)q', r'a|', r'[.]', r'\.\.',
    r'^[^/]*$', r'/[A-Z]', r'{', r'a{x}', r'[\d.]{3}', r'[]]', r'[a\]]',
]
scenario('ca_regex_features', 'many -x patterns over the same files (which files each skips)',
         files=REGEX_FILES,
         steps=[run(*CA, '-f', '-x', p, '.') for p in PATTERNS])
