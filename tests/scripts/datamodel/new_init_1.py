# object.__new__/__init__ argument rules, __new__ returning other types, __init__ results
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

class C: pass
t(lambda: C(1))
t(lambda: C(a=1))
t(lambda: object(1))
t(lambda: object.__new__(C, 1))
t(lambda: object.__init__(C(), 1))
t(lambda: object.__new__(int))
t(lambda: object.__new__(1))
t(lambda: object.__new__())
t(lambda: object.__init__())
class D:
    def __init__(self, x): self.x = x
t(lambda: D(1).x)
t(lambda: D())
t(lambda: type(object.__new__(D, 1)).__name__)
class E:
    def __new__(cls, *a): return super().__new__(cls, *a)
t(lambda: E(1))
class E2:
    def __new__(cls, *a): return object.__new__(cls)
t(lambda: type(E2(1)).__name__)
class F:
    def __new__(cls, *a): return 42
    def __init__(self, *a): print("init called")
t(lambda: F(1))
class G:
    def __init__(self): return 1
t(lambda: G())
class H:
    def __new__(cls): 
        o = super().__new__(cls); print("new"); return o
    def __init__(self): print("init")
t(lambda: type(H()).__name__)
class I(H):
    pass
class J:
    def __new__(cls):
        return I.__new__(I)
t(lambda: type(J()).__name__)
class K:
    def __init__(self, *a): print("K init", a)
t(lambda: type(K(1,2)).__name__)
t(lambda: type(object.__new__(K, 1)).__name__)
class L:
    def __new__(cls, *a): return object.__new__(cls)
t(lambda: type(L(1,2)).__name__)
t(lambda: object.__init__(L(), 1))
t(lambda: object.__new__(L, 1))
class M:
    def __init__(self, *a): object.__init__(self, *a)
t(lambda: M(1))
class N:
    def __new__(cls, *a): return object.__new__(cls, *a)
t(lambda: N(1))
t(lambda: int.__new__(C))
t(lambda: object.__new__(C).__class__.__name__)
t(lambda: list.__init__(1))
t(lambda: list.__init__([], 1, 2))
t(lambda: int.__new__(list))
t(lambda: list.__new__(int))
t(lambda: object.__new__(type))
t(lambda: type.__new__(type, 'X', (), {}).__name__)
t(lambda: object.__init__(1))
t(lambda: object.__new__(ValueError))
class Sub(ValueError): pass
t(lambda: repr(ValueError.__new__(Sub, 1, 2)))
class O:
    def __init__(self): pass
    def __new__(cls, a): return super().__new__(cls)
t(lambda: O(1))
class P:
    __init__ = None
t(lambda: P())
class Q:
    __new__ = None
t(lambda: Q())
