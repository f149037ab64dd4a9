# built-in types are classes: subclassing, type(), __class__, type(name, bases, dict), errors
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for base in (list, dict, set, frozenset, tuple, str, bytes, bytearray, int, float, complex,
             object, Exception, ValueError, KeyError, OSError, type, BaseException):
    cls = type("Sub" + base.__name__, (base,), {"extra": lambda self: "extra"})
    inst = cls() if base is not type else cls("X", (), {})
    print(base.__name__, type(inst).__name__, isinstance(inst, base), inst.extra(),
          cls.__mro__[1] is base, cls.__base__ is base)
for bad in (bool, type(None), type(len), range, slice, memoryview, type(lambda: 0),
            type(NotImplemented), type(...), type(iter([]))):
    t(lambda: type("X", (bad,), {}))
def f():
    class B(bool): pass
t(f)
def f():
    class B(len): pass
t(f)
def f():
    class B(1): pass
t(f)
def f():
    class B(int, str): pass
t(f)
def f():
    class B(list, dict): pass
t(f)
def f():
    class B(int, float): pass
t(f)
def f():
    class B(Exception, int): pass
t(f)
def f():
    class B(KeyError, OSError): pass
t(f)
def f():
    class B(object, object): pass
t(f)
class A: pass
def f():
    class B(A, A): pass
t(f)
def f():
    class X(object, A): pass
t(f)

t(lambda: type(1))
t(lambda: type(type))
t(lambda: type(object))
t(lambda: (1).__class__)
t(lambda: type("x") is str)
t(lambda: type())
t(lambda: type(1, 2))
t(lambda: type(1, 2, 3, 4))
t(lambda: type("N", 1, {}))
t(lambda: type("N", (), 1))
t(lambda: type(1, (), {}))
t(lambda: type("N", (1,), {}))
t(lambda: type("N", (), {}, x=1))
t(lambda: type(name="N", bases=(), dict={}))
N = type("N", (A,), {"x": 1, "__doc__": "docN", "m": lambda self: self.x})
t(lambda: (N.__name__, N.__qualname__, N.__module__, N.__doc__, N.__bases__, N().m(), N.x))
N2 = type("N2", (), {"__qualname__": "Outer.N2", "__module__": "mymod"})
t(lambda: (N2.__qualname__, repr(N2)))
t(lambda: type("N3", (), {"__qualname__": 5}))
t(lambda: type("bad\x00name", (), {}))
t(lambda: type("", (), {}).__name__)
t(lambda: type("N4", (), {"__slots__": ("a",)})().a)

class Sub1(A): pass
class Sub2(A): pass
class SubSub(Sub1): pass
t(lambda: [c.__name__ for c in A.__subclasses__()])
t(lambda: [c.__name__ for c in Sub1.__subclasses__()])
t(lambda: SubSub.__subclasses__())
t(lambda: type.__subclasses__(A)[0].__name__)
t(lambda: bool.__subclasses__())
t(lambda: int.__subclasses__()[0])
t(lambda: A.__subclasses__(1))

# setting attributes on built-in types
def f(): int.x = 1
t(f)
def f(): list.append = None
t(f)
def f(): del str.upper
t(f)
def f(): object.foo = 1
t(f)
def f(): type.x = 1
t(f)
def f(): setattr(float, "y", 2)
t(f)
def f(): (1).x = 1
t(f)
def f(): [].x = 1
t(f)
def f(): object().x = 1
t(f)
def f(): "s".upper = 1
t(f)
def f(): (1).real = 2
t(f)
def f(): del [].append
t(f)
def f(): int.__name__ = "Int"
t(f)
def f(): int.__doc__ = "x"
t(f)
class Mut: pass
def f(): Mut.x = 1; del Mut.x; return hasattr(Mut, "x")
t(f)
def f(): del Mut.nope
t(f)
def f(): Mut.__name__ = "Renamed"; return Mut.__name__, Mut.__qualname__
t(f)
def f(): Mut.__name__ = 5
t(f)
def f(): Mut.__qualname__ = 5
t(f)

# common error messages
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: {[1]: 2})
t(lambda: 1[0])
t(lambda: None[0])
t(lambda: len[0])
t(lambda: object()[0])
def f(): (1, 2)[0] = 5
t(f)
def f(): "abc"[0] = "x"
t(f)
def f(): del "abc"[0]
t(f)
def f(): del (1,)[0]
t(f)
def f(): x = 5; x[0] = 1
t(f)
def f(): x = 5; del x[0]
t(f)
def f(): frozenset()[0] = 1
t(f)
def f(): range(3)[0] = 1
t(f)
def f(): del range(3)[0]
t(f)
t(lambda: (1)())
t(lambda: list.__init__(1))
t(lambda: list.append(1, 2))
t(lambda: list.append())
t(lambda: str.upper(1))
t(lambda: dict.keys([]))
t(lambda: int.__add__("a", 1))
t(lambda: int.bit_length("x"))
t(lambda: object.__init__())
t(lambda: list.__len__([1, 2]))
t(lambda: str.__len__(1))
t(lambda: int.__new__(int, "5"))
t(lambda: float.__new__(int))
t(lambda: tuple.__new__(list))
t(lambda: dict.__new__(1))
t(lambda: list.__new__(list, 1, 2, x=3))
t(lambda: object.__new__(list))
t(lambda: object.__new__(A, x=1))
