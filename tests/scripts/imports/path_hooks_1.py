# PathFinder: sys.path_importer_cache, sys.path_hooks with a hook of one's
# own, relative sys.path entries (FileFinder makes them absolute).
import sys
import importlib.machinery
from _helper import FIXTURES, HERE, show

print(callable(sys.path_hooks[-1]), type(sys.path_importer_cache).__name__)
sys.path.insert(0, 'fixtures')
import plain
show(plain.__file__, sys.path_importer_cache['fixtures'])
show(sys.path_importer_cache[HERE])


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.where = 'from the hook'


class EntryFinder:
    def __init__(self, entry):
        self.entry = entry

    def find_spec(self, fullname, target=None):
        print('EntryFinder.find_spec', fullname, target)
        if fullname == 'hooked':
            return importlib.machinery.ModuleSpec(fullname, Loader(), origin='special')
        return None


def hook(entry):
    if not entry.startswith('special:'):
        raise ImportError('not mine')
    print('hook', entry)
    return EntryFinder(entry)


sys.path_hooks.insert(0, hook)
sys.path.insert(0, 'special:here')
import hooked
show(hooked, hooked.where, type(sys.path_importer_cache['special:here']).__name__)
import plain as again
try:
    import nowhere_at_all
except ImportError as e:
    print(type(e).__name__, e)
sys.path_importer_cache['special:here'] = None
try:
    del sys.modules['hooked']
    import hooked
except ImportError as e:
    print(type(e).__name__, e)
show(importlib.machinery.PathFinder.find_spec('plain', [FIXTURES]))
show(importlib.machinery.FileFinder(FIXTURES).find_spec('ns_one'))
show(importlib.machinery.FileFinder(FIXTURES).find_spec('plain'))
details = (importlib.machinery.SourceFileLoader, ['.py'])
show(importlib.machinery.FileFinder(FIXTURES, details).find_spec('plain'))
show(importlib.machinery.FileFinder(FIXTURES, details).find_spec('pkg'))
show(importlib.machinery.FileFinder(FIXTURES, details).find_spec('ns_two'))
show(importlib.machinery.FileFinder(FIXTURES, details).find_spec('nothing'))
show(importlib.machinery.FileFinder('fixtures'))
print(importlib.machinery.PathFinder.invalidate_caches(), 'fixtures' in sys.path_importer_cache)
