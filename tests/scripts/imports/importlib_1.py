# importlib: import_module, reload, invalidate_caches, util, machinery.
import sys
import importlib
import importlib.util
import importlib.machinery
from _helper import attempt, show

attempt(lambda: importlib.import_module('plain'))
attempt(lambda: importlib.import_module('pkg.mod_a'))
attempt(lambda: importlib.import_module('.mod_a', 'pkg'))
attempt(lambda: importlib.import_module('..mod_a', 'pkg.sub'))
attempt(lambda: importlib.import_module('.deep', package='pkg.sub'))
attempt(lambda: importlib.import_module('.mod_a'))
attempt(lambda: importlib.import_module('...x', 'pkg.sub'))
attempt(lambda: importlib.import_module('nope'))
attempt(lambda: importlib.import_module(''))
attempt(lambda: importlib.import_module('.', 'pkg'))

import counter
d = counter.__dict__
attempt(lambda: importlib.reload(counter))
print(counter.count, counter.__dict__ is d, sys.modules['counter'] is counter)
attempt(lambda: importlib.reload(sys))
attempt(lambda: importlib.reload(5))
attempt(lambda: importlib.reload(type(sys)('zz')))
attempt(lambda: importlib.reload(pkg.sub) if False else None)
import pkg.sub
attempt(lambda: importlib.reload(pkg.sub))
print(importlib.invalidate_caches())

util = importlib.util
attempt(lambda: util.resolve_name('..x', 'a.b'))
attempt(lambda: util.resolve_name('...x', 'a.b'))
attempt(lambda: util.resolve_name('.x', ''))
attempt(lambda: util.resolve_name('x', None))
attempt(lambda: util.find_spec('plain'))
attempt(lambda: util.find_spec('pkg.mod_b').name)
attempt(lambda: util.find_spec('nope'))
attempt(lambda: util.find_spec('nope.x'))
attempt(lambda: util.find_spec('plain.x'))
attempt(lambda: util.find_spec('.mod_a', 'pkg'))
attempt(lambda: util.find_spec('sys'))
attempt(lambda: util.cache_from_source('/a/b/c.py'))
attempt(lambda: util.source_from_cache(util.cache_from_source('/a/b/c.py')))
attempt(lambda: util.source_from_cache('/a/b/c.py'))
print(type(util.MAGIC_NUMBER).__name__, len(util.MAGIC_NUMBER), util.MAGIC_NUMBER[2:])
print(len(util.source_hash(b'x = 1')))
spec = util.spec_from_file_location('loose', sys.path[0] + '/counter.py')
show(spec, spec.cached == util.cache_from_source(spec.origin))
mod = util.module_from_spec(spec)
show(mod, 'count' in mod.__dict__)
spec.loader.exec_module(mod)
print(mod.count, 'loose' in sys.modules)
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.machinery.all_suffixes()[:2])
s = importlib.machinery.ModuleSpec('x', None)
show(s, s.parent, s.has_location, s.cached, s.submodule_search_locations)
s = importlib.machinery.ModuleSpec('a.b', 'L', origin='here', is_package=True)
show(s, s.parent)
print(s == importlib.machinery.ModuleSpec('a.b', 'L', origin='here', is_package=True))
print(importlib.machinery.BuiltinImporter.find_spec('sys'))
print(importlib.machinery.PathFinder.find_spec('nope'))
show(importlib.machinery.PathFinder.find_spec('plain'))
print(importlib.import_module('importlib.util') is util)
print(importlib.__import__('plain').VALUE)
