def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class MetaD:
    def __get__(self, o, t): return ("metadata", o.__name__ if o else None)
    def __set__(self, o, v): print("meta set", v)
class MetaN:
    def __get__(self, o, t): return "metanondata"
class Meta(type):
    d = MetaD()
    n = MetaN()
    only_meta = 5
    def meth(cls): return "meta meth " + cls.__name__
class C(metaclass=Meta):
    d = "class d"
    n = "class n"
print(C.d, C.n, C.only_meta, C.meth())
t(lambda: C().only_meta)
C.d = 7
print(C.__dict__['d'])
class Desc:
    def __get__(self, o, t): return ("desc", o is None, t.__name__)
class D:
    x = Desc()
print(D.x, D().x)
class G:
    def __getattr__(self, n):
        if n.startswith('_'): raise AttributeError(n)
        return n.upper()
g = G()
print(g.abc, hasattr(g, '_x'), getattr(g, '_y', 'default'))
t(lambda: g._z)
class G2:
    def __getattr__(self, n): raise KeyError(n)
t(lambda: G2().x)
t(lambda: hasattr(G2(), 'x'))
class GA:
    def __getattribute__(self, n): raise AttributeError("ga " + n)
t(lambda: GA().x)
t(lambda: GA().__class__)
t(lambda: type(GA()).__name__)
class GA2:
    def __getattribute__(self, n):
        if n == 'x': return 1
        return super().__getattribute__(n)
    def __getattr__(self, n): return "fallback " + n
print(GA2().x, GA2().y, GA2().__class__.__name__)
class PropAE:
    @property
    def p(self): raise AttributeError("from property")
t(lambda: PropAE().p)
class PropAE2(PropAE):
    def __getattr__(self, n): return "getattr " + n
print(PropAE2().p)
class SA:
    def __setattr__(self, n, v):
        if n == 'ro': raise AttributeError("read only")
        super().__setattr__(n, v)
s = SA(); s.x = 1; print(s.x)
t(lambda: setattr(s, 'ro', 1))
class DA:
    def __delattr__(self, n): print("del", n)
d = DA(); del d.anything
class Inst:
    def __init__(self): self.method = lambda: "instance attr"
    def method(self): return "class method"
print(Inst().method())
class DictSub:
    def __init__(self): self.__dict__['x'] = 1
print(DictSub().x)
o = DictSub(); o.__dict__.clear(); t(lambda: o.x)
class NoDict: __slots__ = ()
t(lambda: vars(NoDict()))
t(lambda: NoDict().__dict__)
t(lambda: object.__getattribute__(5, 'real'))
t(lambda: object.__getattribute__(C, 'd'))
t(lambda: type.__getattribute__(C, 'd'))
t(lambda: type.__getattribute__(5, 'x'))
t(lambda: object.__delattr__(C(), 'zz'))
t(lambda: object.__setattr__(C(), '__dict__', {}))
t(lambda: type.__setattr__(C, 'q', 1) or C.q)
t(lambda: type.__setattr__(5, 'q', 1))
t(lambda: object.__setattr__(object(), 'a', 1))
class WithClassAttr: pass
w = WithClassAttr()
t(lambda: setattr(w, '__class__', WithClassAttr) or 'ok')
