# unary operators, __index__, __int__, __float__, __complex__, __round__
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
u = U()
t(lambda: (-u, +u, ~u, abs(u)))
class P: pass
t(lambda: -P())
t(lambda: +P())
t(lambda: ~P())
t(lambda: abs(P()))
t(lambda: ~1.5)
t(lambda: -"x")
t(lambda: abs("x"))
t(lambda: (-True, +True, ~True, abs(False)))

class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i2 = I(2)
t(lambda: [10, 20, 30][I(1)])
t(lambda: [10, 20, 30][I(0):I(2)])
t(lambda: "abcdef"[I(1):I(5):I(2)])
t(lambda: list(range(I(3))))
t(lambda: range(10)[I(2)])
t(lambda: (bin(I(5)), hex(I(255)), oct(I(8))))
t(lambda: [1, 2] * I(2))
t(lambda: I(2) * [1, 2])
t(lambda: "ab" * I(3))
t(lambda: (1, 2).__getitem__(I(1)))
t(lambda: [1, 2, 3].pop(I(0)))
t(lambda: "%d %x %o" % (I(10), I(10), I(10)))
t(lambda: "%c" % I(65))
t(lambda: format(I(3), "d"))
t(lambda: int(I(7)))
t(lambda: float(I(7)))
t(lambda: complex(I(7)))
t(lambda: bytes(I(2)))
t(lambda: slice(I(1), I(2)).indices(5))
t(lambda: [1, 2, 3][I("x")])
t(lambda: [1, 2, 3][I(1.5)])
t(lambda: bin(I(True)))
class IntSub(int): pass
t(lambda: type(I(IntSub(3)).__index__()).__name__)
t(lambda: [1, 2, 3][I(IntSub(1))])
t(lambda: hex(I(IntSub(31))))
t(lambda: [1, 2, 3][I(2**70)])
one, a_str, none, f15 = 1.0, "a", None, 1.5
t(lambda: [1][one])
t(lambda: [1][a_str])
t(lambda: "ab"[none])
t(lambda: (1,)[f15])
t(lambda: range(3)[1.5])
t(lambda: [1, 2][1.0:])
t(lambda: "ab"[:"x"])
t(lambda: range(1.5))
t(lambda: bin(1.5))
t(lambda: hex("a"))
t(lambda: [0] * 1.5)
t(lambda: round(I(3)))

class N:
    def __int__(self): return 42
    def __float__(self): return 4.5
    def __complex__(self): return 1+2j
n = N()
t(lambda: (int(n), float(n), complex(n)))
t(lambda: [1, 2][N()])
t(lambda: bin(n))
t(lambda: "%d" % n)
t(lambda: "%f" % n)
t(lambda: "%x" % n)
class BadInt:
    def __int__(self): return "x"
t(lambda: int(BadInt()))
class BadFloat:
    def __float__(self): return 1
t(lambda: float(BadFloat()))
class BadComplex:
    def __complex__(self): return 1
t(lambda: complex(BadComplex()))
class BadIndex:
    def __index__(self): return 1.0
t(lambda: [1][BadIndex()])
t(lambda: int(BadIndex()))
t(lambda: bin(BadIndex()))
class IntRetSub:
    def __int__(self): return IntSub(5)
t(lambda: (int(IntRetSub()), type(int(IntRetSub())).__name__))
class FloatSub(float): pass
class FloatRetSub:
    def __float__(self): return FloatSub(2.5)
t(lambda: (float(FloatRetSub()), type(float(FloatRetSub())).__name__))
class IdxOnly:
    def __index__(self): return 9
t(lambda: (int(IdxOnly()), float(IdxOnly()), complex(IdxOnly())))
class TruncOnly:
    def __trunc__(self): return 3
t(lambda: int(TruncOnly()))
class TruncBad:
    def __trunc__(self): return "x"
t(lambda: int(TruncBad()))
t(lambda: int(P()))
t(lambda: float(P()))
t(lambda: complex(P()))
t(lambda: int(None))
t(lambda: float(None))
t(lambda: complex(None))
t(lambda: int([]))
t(lambda: float([]))
t(lambda: float("abc"))
t(lambda: int("abc"))
class IntS(int):
    def __int__(self): return 99
    def __index__(self): return 98
    def __float__(self): return 97.0
x = IntS(5)
def operator_index(v): return v.__index__()
t(lambda: (int(x), float(x), [0] * 2 if False else 0, hex(x), range(10)[x], "%d" % x, operator_index(x)))
def operator_index(v): return v.__index__()
class FloatS(float):
    def __float__(self): return 1.25
    def __int__(self): return 7
t(lambda: (float(FloatS(3.5)), int(FloatS(3.5)), "%d" % FloatS(3.5), "%.2f" % FloatS(3.5)))
t(lambda: complex(FloatS(3.5)))
class CplxS(complex):
    def __complex__(self): return 5j
t(lambda: complex(CplxS(1)))

class R:
    def __round__(self, n=None): return ("round", n)
t(lambda: round(R()))
t(lambda: round(R(), 2))
t(lambda: round(R(), None))
t(lambda: round(R(), ndigits=3))
t(lambda: round(P()))
t(lambda: round(P(), 1))
t(lambda: round(1.5, "x"))
t(lambda: round(2.675, 2))
t(lambda: (round(2.5), round(3.5), round(-0.5), round(1234, -2), round(1250, -2)))
t(lambda: type(round(2.5, None)).__name__)
t(lambda: round(IntSub(5)))
t(lambda: type(round(IntSub(5))).__name__)
t(lambda: round(FloatSub(2.5)))
t(lambda: round(float("inf")))
t(lambda: round(float("nan")))
t(lambda: round("x"))
class RoundNoArg:
    def __round__(self): return "r0"
t(lambda: round(RoundNoArg()))
t(lambda: round(RoundNoArg(), 1))
class Tr:
    def __trunc__(self): return 1
    def __floor__(self): return 2
    def __ceil__(self): return 3
t(lambda: int(Tr()))
t(lambda: (1.5).__trunc__())
t(lambda: (1.5).__floor__())
t(lambda: (1.5).__ceil__())
t(lambda: (-7).__floor__())
t(lambda: (7).__round__(-1))
t(lambda: (7.25).__round__(1))
t(lambda: (7).__trunc__())
