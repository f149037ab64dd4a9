import sys, types
class MyMod(types.ModuleType):
    def __getattr__(self, n): return "dyn " + n
    @property
    def computed(self): return 42
m = sys.modules[__name__]
m.__class__ = MyMod
print(type(m).__name__, m.computed, m.whatever)
m.__class__ = types.ModuleType
print(type(m).__name__)
try:
    m.__class__ = int
except TypeError as e: print(e)
class NotMod: pass
try:
    m.__class__ = NotMod
except TypeError as e: print(e)
import types
class M(types.ModuleType): pass
class S(set): pass
class F(frozenset): pass
class T(type): pass

class X(Exception): pass
for c in (M, S, F, T, X):
    print(c.__name__, '__weakref__' in c.__dict__, '__dict__' in c.__dict__)
