# import, import as, from import, dotted imports; sys.modules caching;
# module attributes and reprs.
import sys
from _helper import show, clean

import plain
import plain as p2
from plain import VALUE, f as g
print(plain is p2, VALUE, g(), plain is sys.modules['plain'])
import plain
print('imported again without running')

import pkg.mod_b
print(pkg.__name__, 'mod_b' in dir(pkg), pkg.mod_b.B, pkg.mod_b.DEEP)
print(sorted(k for k in sys.modules if k.startswith('pkg')))
import pkg.sub.deep as deep
print(deep is sys.modules['pkg.sub.deep'], deep.__name__)
from pkg import sub
print(sub is pkg.sub)

for m in (plain, pkg, pkg.sub, deep):
    show(m)
    print(' ', [k for k in m.__dict__ if k.startswith('__')])
    show(' ', m.__name__, m.__package__, m.__file__, m.__doc__)
    show(' ', m.__spec__)
    s = m.__spec__
    show(' ', s.name, s.parent, s.origin, s.has_location, s.submodule_search_locations)
    print(' ', type(m.__loader__).__name__, m.__loader__ is s.loader, type(m.__builtins__).__name__)
    print(' ', m.__cached__ == s.cached, clean(m.__cached__).startswith(clean(m.__file__).rpartition('/')[0] + '/__pycache__/'))
    print(' ', getattr(m, '__path__', None) == s.submodule_search_locations)
show(pkg.__path__, type(pkg.__path__).__name__)
show(sys, sys.__spec__, sys.__loader__)
show(__spec__, __package__, __loader__.__name__ if hasattr(__loader__, '__name__') else type(__loader__).__name__)
print(__name__, __cached__)
M = type(sys)
show(M('made'), M('made', 'doc').__doc__)
m = M('x')
m.__file__ = '/some/where.py'
show(m)
m.__loader__ = 'a loader'
del m.__file__
show(m)
