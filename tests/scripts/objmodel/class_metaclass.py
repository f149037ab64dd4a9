def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, bases, sorted(kw.items()))
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, bases, sorted(k for k in ns), sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, sorted(kw.items()))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        return super().__call__(*a, **k)

class A(metaclass=Meta, x=1, y=2):
    z = 3
    def f(self): return 1
print(A.injected, type(A).__name__)
a = A()
print(type(a).__name__)

class M1(type): pass
class M2(type): pass
class B1(metaclass=M1): pass
class B2(metaclass=M2): pass
t(lambda: type("C", (B1, B2), {}))
try:
    class C(B1, B2): pass
except TypeError as e: print(e)
class M3(M1, M2): pass
class C(B1, B2, metaclass=M3): pass
print(type(C).__name__)
class D(B1, metaclass=type): pass
print(type(D).__name__)

# prepare returning non-mapping
class PM(type):
    @classmethod
    def __prepare__(m, n, b): return 42
try:
    class E(metaclass=PM): pass
except TypeError as e: print(e)

# metaclass is a function
def mf(name, bases, ns, **kw):
    print("mf", name, bases, sorted(ns), kw)
    return 7
class F(int, metaclass=mf, k=2): a = 1
print(F)

# keyword args to type without __init_subclass__
try:
    class G(foo=1): pass
except TypeError as e: print(e)

class Base:
    def __init_subclass__(cls, /, flag=None, **kw):
        print("init_subclass", cls.__name__, flag, kw)
        super().__init_subclass__(**kw)
class H(Base, flag=3): pass
try:
    class I(Base, flag=3, other=4): pass
except TypeError as e: print(e)

print(A.__module__, A.__qualname__, A.__name__, A.__doc__)
class Doc:
    "the doc"
print(Doc.__doc__)
class Outer:
    class Inner:
        def m(self):
            def g(): pass
            return g
    def meth(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner().m().__qualname__)
print(Outer().meth().__qualname__)
print(type(Outer.__dict__).__name__)
t(lambda: Outer.__dict__.__setitem__('x', 1))
def setit():
    Outer.__dict__['x'] = 1
t(setit)
print(sorted(k for k in Outer.__dict__))
print(Outer.__dict__['meth'].__qualname__)
