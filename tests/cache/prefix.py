# prefix.py -- PYTHONPYCACHEPREFIX and -X pycache_prefix move the cache:
# PREFIX/<the source folder's absolute path>/NAME.TAG.pyc, with no
# __pycache__.  The interpreters' own library caches also land under the
# prefix; the runner shows only the part of the prefix that mirrors the
# scenario's tree (prefixes=...).

MAIN = 'import sys, mod\nprint(mod.X, sys.pycache_prefix, mod.__cached__)\n'
FILES = {'main.py': MAIN, 'mod.py': 'X = 1\n'}

scenario('env_prefix', 'PYTHONPYCACHEPREFIX (relative) moves the cache; the next run reads it',
         files=FILES, prefixes=['pfx'],
         steps=[run('-v', 'main.py', env={'PYTHONPYCACHEPREFIX': 'pfx'}),
                run('-v', 'main.py', env={'PYTHONPYCACHEPREFIX': 'pfx'}),
                run('main.py')])

scenario('env_prefix_absolute', 'an absolute PYTHONPYCACHEPREFIX; stale files there are rewritten',
         files=FILES, prefixes=['cache'],
         steps=[run('main.py', env={'PYTHONPYCACHEPREFIX': '{root}/cache'}),
                touch('mod.py'),
                run('-v', 'main.py', env={'PYTHONPYCACHEPREFIX': '{root}/cache'})])

scenario('x_prefix', '-X pycache_prefix=DIR moves the cache and wins over the variable',
         files=FILES, prefixes=['xp', 'ep'],
         steps=[run('-X', 'pycache_prefix=xp', '-v', 'main.py'),
                run('-X', 'pycache_prefix=xp', 'main.py', env={'PYTHONPYCACHEPREFIX': 'ep'})])

scenario('prefix_package', 'a package under a prefix: __init__ and submodule',
         files={'main.py': 'import pkg.sub\nprint(pkg.sub.A, pkg.__cached__)\n',
                'pkg/__init__.py': '', 'pkg/sub.py': 'A = 1\n'},
         prefixes=['pfx'],
         steps=[run('main.py', env={'PYTHONPYCACHEPREFIX': 'pfx'}),
                run('-v', 'main.py', env={'PYTHONPYCACHEPREFIX': 'pfx'})])

scenario('prefix_with_B', 'a prefix with -B: nothing written there either',
         files=FILES, prefixes=['pfx'],
         steps=[run('-B', 'main.py', env={'PYTHONPYCACHEPREFIX': 'pfx'})])

scenario('dash_E_ignores_prefix', '-E ignores PYTHONPYCACHEPREFIX: the cache stays in __pycache__',
         files=FILES, prefixes=['pfx'],
         steps=[run('-E', '-v', 'main.py', env={'PYTHONPYCACHEPREFIX': 'pfx'})])

scenario('empty_settings', 'empty PYTHONPYCACHEPREFIX / PYTHONDONTWRITEBYTECODE / -X pycache_prefix= count as unset',
         files=FILES, prefixes=['pfx'],
         steps=[run('main.py', env={'PYTHONPYCACHEPREFIX': '', 'PYTHONDONTWRITEBYTECODE': ''}),
                remove('__pycache__'),
                run('-X', 'pycache_prefix=', 'main.py'),
                remove('__pycache__'),
                run('-X', 'pycache_prefix', 'main.py', env={'PYTHONPYCACHEPREFIX': 'pfx'})])

# CPython 3.11's set_data walks up from the cache file to the first folder
# that exists; for an absolute prefix that does not exist at all it reaches
# '' and makes the missing folders relative to the current folder, then
# fails to write the absolute path (silently).  lemonpy does the same.
NOWHERE = '/lemonpy-cache-test-no-such-prefix'
scenario('missing_absolute_prefix', 'an absolute prefix that does not exist: folders made under the cwd, nothing written',
         files=FILES, prefixes=[NOWHERE[1:]],
         steps=[run('-v', 'main.py', env={'PYTHONPYCACHEPREFIX': NOWHERE})])
