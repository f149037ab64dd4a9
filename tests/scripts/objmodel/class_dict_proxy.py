def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class C:
    a = 1
    def f(self): pass
d = C.__dict__
print(type(d), type(d).__name__, d['a'], 'a' in d, len(d) > 3)
t(lambda: d.__setitem__('x', 1))
def sx(): d['x'] = 1
t(sx)
def dx(): del d['a']
t(dx)
t(lambda: d.pop('a'))
t(lambda: d.setdefault('a', 2))
t(lambda: d.clear())
t(lambda: d.update({}))
t(lambda: setattr(C, '__dict__', {}))
t(lambda: delattr(C, '__dict__'))
print(sorted(d.keys())[:3], d.get('a'), d.get('zz', 'dflt'))
print(type(d.copy()).__name__, (d | {'z': 1})['z'], type(d | {}).__name__)
t(lambda: d['missing'])
print(repr(int.__dict__)[:13])
print(str(type.__dict__['__dict__'].__get__(C))[:20])
t(lambda: hash(d))
print(d == dict(d), list(reversed(d))[-1] == list(d)[0])
import sys
print(type(sys.__dict__).__name__, type(vars(C)).__name__)
t(lambda: vars())
t(lambda: vars(C, 1))
class Vs:
    __slots__ = ('a',)
t(lambda: vars(Vs()))
class WithDictProp:
    @property
    def __dict__(self): return {'fake': 1}
print(vars(WithDictProp()))
class WithDictProp:
    @property
    def __dict__(self): return {'fake': 1}
w = WithDictProp()
w.x = 1
print(w.x, w.__dict__, vars(w))
class WD2:
    __dict__ = 5
o = WD2()
try:
    o.y = 2; print(o.y)
except Exception as e: print(type(e).__name__, e)
