# The loaders' own methods: load_module (deprecated, still used),
# get_filename, is_package, get_source, get_code, get_data, equality;
# spec_from_loader and spec_from_file_location.
import sys
import importlib.machinery as M
import importlib.util as U
from _helper import FIXTURES, show

path = FIXTURES + '/plain.py'
L = M.SourceFileLoader('plainz', path)
m = L.load_module()
show(m, m.VALUE, sys.modules['plainz'] is m, m.__loader__ is L)
m2 = L.load_module('plainz')
print(m2 is m)
try:
    L.load_module('other')
except ImportError as e:
    print(type(e).__name__, e)
show(L.get_filename(), L.is_package('plainz'), L.get_source('plainz').splitlines()[0])
print(type(L.get_code('plainz')).__name__, L.get_data(path)[:20])
show(U.spec_from_loader('q', L))
show(U.spec_from_file_location('pk', FIXTURES + '/pkg/__init__.py'))
print(U.spec_from_file_location('x', FIXTURES + '/nothing.txt'))
print(M.SourcelessFileLoader('a', '/x/a.pyc').get_source('a'))
print(L == M.SourceFileLoader('plainz', path), hash(L) == hash(M.SourceFileLoader('plainz', path)))
print(L == M.SourceFileLoader('plainy', path))
spec = U.spec_from_file_location('pk2', FIXTURES + '/pkg/__init__.py')
mod = U.module_from_spec(spec)
sys.modules['pk2'] = mod
spec.loader.exec_module(mod)
import pk2.mod_a
show(pk2.mod_a)
