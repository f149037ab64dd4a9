def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
g = "global g"
def outer():
    v = "enclosing v"
    w = "enclosing w"
    class C:
        w = "class w"
        a = v
        b = w
        def m(self): return (v, w)
        l = [v for _ in range(1)]
        lw = [w for _ in range(1)]
        nonlocal_test = None
    return C
C = outer()
print(C.a, C.b, C().m(), C.l, C.lw)
class D:
    global gg
    gg = "set global from class"
    x = 1
    del x
    y = locals().copy()
    z = sorted(k for k in locals())
print(gg, sorted(D.y), D.z, hasattr(D, 'x'))
def f2():
    x = 1
    class E:
        nonlocal x
        x = 2
    return x
print(f2())
def f3():
    class F:
        y = 1
        def g(self): return y
    return F
t(lambda: f3()().g())
class G:
    items = [1, 2, 3]
    total = sum(i for i in items)
    try:
        bad = [i * n for i in items for n in items2]
    except NameError as e:
        err = str(e)
print(G.total, G.err)
class H:
    x = 10
    lam = lambda: x
t(lambda: H.lam())
class I:
    print("in class body", __name__, __qualname__, __module__)
    def __init__(self): pass
    print(sorted(k for k in dir() if not k.startswith('__d')))
def deco(f): return f
class J:
    @deco
    def m(self): pass
    @property
    def p(self): return __class__
print(J().p, J.m.__qualname__)
class K:
    class L:
        class M:
            def f(self):
                def g():
                    class N: pass
                    return N
                return g()
print(K.L.M.__qualname__, K.L.M().f().__qualname__, repr(K.L.M().f()))
try:
    class Fail:
        raise ValueError("in body")
except ValueError as e: print(e)
print('Fail' in dir())
class Annot:
    x: int = 1
    y: "str"
    def f(self) -> int: pass
print(Annot.__annotations__, Annot.f.__annotations__)
class Ret:
    __doc__ = "assigned doc"
print(Ret.__doc__)
class Doc2:
    """first"""
    __doc__ += " extra"
print(Doc2.__doc__)
class WithClassVar:
    __class__ = "weird"
print(WithClassVar.__dict__['__class__'], WithClassVar().__class__)
