# A finder of one's own on sys.meta_path, with its own loader; the
# standard finders stay in place after it.
import sys
import importlib.abc
import importlib.util
from _helper import show


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        print('exec_module', module.__name__, module.__spec__.name)
        module.answer = len(module.__name__)


class Finder:
    def find_spec(self, fullname, path, target=None):
        if fullname.startswith('virtual'):
            print('find_spec', fullname, path is None or list(path))
            is_pkg = fullname == 'virtual'
            return importlib.util.spec_from_loader(fullname, Loader(), is_package=is_pkg)
        return None


print([f.__name__ for f in sys.meta_path[-3:]])
sys.meta_path.insert(0, Finder())
import virtual
import virtual.sub
show(virtual, virtual.answer, virtual.sub.answer, virtual.__path__)
show(virtual.sub, virtual.sub.__package__, virtual.__package__)
from virtual import other
print(other.answer, 'virtual.other' in sys.modules)
import plain
print(plain.VALUE)


class Refuser:
    def find_spec(self, fullname, path, target=None):
        if fullname == 'plain2':
            raise ImportError('refused ' + fullname)


sys.meta_path.insert(0, Refuser())
try:
    import plain2
except ImportError as e:
    print('ImportError', e)
sys.meta_path = []
try:
    import no_finders
except ImportError as e:
    print(type(e).__name__, e)
sys.meta_path = None
try:
    import no_meta_path
except ImportError as e:
    print(type(e).__name__, e)
