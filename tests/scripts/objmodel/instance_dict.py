def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class C: pass
c = C()
class MyDict(dict):
    def __getitem__(self, k): return "custom"
c.__dict__ = MyDict(a=1)
print(c.a, type(c.__dict__).__name__, vars(c))
c.b = 2
print(c.__dict__)
del c.__dict__
print(c.__dict__)
c.z = 1
print(vars(c))
t(lambda: setattr(c, '__dict__', None))
t(lambda: setattr(c, '__dict__', [1]))
o = object.__new__(C)
print(vars(o), type(o).__name__)
t(lambda: object.__new__(int))
t(lambda: object.__new__(5))
t(lambda: object.__new__())
t(lambda: C.__new__(C).__class__.__name__)
t(lambda: int.__new__(C))
class K:
    def __init__(self): self.__dict__.update(x=1, y=2)
print(K().x, sorted(K().__dict__))
k = K()
k.__dict__['__class__'] = 5
print(k.__class__.__name__)
k.__dict__['method'] = lambda: "inst func"
print(k.method())
class WithSlotDict:
    __slots__ = ('__dict__',)
w = WithSlotDict(); w.a = 1
print(w.__dict__)
t(lambda: WithSlotDict.__dict__['__dict__'].__get__(K()))
import sys
t(lambda: setattr(sys, 'newattr', 1) or sys.newattr)
t(lambda: type(sys).__dict__['__dict__'])
import sys
try: sys.__dict__ = {}
except Exception as e: print(type(e).__name__, e)
try: del sys.__dict__
except Exception as e: print(type(e).__name__, e)
