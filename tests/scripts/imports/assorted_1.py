# A package folder beats a module file of the same name; built-in modules
# beat files; a module may replace itself in sys.modules; PEP 562
# __getattr__ in from-imports; __path__ can be extended; del sys.modules
# re-runs a module; anything in sys.modules imports.
import sys
from _helper import FIXTURES, attempt
import both
import replaced
print(replaced, sys.modules['replaced'])
from lazy import lazy
print(lazy)
import sys as s2
print(s2 is sys, sys.__spec__.origin)
sys.path.append(FIXTURES + '/ext1')
import p
p.__path__.append(FIXTURES + '/ext2/p')
import p.q
print(p.q.Q)
import plain
del sys.modules['plain']
import plain
print(plain is sys.modules['plain'])
x = __import__('p.q', fromlist=['Q'])
print(x.__name__)
import p.q as pq
print(pq.__name__)


class C:
    pass


sys.modules['fake'] = C()
import fake
print(type(fake).__name__)
attempt(lambda: __import__('fake.sub'))
from lazy import *
