# special methods are looked up on the type, not the instance nor __getattr__
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, name):
        print("getattr", name)
        return getattr(self._t, name)
p = Proxy([1, 2, 3])
t(lambda: p.append.__name__)
t(lambda: len(p))
t(lambda: p[0])
t(lambda: iter(p))
t(lambda: p + [4])
t(lambda: str(p)[:15])
t(lambda: 1 in p)
t(lambda: bool(p))
t(lambda: p == [1, 2, 3])
t(lambda: hash(p) == hash(p))
t(lambda: abs(p))
t(lambda: -p)
t(lambda: p())
t(lambda: format(p, "")[:15])
def f():
    with p: pass
t(f)
class Inst:
    pass
i = Inst()
i.__len__ = lambda: 5
i.__repr__ = lambda: "instance repr"
i.__add__ = lambda o: "instance add"
i.__getitem__ = lambda k: "instance getitem"
i.__iter__ = lambda: iter([1])
i.__bool__ = lambda: False
i.__hash__ = lambda: 1
i.__eq__ = lambda o: True
t(lambda: len(i))
t(lambda: repr(i)[:16])
t(lambda: i + 1)
t(lambda: i[0])
t(lambda: list(i))
t(lambda: bool(i))
t(lambda: i == 5)
t(lambda: i.__len__())
class GA:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self): return 3
    def __repr__(self): return "GA"
g = GA()
t(lambda: len(g))
t(lambda: repr(g))
t(lambda: g.__len__())
class Meta(type):
    def __len__(cls): return 42
    def __getitem__(cls, k): return ("meta getitem", k)
    def __iter__(cls): return iter("meta")
    def __call__(cls, *a): return ("meta call", a)
    def __bool__(cls): return False
    def __add__(cls, o): return "meta add"
    def __contains__(cls, x): return True
    def __repr__(cls): return "<Meta " + cls.__name__ + ">"
class WithMeta(metaclass=Meta):
    def __len__(self): return 1
t(lambda: len(WithMeta))
t(lambda: WithMeta["k"])
t(lambda: list(WithMeta))
t(lambda: WithMeta(1, 2))
t(lambda: bool(WithMeta))
t(lambda: WithMeta + 1)
t(lambda: 5 in WithMeta)
t(lambda: repr(WithMeta))
t(lambda: WithMeta.__len__.__qualname__)
class Desc:
    def __get__(self, obj, owner):
        print("Desc.__get__", type(obj).__name__, owner.__name__)
        return lambda *a: 7
class UsesDesc:
    __len__ = Desc()
    __getitem__ = Desc()
    __call__ = Desc()
    __add__ = Desc()
    __eq__ = Desc()
    __hash__ = Desc()
    __iter__ = Desc()
u = UsesDesc()
t(lambda: len(u))
t(lambda: u[0])
t(lambda: u())
t(lambda: u + 1)
t(lambda: u == 1)
t(lambda: hash(u))
t(lambda: iter(u))
class SM:
    @staticmethod
    def __len__(): return 11
    @classmethod
    def __getitem__(cls, k): return (cls.__name__, k)
t(lambda: len(SM()))
t(lambda: SM()[3])
class Callable:
    def __init__(self, v): self.v = v
    def __call__(self, *a): return self.v
class CallableDunder:
    __len__ = Callable(9)
    __repr__ = Callable("callable repr")
t(lambda: len(CallableDunder()))
t(lambda: repr(CallableDunder()))
class Later:
    pass
x = Later()
t(lambda: len(x))
Later.__len__ = lambda self: 17
t(lambda: len(x))
Later.__add__ = lambda self, o: "later add"
t(lambda: x + 1)
Later.__eq__ = lambda self, o: "later eq"
t(lambda: x == 2)
t(lambda: hash(x) == hash(x))
del Later.__len__
t(lambda: len(x))
Later.__iter__ = None
t(lambda: iter(x))
Later.__hash__ = None
t(lambda: hash(x))
class SubLater(Later): pass
t(lambda: hash(SubLater()))
Later.__repr__ = lambda self: "later repr"
t(lambda: (repr(x), repr(SubLater())))
