def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Log(dict):
    def __setitem__(self, k, v):
        print("ns set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        return super().__getitem__(k)
class M(type):
    @classmethod
    def __prepare__(m, name, bases): return Log()
    def __new__(m, name, bases, ns):
        print(type(ns).__name__)
        return super().__new__(m, name, bases, dict(ns))
class C(metaclass=M):
    x = 1
    def f(self): pass
    y = x + 1
print(C.y)
class M2(type): pass
t(lambda: M2('A'))
t(lambda: M2())
t(lambda: type('A'))
t(lambda: type('A', ()))
t(lambda: type('A', (), {}, 1))
t(lambda: type(1, (), {}))
t(lambda: type('A', [], {}))
t(lambda: type('A', (), []))
t(lambda: type.__new__(type, 'A', (), {}).__name__)
t(lambda: type.__new__(1))
t(lambda: type.__new__(int, 'A', (), {}))
t(lambda: type.__new__())
t(lambda: type.__init__(C, 1, 2))
t(lambda: type('A', (), {}, x=1))
class Base:
    def __init_subclass__(cls, **kw):
        print("isc", cls.__name__, kw)
t(lambda: type('A', (Base,), {}, x=1).__name__)
class Strict:
    def __init_subclass__(cls): pass
try:
    class S(Strict, a=1): pass
except TypeError as e: print(e)
try:
    class S2(a=1): pass
except TypeError as e: print(e)
class RaisesISC:
    def __init_subclass__(cls): raise ValueError("no subclasses")
try:
    class S3(RaisesISC): pass
except ValueError as e: print(e)
class NotCM:
    def __init_subclass__(cls, **kw): print("implicit classmethod", cls.__name__)
class S4(NotCM): pass
print(type(NotCM.__dict__['__init_subclass__']).__name__)
print(type(Base.__dict__['__init_subclass__']).__name__)
class CG:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(type(CG.__dict__['__class_getitem__']).__name__, CG[int], CG()['x'] if hasattr(CG, '__getitem__') else 'no getitem')
t(lambda: CG()[0])
class Meta3(type):
    def __call__(cls, *args, **kwargs):
        print("meta call", args, kwargs)
        return 42
class Single(metaclass=Meta3):
    def __init__(self, *a): print("init never")
print(Single(1, k=2))
class Meta4(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class K(metaclass=Meta4, a=1, b=2): pass
print(K.kw)
class Meta5(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)
try:
    class K5(metaclass=Meta5, z=1): pass
except TypeError as e: print(e)
class K6(metaclass=Meta5): pass
print(type(K6).__name__)
print(type(type), type(type(type)), type.__class__, isinstance(type, type), isinstance(object, type), issubclass(type, object))
print(M.__mro__, M.__class__)
# class body return / __classcell__
class Cell:
    def f(self): return __class__
print(Cell().f() is Cell)
class BadCell(type):
    def __new__(m, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(m, name, bases, ns)
try:
    class BC(metaclass=BadCell):
        def f(self): return __class__
    print(BC().f())
except Exception as e: print(type(e).__name__, e)
class Slotted:
    __slots__ = ('a',)
    def __init_subclass__(cls): print("slotted sub", cls.__slots__ if '__slots__' in cls.__dict__ else None)
class SS(Slotted): __slots__ = ('b',)
print(C.__dict__.get('__qualname__'), C.__qualname__)
