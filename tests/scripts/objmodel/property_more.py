def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class C:
    def g(self):
        "getter doc"
        return 1
    def s(self, v): pass
    p = property(g, s, None, "explicit doc")
    q = property(g)
    q2 = q.setter(s)
    r = property(doc="only doc")
print(C.p.__doc__, C.q.__doc__, C.q2.__doc__, C.r.__doc__)
print(C.q2.fget is C.q.fget, C.q2 is C.q, C.q2.fset is C.s)
p3 = C.p.getter(lambda self: 2)
print(p3.__doc__)
p4 = C.q.getter(lambda self: 3)
print(p4.__doc__)
t(lambda: property(1, 2, 3, 4, 5))
t(lambda: property(fget=1, fset=2, fdel=3, doc=4).fdel)
t(lambda: property.__get__(C.p, None, None))
t(lambda: C.r.__get__(C()))
t(lambda: C.r.__set__(C(), 1))
t(lambda: C.r.__delete__(C()))
t(lambda: hasattr(property, '__set_name__'))
class D:
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("negative")
        self._x = v
    @x.deleter
    def x(self):
        del self._x
d = D(); d.x = 5; print(d.x); del d.x
t(lambda: d.x)
t(lambda: setattr(d, 'x', -1))
t(lambda: delattr(d, 'x'))
class E(D):
    @D.x.getter
    def x(self): return "E:" + str(self._x)
e = E(); e.x = 3; print(e.x)
t(lambda: type(E.__dict__['x']).__name__)
class Cached:
    def __init__(self, f): self.f = f; self.name = f.__name__
    def __get__(self, obj, cls):
        if obj is None: return self
        v = obj.__dict__[self.name] = self.f(obj)
        return v
class U:
    @Cached
    def heavy(self):
        print("computing"); return 42
u = U(); print(u.heavy, u.heavy, type(U.heavy).__name__)
