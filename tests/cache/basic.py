# basic.py -- the cache's everyday work: the first import writes
# __pycache__/NAME.TAG.pyc, the next run reads it; the script run directly is
# never cached, `-m name` caches name; packages' __init__ are cached.
# (Scenario files are run by scripts/run_cache_tests.py, which defines
# scenario() and the steps; docs/testing.md.)

MAIN = 'import mod\nprint(mod.X, mod.__file__, mod.__cached__)\n'

scenario('writes_then_reads', 'the first run writes the .pyc, the second reads it (-v)',
         files={'main.py': MAIN, 'mod.py': 'X = 1\n'},
         steps=[run('-v', 'main.py'),
                run('-v', 'main.py'),
                run('main.py')])

scenario('script_not_cached', 'the script run directly is compiled but not cached',
         files={'main.py': 'import sys\nprint(__name__, __cached__)\n'},
         steps=[run('main.py'),
                run('-v', 'main.py')])

scenario('dash_m_caches', '`-m name` caches name (runpy uses the loader)',
         files={'main.py': 'import mod\nprint(__name__, mod.X)\n', 'mod.py': 'X = 1\n'},
         steps=[run('main.py'),
                run('-m', 'main'),
                run('-v', '-m', 'main'),
                touch('main.py'),
                run('-v', '-m', 'main')])

scenario('dash_m_package', '`-m pkg` runs pkg/__main__.py and caches it and __init__',
         files={'pkg/__init__.py': 'print("init", __name__)\n',
                'pkg/__main__.py': 'from . import helper\nprint("main", __name__, helper.Y)\n',
                'pkg/helper.py': 'Y = 2\n'},
         steps=[run('-m', 'pkg'),
                run('-v', '-m', 'pkg')])

scenario('packages', "packages' __init__ and submodules are cached, nested ones too",
         files={'main.py': 'import pkg.sub, pkg.inner.leaf\n'
                           'from pkg import sub\n'
                           'print(pkg.sub.A, pkg.inner.leaf.B, pkg.__cached__)\n',
                'pkg/__init__.py': 'print("pkg init")\n',
                'pkg/sub.py': 'A = "a"\n',
                'pkg/inner/__init__.py': '',
                'pkg/inner/leaf.py': 'from .. import sub\nB = sub.A * 2\n'},
         steps=[run('-v', 'main.py'),
                run('-v', 'main.py'),
                touch('pkg/__init__.py'),
                run('-v', 'main.py')])

scenario('syntax_error_not_cached', 'a module with a syntax error writes nothing; fixed, it is cached',
         files={'main.py': 'import mod\nprint(mod.X)\n', 'mod.py': 'X = (1\n'},
         steps=[run('main.py'),
                write('mod.py', 'X = (1)\n'),
                run('-v', 'main.py')])

scenario('cache_from_source', "importlib.util agrees with the file the import wrote",
         files={'main.py': 'import sys, importlib.util as u, mod\n'
                           'print(sys.implementation.cache_tag)\n'
                           'print(u.cache_from_source("mod.py"), u.cache_from_source("/a/b/c.py"))\n'
                           'print(u.source_from_cache("__pycache__/mod.%s.pyc"\n'
                           '                          % sys.implementation.cache_tag))\n'
                           'print(u.cache_from_source(mod.__file__) == mod.__cached__)\n'
                           'print(len(u.MAGIC_NUMBER), u.MAGIC_NUMBER[2:])\n'
                           'try:\n    u.source_from_cache("mod.py")\n'
                           'except ValueError as e:\n    print("ValueError", e)\n',
                'mod.py': 'X = 1\n'},
         prefixes=['pfx'],
         steps=[run('main.py'),
                run('main.py', env={'PYTHONPYCACHEPREFIX': '{root}/pfx'})])

scenario('optimize_levels', '-O and -OO write NAME.TAG.opt-1.pyc and .opt-2.pyc beside the plain one',
         files={'main.py': 'import sys, mod\nprint(sys.flags.optimize, mod.__cached__)\n',
                'mod.py': '"""doc"""\nassert False, "asserts run"\nX = 1\n'},
         steps=[run('-O', 'main.py'),
                run('-OO', '-v', 'main.py'),
                run('-O', '-v', 'main.py'),
                run('main.py')])

