# built-in functions that use dunders: sum, chr, range, round, divmod, pow, hex, ...
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.c + o.c)
        if o == 0: return self
        return NotImplemented
    __radd__ = __add__
    def __repr__(self): return "Money(%d)" % self.c
t(lambda: sum([Money(1), Money(2), Money(3)]))
t(lambda: sum([Money(1)], Money(10)))
t(lambda: sum([1, Money(2)]))
t(lambda: sum([Money(1), "x"]))
t(lambda: sum(["a", "b"], ""))
t(lambda: sum([[1], [2]], []))
t(lambda: sum([b"a"], b""))
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
t(lambda: chr(I(65)))
t(lambda: range(I(1), I(10), I(3)))
t(lambda: list(range(I(5))[I(1):I(3)]))
t(lambda: I(2) in range(5))
t(lambda: range(5).index(I(3)) if False else range(5).count(I(3)))
x = [1, 2, 3]; x.insert(I(1), "i")
t(lambda: x)
t(lambda: x.pop(I(0)))
t(lambda: "abc".center(I(7), "*"))
t(lambda: "a,b,c".split(",", I(1)))
t(lambda: (5).to_bytes(I(2), "big"))
t(lambda: bytes([I(1), I(2)]))
t(lambda: bytearray([I(255)]))
t(lambda: [1, 2, 3][I(-1)])
t(lambda: "abcdef"[slice(I(1), None, I(2))])
t(lambda: round(3.14159, I(2)))
t(lambda: int("11", I(2)))
t(lambda: format(255, "x") + hex(I(255)) + oct(I(8)) + bin(I(3)))
t(lambda: divmod(I(7), 2))
t(lambda: pow(I(2), 3))
t(lambda: I(2) ** 3)
t(lambda: abs(I(-3)))
t(lambda: int(I(4)) + float(I(4)) + complex(I(4)).real)
t(lambda: "%d %i %x %o %X %c" % (I(10), I(11), I(255), I(8), I(255), I(97)))
t(lambda: "%.2f" % I(3))
t(lambda: "{:d}".format(I(3)))
t(lambda: "{:x}".format(I(3)))
t(lambda: f"{I(3):>4}")
t(lambda: [0] * I(3))
t(lambda: I(3) * "ab")
t(lambda: isinstance(I(3), int))
t(lambda: list(enumerate("ab", I(5))))
t(lambda: list(zip(range(I(2)), "ab")))
t(lambda: max(I(1), I(2)))
t(lambda: sorted([3, 1], reverse=I(1)))
t(lambda: list(reversed(range(I(3)))))
t(lambda: bool(I(0)))
t(lambda: "x".zfill(I(3)))
t(lambda: [1, 2, 3, 4][I(1):I(3)])
t(lambda: (1, 2, 3)[I(2)])
t(lambda: memoryview(b"abc")[I(1)])
t(lambda: b"abc"[I(0)])
t(lambda: "abc".__getitem__(I(1)))
t(lambda: {1: 2}.get(I(1)))
t(lambda: hash(I(1)) == hash(1))
t(lambda: divmod(7, I(2)))
t(lambda: 7 // I(2))
t(lambda: 7 << I(1))
t(lambda: round(2.5, I(0)))
class R:
    def __round__(self, *a): return ("round", a)
    def __abs__(self): return "abs"
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, e, m=None): return ("pow", e, m)
    def __rpow__(self, b, m=None): return ("rpow", b, m)
r = R()
t(lambda: (round(r), round(r, 2), abs(r), divmod(r, 1), divmod(1, r), pow(r, 2), pow(r, 2, 5), 2 ** r, pow(2, r)))
t(lambda: pow(2, r, 5))
t(lambda: r.__rpow__(2, 5))
class Len:
    def __len__(self): return 3
t(lambda: (len(Len()), bool(Len()), list(range(len(Len())))))
class Hashy:
    def __hash__(self): return 2**70
t(lambda: hash(Hashy()) == hash(2**70))
class HashBool:
    def __hash__(self): return True
t(lambda: hash(HashBool()))
