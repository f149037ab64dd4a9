def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class C:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x doc"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("deleting")
    def gety(self): return 1
    y = property(gety, doc="ydoc")
    z = property()
    @property
    def ro(self): return 1
c = C()
c.x = 5; print(c.x); del c.x
print(C.x.__doc__, C.y.__doc__, C.z.__doc__, C.ro.__doc__)
t(lambda: setattr(c, 'y', 1))
t(lambda: delattr(c, 'y'))
t(lambda: c.z)
t(lambda: setattr(c, 'z', 1))
t(lambda: delattr(c, 'z'))
t(lambda: setattr(c, 'ro', 1))
print(C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__, C.y.fset)
print(type(C.x), C.x.__isabstractmethod__)
p = property(lambda s: 1)
print(p.__doc__)
class D:
    p = property(lambda s: 1)
t(lambda: setattr(D(), 'p', 2))
t(lambda: property.__get__(C.x, None, C) is C.x)
t(lambda: C.x.__get__(c))
t(lambda: C.x.__set__(c, 9) or c.x)
t(lambda: C.x.__delete__(c))
t(lambda: property(1)(2))
t(lambda: property(fget=1).__get__(c))
class Sub(property): 
    "sub doc"
sp = Sub(lambda s: 1)
print(sp.__doc__)
class PE:
    @property
    def a(self): return self.missing
t(lambda: PE().a)
class K:
    @classmethod
    def cm(cls, a): return (cls.__name__, a)
    @staticmethod
    def sm(a): return a
    def m(self): return self
print(K.cm(1), K().cm(2), K.sm(3), K().sm(4))
print(K.__dict__['sm'](5), callable(K.__dict__['sm']), callable(K.__dict__['cm']))
t(lambda: K.__dict__['cm'](1))
print(K.__dict__['sm'].__func__.__name__, K.__dict__['cm'].__func__.__name__)
print(K.__dict__['sm'].__name__, K.__dict__['sm'].__qualname__, K.__dict__['sm'].__doc__, K.__dict__['sm'].__wrapped__.__name__)
print(K.__dict__['cm'].__name__, K.__dict__['cm'].__wrapped__.__name__, K.__dict__['cm'].__isabstractmethod__)
print(repr(K.__dict__['sm'])[:32], repr(K.__dict__['cm'])[:34])
k = K()
bm = k.m
print(bm.__self__ is k, bm.__func__ is K.__dict__['m'], bm.__name__, bm.__qualname__, bm.__doc__)
print(k.m == k.m, k.m is k.m, hash(k.m) == hash(k.m), k.m != K().m)
print(repr(k.m).startswith("<bound method K.m of <__main__.K object at"))
print(repr(K.cm))
print(K.cm.__self__.__name__, K.cm.__func__.__name__)
print(repr((1).__add__)[:37], repr([].append)[:36])
print(type(bm).__name__, type(k.m.__func__).__name__)
t(lambda: bm.__call__() is k)
t(lambda: setattr(bm, 'x', 1))
t(lambda: bm.nope)
class Callme:
    def __call__(self, *a): return a
class L:
    c = Callme()
    f = len
print(L().c(1), L().f([1,2]))
def free(self): return "free:" + type(self).__name__
L.g = free
print(L().g())
print(free.__get__(5)(), free.__get__(None, int) is free, repr(free.__get__(5))[:35])
t(lambda: free.__get__(None, None))
t(lambda: free.__get__())
print(type(K.__dict__['m'].__get__(None, K)).__name__)
class types: MethodType = type(K().m)
mt = types.MethodType(free, 7)
print(mt(), mt.__self__)
t(lambda: types.MethodType(free, None))
t(lambda: types.MethodType(1, 2)())
print(K().m.__eq__(K().m), bm == bm, bm.__reduce__ if False else 1)
class Eq:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
    def m(self): pass
e1, e2 = Eq(), Eq()
print(e1.m == e2.m)
print(staticmethod(len)([1]), classmethod(len).__func__)
t(lambda: classmethod(1).__get__(None, int)())
t(lambda: staticmethod(1)())
class CC:
    @classmethod
    @property
    def cp(cls): return "cp:" + cls.__name__
print(CC.cp)