scenario('module_raises', 'a module that raises while running is still cached (compiled first)',
         files={'main.py': 'import mod\n', 'mod.py': 'X = 1\nraise ValueError("in mod")\n'},
         steps=[run('-v', 'main.py'),
                run('-v', 'main.py')])

scenario('namespace_package', 'modules of a namespace package (no __init__.py) are cached',
         files={'main.py': 'import ns.mod\nprint(ns.mod.X, ns.mod.__cached__, ns.__file__)\n',
                'ns/mod.py': 'X = 1\n'},
         steps=[run('-v', 'main.py'),
                run('-v', 'main.py')])

scenario('dash_m_submodule', '`-m pkg.sub` caches the package and the submodule it runs',
         files={'pkg/__init__.py': '', 'pkg/sub.py': 'from . import other\nprint(__name__, other.Y)\n',
                'pkg/other.py': 'Y = 3\n'},
         steps=[run('-m', 'pkg.sub'),
                run('-v', '-m', 'pkg.sub')])

scenario('runtime_settings', 'sys.pycache_prefix and sys.implementation.cache_tag set at run time',
         files={'main.py': 'import sys, first\nsys.pycache_prefix = "pfx"\nimport second\n'
                           'sys.implementation.cache_tag = None\nimport third\n'
                           'print(first.__cached__, second.__cached__, hasattr(third, "__cached__"))\n',
                'first.py': '', 'second.py': '', 'third.py': ''},
         prefixes=['pfx'],
         steps=[run('-v', 'main.py'),
                run('-v', 'main.py')])

scenario('symlinked_source', 'a module that is a symlink is cached beside the link; the target\'s mtime counts',
         files={'main.py': 'import mod\nprint(mod.X, mod.__file__)\n', 'lib/real.py': 'X = 1\n'},
         steps=[symlink('lib/real.py', 'mod.py'),
                run('main.py'),
                write('lib/real.py', 'X = 2\n'),
                run('-v', 'main.py')])

SPEC = ('import sys, importlib.util as u, mod, pkg, pkg.sub\n'
        'for m in (mod, pkg, pkg.sub):\n'
        '    s = m.__spec__\n'
        '    print(m.__name__, type(m.__loader__).__name__, s.name, s.origin, s.cached,\n'
        '          s.has_location, s.parent, s.submodule_search_locations, m.__package__)\n'
        'print(u.cache_from_source("x/a.py", optimization=""), u.cache_from_source("a.py", optimization=2))\n'
        'print(u.source_from_cache("x/__pycache__/a.%s.opt-1.pyc" % sys.implementation.cache_tag))\n'
        'for bad in ("x y", "-1"):\n'
        '    try:\n        u.cache_from_source("a.py", optimization=bad)\n'
        '    except ValueError as e:\n        print("ValueError", e)\n'
        'for bad in ("a.pyc", "__pycache__/a.pyc", "__pycache__/a.b.c.d.pyc", "__pycache__/a.x.opt-.pyc"):\n'
        '    try:\n        u.source_from_cache(bad)\n'
        '    except ValueError as e:\n        print("ValueError", e)\n')

scenario('spec_attributes', "__spec__, __loader__ and __cached__ of modules and packages, from source and from the cache",
         files={'main.py': SPEC, 'mod.py': '', 'pkg/__init__.py': '', 'pkg/sub.py': ''},
         steps=[run('main.py'),
                run('main.py'),
                run('main.py', env={'PYTHONPYCACHEPREFIX': '{root}/pfx'})],
         prefixes=['pfx'])

scenario('spec_sourceless', '__spec__ and __loader__ of a source-less module',
         files={'main.py': 'import mod\ns = mod.__spec__\n'
                           'print(type(mod.__loader__).__name__, s.origin, s.cached, s.has_location,'
                           ' mod.__file__, mod.__cached__)\n',
                'mod.py': 'X = 1\n'},
         steps=[run('main.py'),
                rename('__pycache__/mod.{tag}.pyc', 'mod.pyc'), remove('mod.py'),
                run('main.py')])
