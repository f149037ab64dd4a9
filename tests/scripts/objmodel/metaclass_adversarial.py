def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class M(type):
    def mro(cls):
        return (cls, *cls.__bases__, object) if cls.__bases__ != (object,) else (cls, object)
class A(metaclass=M): pass
class B(A): pass
print(B.__mro__)
class M2(type):
    def mro(cls): return iter([cls, object])
class C(metaclass=M2): pass
print(C.__mro__)
class M3(type):
    def mro(cls): return [object]
t(lambda: M3('D', (), {}).__mro__)
class M4(type):
    def mro(cls): return []
t(lambda: M4('E', (), {}).__mro__)
class M5(type):
    def mro(cls): raise KeyError("mro boom")
t(lambda: M5('F', (), {}))
class M6(type):
    def mro(cls): return [cls, cls, object]
t(lambda: M6('G', (), {}).__mro__)
# mro that reassigns bases
class X: pass
class Y: pass
class M7(type):
    calls = 0
    def mro(cls):
        M7.calls += 1
        return type.mro(cls)
class Z(X, metaclass=M7): pass
Z.__bases__ = (Y,)
print(Z.__mro__, M7.calls)
class M8(type):
    def mro(cls):
        if getattr(cls, 'fail', False): raise TypeError("refuse")
        return type.mro(cls)
class W(X, metaclass=M8): pass
W.fail = True
t(lambda: setattr(W, '__bases__', (Y,)))
print(W.__bases__, W.__mro__)
# metaclass returning non-type
class NT(type):
    def __new__(m, *a): return 5
class R(metaclass=NT): pass
print(R)
def meta_none(*a): return None
class R2(metaclass=meta_none): pass
print(R2)
t(lambda: type.__new__(NT, 'x', (), {}).__class__)
class Weird(metaclass=lambda n, b, ns, **k: (n, b, sorted(ns), k), q=1): a = 1
print(Weird)
class PrepNone(type):
    @classmethod
    def __prepare__(m, *a, **k): return None
try:
    class PN(metaclass=PrepNone): pass
except TypeError as e: print(e)
class MyMap:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
class PrepMap(type):
    @classmethod
    def __prepare__(m, *a, **k): return MyMap()
    def __new__(m, name, bases, ns): return super().__new__(m, name, bases, ns.d)
class PM(metaclass=PrepMap):
    a = 1
    b = a + 1
print(PM.b)
class PrepMap2(PrepMap):
    def __new__(m, name, bases, ns): return type.__new__(m, name, bases, ns)
try:
    class PM2(metaclass=PrepMap2): a = 1
except TypeError as e: print(e)
# bases containing non-class
try:
    class Bad(1, 2): pass
except TypeError as e: print(e)
try:
    class Bad2(object()): pass
except TypeError as e: print(e)
t(lambda: type('T', (1,), {}))
class ME2:
    def __mro_entries__(self, bases): return ()
class Empty(ME2()): pass
print(Empty.__bases__, Empty.__orig_bases__[0].__class__.__name__)
class ME3:
    def __mro_entries__(self, bases): raise ValueError("me3")
try:
    class E3(ME3()): pass
except ValueError as e: print(e)
