# Namespace packages: folders without __init__.py, found after the whole
# path was searched, possibly in several places.
import sys
from _helper import show, FIXTURES

sys.path.append(FIXTURES + '/ns_one')
sys.path.append(FIXTURES + '/ns_two')
import nsp
show(nsp.__path__, type(nsp.__path__).__name__, list(nsp.__path__))
show(nsp.__file__, nsp.__package__, nsp.__spec__.origin, nsp.__spec__.has_location)
show(nsp.__spec__.submodule_search_locations, nsp.__spec__.loader is nsp.__loader__)
print(type(nsp.__loader__).__name__, repr(nsp).startswith("<module 'nsp' (<"))
print([k for k in nsp.__dict__])
import nsp.two
show(nsp.two.__spec__.name, nsp.two.__file__)
from nsp import one
print(one is nsp.one)
import importlib.machinery
print(isinstance(nsp.__loader__, importlib.machinery.NamespaceLoader))
# the path follows sys.path
sys.path.append(FIXTURES + '/ns_three')
show(nsp.__path__)
show(importlib.machinery.PathFinder.find_spec('nsp'))
print(nsp.__spec__.submodule_search_locations is nsp.__path__)
show(list(nsp.__path__), nsp.__path__)
