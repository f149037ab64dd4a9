# __repr__, __str__, __format__, __bytes__ and their errors
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    def __repr__(self): return "A()"
class B(A):
    def __str__(self): return "B-str"
t(lambda: (repr(A()), str(A()), repr(B()), str(B())))
t(lambda: (f"{A()}", f"{B()}", f"{B()!r}", f"{A()!s}", f"{B()!a}"))
t(lambda: format(A()))
t(lambda: format(A(), ""))
t(lambda: format(A(), "x"))
t(lambda: format(B(), ">10"))
t(lambda: f"{A():>5}")
t(lambda: object.__format__(A(), ""))
t(lambda: object.__format__(A(), "d"))
t(lambda: object.__format__(1, "d"))
t(lambda: object().__format__(1))
class F:
    def __format__(self, spec): return "F<" + spec + ">"
t(lambda: (format(F()), format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()), "{0!s:>3}".format(F())[:11]))
class BadF:
    def __format__(self, spec): return 1
t(lambda: format(BadF()))
t(lambda: f"{BadF()}")
class BadR:
    def __repr__(self): return 1
t(lambda: repr(BadR()))
t(lambda: str(BadR()))
class BadS:
    def __str__(self): return None
t(lambda: str(BadS()))
t(lambda: print(BadS()))
t(lambda: "%s" % BadS())
t(lambda: "%r" % BadR())
class SubStr(str): pass
class RetSub:
    def __str__(self): return SubStr("sub")
    def __repr__(self): return SubStr("rsub")
t(lambda: type(str(RetSub())).__name__)
t(lambda: type(repr(RetSub())).__name__)
t(lambda: type(format(RetSub())).__name__)
class Bt:
    def __bytes__(self): return b"bytes!"
t(lambda: bytes(Bt()))
class BadBt:
    def __bytes__(self): return "no"
t(lambda: bytes(BadBt()))
class NoBt: pass
t(lambda: bytes(NoBt()))
class BtSub(bytes):
    def __bytes__(self): return b"custom"
t(lambda: bytes(BtSub(b"x")))
class IdxBt:
    def __index__(self): return 3
t(lambda: bytes(IdxBt()))
t(lambda: bytearray(IdxBt()))
class StrRepr(str):
    def __repr__(self): return "StrRepr!"
    def __str__(self): return "StrStr!"
s = StrRepr("hello")
t(lambda: (repr(s), str(s), s + "!", s.upper(), f"{s}", "%s" % s, format(s), print(s)))
t(lambda: [s])
class IntS(int):
    def __repr__(self): return "IntS(%d)" % self
t(lambda: (repr(IntS(5)), str(IntS(5)), f"{IntS(5)}", format(IntS(5), "03d"), [IntS(2)]))
class Celsius(float):
    def fahrenheit(self): return self * 9 / 5 + 32
c = Celsius(100)
t(lambda: (c, repr(c), str(c), c.fahrenheit(), type(c + 1).__name__, c == 100.0, hash(c) == hash(100.0)))
t(lambda: (format(c, ".1f"), f"{c:.2e}", round(c), type(round(c)).__name__))
class E:
    pass
t(lambda: repr(E()).startswith("<__main__.E object at 0x"))
class Meta(type):
    def __repr__(cls): return "<Meta " + cls.__name__ + ">"
class WithMeta(metaclass=Meta): pass
t(lambda: (repr(WithMeta), str(WithMeta), f"{WithMeta}"))
t(lambda: format(WithMeta, ""))
t(lambda: format(WithMeta, "x"))
t(lambda: format(int, ""))
class Both:
    def __str__(self): return "str"
t(lambda: (str(Both()), repr(Both())[:9]))
t(lambda: object.__str__(A()))
t(lambda: object.__repr__(A())[:18])
t(lambda: A.__str__(A()))
t(lambda: repr(A.__str__))
t(lambda: repr(A.__repr__)[:23])
t(lambda: repr(object.__format__))
