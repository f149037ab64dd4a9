# __missing__, __call__, context managers, __dir__, __init_subclass__,
# __class_getitem__, __length_hint__
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class D(dict):
    def __missing__(self, k):
        print("missing", k)
        return k * 2
d = D(a=1)
t(lambda: (d["a"], d["bb"], d.get("zz"), "bb" in d, len(d)))
t(lambda: d.setdefault("q", 5))
t(lambda: d.pop("nope", 0))
t(lambda: d.pop("nope"))
class D2(dict):
    def __missing__(self, k): raise KeyError("custom " + k)
t(lambda: D2()["x"])
class D3(dict):
    __missing__ = None
t(lambda: D3()["x"])
class NotDict:
    def __missing__(self, k): return 1
t(lambda: NotDict()["x"])
class DD(dict):
    def __missing__(self, k):
        self[k] = v = []
        return v
dd = DD()
dd["x"].append(1); dd["x"].append(2)
t(lambda: dd)

class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
    def keys(self):
        print("keys()")
        return super().keys()
lg = Logged()
lg["a"] = 1
lg.update(b=2)
lg.update({"c": 3})
lg.setdefault("d", 4)
t(lambda: lg)
t(lambda: lg.get("a"))
t(lambda: dict(lg))
t(lambda: {**lg})
t(lambda: Logged(x=1))
t(lambda: {}.update(lg) or "updated")
def f(**kw): return kw
t(lambda: f(**lg))
t(lambda: lg | {"z": 0})
t(lambda: type(lg | {"z": 0}).__name__)
t(lambda: type(lg.copy()).__name__)
class MyList(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __iter__(self):
        print("iter")
        return super().__iter__()
    def __len__(self):
        print("len")
        return super().__len__()
ml = MyList([1])
ml.append(2)
ml.extend([3])
t(lambda: ml)
t(lambda: list(ml))
t(lambda: [x for x in ml])
t(lambda: sorted(ml))
t(lambda: len(ml))
t(lambda: bool(ml))
t(lambda: ml + [9])
t(lambda: [0] + ml)
t(lambda: tuple(ml))
t(lambda: set(ml))
t(lambda: "".join(map(str, ml)))
class MySet(set):
    def add(self, x):
        print("add", x)
        super().add(x)
ms = MySet([1])
ms.add(2)
ms |= {3}
t(lambda: (type(ms).__name__, sorted(ms)))
t(lambda: type(ms | {4}).__name__)
class MyStr(str):
    def __len__(self): return 100
    def __iter__(self): return iter("xyz")
    def __contains__(self, x): return True
ss = MyStr("ab")
t(lambda: (len(ss), list(ss), "q" in ss, ss.upper(), ss + "c", "".join(ss), str(ss), ss == "ab"))

class Callable:
    def __call__(self, *a, **k): return ("called", a, k)
c = Callable()
t(lambda: c(1, x=2))
t(lambda: callable(c))
t(lambda: callable(Callable))
class NotCallable: pass
t(lambda: NotCallable()())
t(lambda: callable(NotCallable()))
class CallNone:
    __call__ = None
t(lambda: CallNone()())
t(lambda: callable(CallNone()))
c.__call__ = lambda: "instance attr"
t(lambda: c())
t(lambda: 5())
t(lambda: "x"())
t(lambda: [1]())
t(lambda: None())

class CM:
    def __init__(self, suppress): self.suppress = suppress
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev, type(tb).__name__)
        return self.suppress
def f():
    with CM(False) as v:
        print("body", v)
    return "after"
t(f)
def f():
    with CM(True):
        raise ValueError("boom")
    return "suppressed"
t(f)
def f():
    with CM(0):
        raise ValueError("boom")
t(f)
def f():
    with CM("yes"):
        raise KeyError("k")
    return "truthy suppresses"
t(f)
def f():
    with CM(True), CM(False):
        raise ValueError("inner")
    return "outer suppressed"
