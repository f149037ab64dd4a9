def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def f(*a): return a
sm = staticmethod(f)
cm = classmethod(f)
print(sm.__func__ is f, cm.__func__ is f, sm.__wrapped__ is f, sm.__name__, cm.__qualname__, sm.__doc__)
print(sm(1), sm.__get__(None, int)(2), cm.__get__(None, int)(3), cm.__get__(5)(4))
t(lambda: cm(1))
t(lambda: staticmethod())
t(lambda: classmethod(f, f))
t(lambda: staticmethod(f, x=1))
sm.extra = 1
print(sm.extra, sm.__dict__)
class K:
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls
print(K.s(), K().s(), K.c(), K().c())
class K2(K): pass
print(K2.c(), K2().c())
print(isinstance(K.__dict__['s'], staticmethod), type(K.__dict__['c']))
t(lambda: K.__dict__['c'].__get__(None, None))
t(lambda: K.__dict__['s'].__get__(None, None)())
t(lambda: K.__dict__['s'].__get__())
class Cl:
    @classmethod
    def m(cls): return cls.__name__
bm = Cl.m
print(repr(bm), bm.__self__, bm.__func__.__name__, bm == Cl.m, bm is Cl.m)
class P:
    def method(self, a, b=2): return (a, b)
m = P().method
print(m(1), m(1, b=3), m.__call__(5), P.method(P(), 9))
t(lambda: m(1, 2, 3))
t(lambda: P.method())
t(lambda: m(c=1))
print(m.__name__, m.__qualname__, m.__module__, m.__doc__, m.__defaults__ if hasattr(m, '__defaults__') else None)
print(hash(m) == hash(P.method.__get__(m.__self__)))
t(lambda: m.__self__.__class__.__name__)
def outer():
    class Loc:
        def meth(self): pass
    return Loc().meth
print(repr(outer()).split(' of ')[0])
print(repr([].append).split(' of ')[0], repr(K.c).split(' of ')[0])
