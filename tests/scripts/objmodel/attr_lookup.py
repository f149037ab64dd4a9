def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Data:
    def __get__(self, o, t): return "data"
    def __set__(self, o, v): print("set", v)
class NonData:
    def __get__(self, o, t): return "nondata"
class C:
    d = Data()
    n = NonData()
c = C()
c.__dict__['d'] = 'inst'
c.__dict__['n'] = 'inst'
print(c.d, c.n)
c.d = 5
print(c.__dict__)
class OnlySet:
    def __set__(self, o, v): print("onlyset", v)
class C2:
    s = OnlySet()
c2 = C2()
t(lambda: type(c2.s).__name__)
c2.__dict__['s'] = 1
print(c2.s)
class OnlyDel:
    def __delete__(self, o): print("onlydel")
class C3:
    x = OnlyDel()
c3 = C3()
del c3.x
t(lambda: setattr(c3, 'x', 1))
class GA:
    def __getattribute__(self, name):
        if name == 'magic': return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "fallback:" + name
g = GA()
g.y = 1
print(g.magic, g.y, g.zzz)
class P:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, name): return "ga:" + name
print(P().p)
class P2:
    @property
    def p(self): raise AttributeError("inner")
t(lambda: P2().p)
class SA:
    def __setattr__(self, n, v):
        print("setattr", n, v); object.__setattr__(self, n, v)
    def __delattr__(self, n):
        print("delattr", n); object.__delattr__(self, n)
s = SA(); s.a = 1; del s.a
t(lambda: s.__delattr__('a'))
t(lambda: object.__setattr__(1, 'x', 2))
t(lambda: setattr(1, 'x', 2))
t(lambda: setattr(int, 'x', 2))
t(lambda: delattr(int, 'x'))
t(lambda: delattr(int, '__add__'))
t(lambda: setattr(object, 'x', 2))
t(lambda: object.__setattr__(int, 'x', 2))
t(lambda: type.__setattr__(int, 'x', 2))
t(lambda: type.__setattr__(C, 'x', 2))
t(lambda: object.__setattr__(C, 'x', 2))
t(lambda: setattr(C, 5, 2))
t(lambda: setattr(c, 5, 2))
t(lambda: getattr(c, 5))
t(lambda: object.__getattribute__(c, 5))
t(lambda: delattr(c, 'zz'))
t(lambda: delattr(C, 'zz'))
t(lambda: object().x)
t(lambda: setattr(object(), 'x', 1))
t(lambda: C.nope)
t(lambda: c.nope)
t(lambda: vars(c))
t(lambda: vars(1))
t(lambda: vars(C)['d'] is C.__dict__['d'])
c.__dict__ = {'q': 1}
print(c.q)
t(lambda: setattr(c, '__dict__', 5))
del c.__dict__
print(c.__dict__)
t(lambda: object.__getattribute__(1, '__class__'))
t(lambda: object.__getattribute__(c, '__dict__'))
class X:
    y = 1
x = X()
print(x.y); X.y = 2; print(x.y); del X.y; t(lambda: x.y)
class Y(X): pass
yy = Y()
X.z = 3; print(yy.z, Y.z); X.z = 4; print(yy.z)
del X.z; t(lambda: yy.z)
X.__repr__ = lambda self: "X!"
print(repr(yy), repr(x))
del X.__repr__
print(repr(x)[:11])
X.__len__ = lambda self: 7
print(len(yy))