t(f)
def f():
    for i in range(3):
        with CM(False):
            if i == 1: break
    return i
t(f)
def f():
    with CM(False):
        return "returned"
t(f)
class NoCM: pass
def f():
    with NoCM(): pass
t(f)
class OnlyEnter:
    def __enter__(self): return self
def f():
    with OnlyEnter(): pass
t(f)
class OnlyExit:
    def __exit__(self, *a): pass
def f():
    with OnlyExit(): pass
t(f)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("from exit")
def f():
    with ExitRaises():
        raise ValueError("orig")
t(f)
def f():
    try:
        with ExitRaises():
            raise ValueError("orig")
    except RuntimeError as e:
        return repr(e.__context__)
t(f)
class EnterRaises:
    def __enter__(self): raise ValueError("enter failed")
    def __exit__(self, *a): print("exit not called")
def f():
    with EnterRaises(): pass
t(f)
class BadBool:
    def __bool__(self): raise ZeroDivisionError("bool")
class ExitBad:
    def __enter__(self): return self
    def __exit__(self, *a): return BadBool()
def f():
    with ExitBad():
        raise ValueError("x")
t(f)
class InstanceEnter:
    pass
ie = InstanceEnter()
ie.__enter__ = lambda: 1
ie.__exit__ = lambda *a: None
def f():
    with ie: pass
t(f)

class WithDir:
    def __dir__(self): return ["b", "a", "c"]
t(lambda: dir(WithDir()))
class DirTuple:
    def __dir__(self): return ("z", "y")
t(lambda: dir(DirTuple()))
class DirBad:
    def __dir__(self): return 5
t(lambda: dir(DirBad()))
class DirGen:
    def __dir__(self): yield "q"
t(lambda: dir(DirGen()))
class Plain:
    cls_attr = 1
    def method(self): pass
p = Plain(); p.inst = 2
t(lambda: [n for n in dir(p) if not n.startswith("__")])
t(lambda: [n for n in dir(Plain) if not n.startswith("__")])
t(lambda: "__init__" in dir(p) and "__class__" in dir(p))

class Base:
    subs = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class S1(Base): pass
class S2(Base, tag="two"): pass
class S3(S2, tag=3): pass
t(lambda: Base.subs)
def f():
    class Bad(Base, nope=1): pass
t(f)
def f():
    class Bad2(nope=1): pass
t(f)
class ISNotCM:
    def __init_subclass__(cls): print("plain function becomes classmethod:", cls.__name__)
class ISN(ISNotCM): pass

class G:
    def __class_getitem__(cls, item): return ("G", cls.__name__, item)
t(lambda: G[int])
t(lambda: G[int, str])
class GS(G): pass
t(lambda: GS[1])
t(lambda: G()[0])
class NoG: pass
t(lambda: NoG[int])
t(lambda: list[int])
t(lambda: dict[str, list[int]])
t(lambda: tuple[int, ...])
t(lambda: type(list[int]).__name__)
t(lambda: list[int]([1, 2]))
t(lambda: (list[int].__origin__, list[int].__args__))
t(lambda: isinstance([], list[int]))
t(lambda: int[str])
class ML(list): pass
t(lambda: ML[int])

class LH:
    def __length_hint__(self): return 5
    def __iter__(self): return iter([1, 2])
t(lambda: list(LH()))
class LHBad:
    def __length_hint__(self): return "x"
    def __iter__(self): return iter([1])
t(lambda: list(LHBad()))
class LHNeg:
    def __length_hint__(self): return -1
    def __iter__(self): return iter([1])
t(lambda: list(LHNeg()))
class LHNI:
    def __length_hint__(self): return NotImplemented
    def __iter__(self): return iter([1])
t(lambda: list(LHNI()))
t(lambda: iter([1, 2, 3]).__length_hint__())
t(lambda: reversed([1, 2]).__length_hint__())
