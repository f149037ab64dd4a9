# rich comparisons: reflection, NotImplemented, subclass-first, defaults
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

log = []
class A:
    def __init__(self, n): self.n = n
    def __eq__(self, o): log.append(("A.eq", type(o).__name__)); return NotImplemented
    def __lt__(self, o): log.append(("A.lt", type(o).__name__)); return NotImplemented
    def __gt__(self, o): log.append(("A.gt", type(o).__name__)); return NotImplemented
class B(A):
    def __eq__(self, o): log.append(("B.eq", type(o).__name__)); return NotImplemented
    def __gt__(self, o): log.append(("B.gt", type(o).__name__)); return "B.gt"
    def __lt__(self, o): log.append(("B.lt", type(o).__name__)); return NotImplemented
class C(A):
    pass
a, b, c = A(1), B(2), C(3)
t(lambda: a < b); print(log); log.clear()
t(lambda: b > a); print(log); log.clear()
t(lambda: a == b); print(log); log.clear()
t(lambda: a != b); print(log); log.clear()
t(lambda: a == a); print(log); log.clear()
t(lambda: a < c); print(log); log.clear()
t(lambda: c < a); print(log); log.clear()
t(lambda: a <= c); print(log); log.clear()
t(lambda: a < 1); print(log); log.clear()
t(lambda: 1 < a); print(log); log.clear()
t(lambda: a >= "x"); print(log); log.clear()
t(lambda: [a] < [b]); print(log); log.clear()
t(lambda: (a,) == (c,)); print(log); log.clear()
t(lambda: a in [c, b]); print(log); log.clear()

class P:
    pass
class Q:
    pass
t(lambda: P() < Q())
t(lambda: P() <= Q())
t(lambda: P() > 1)
t(lambda: 1.5 >= P())
t(lambda: P() == Q())
t(lambda: P() != Q())
p = P()
t(lambda: (p == p, p != p, p is p))
t(lambda: None < None)
t(lambda: [1] < (1,))
t(lambda: {} < {})
t(lambda: "a" < 1)

class Ne:
    def __eq__(self, o): return "eq-result"
t(lambda: Ne() == 1)
t(lambda: Ne() != 1)
t(lambda: 1 != Ne())
class OnlyNe:
    def __ne__(self, o): return "ne!"
t(lambda: OnlyNe() == OnlyNe())
t(lambda: OnlyNe() != 1)
class EqTrue:
    def __eq__(self, o): return True
t(lambda: EqTrue() != 5)
class EqNI:
    def __eq__(self, o): return NotImplemented
x = EqNI()
t(lambda: (x == x, x != x, x == 1))

class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
    def __repr__(self): return "Num(%r)" % self.v
    __hash__ = object.__hash__
t(lambda: sorted([Num(3), Num(1), Num(2)]))
t(lambda: max([Num(3), Num(1), Num(2)]))
t(lambda: min(Num(3), Num(1)))
t(lambda: Num(1) > Num(0))
t(lambda: Num(1) >= Num(2))
t(lambda: Num(1) < 3)

class Bad:
    def __bool__(self): raise ValueError("no bool")
class RetBad:
    def __eq__(self, o): return Bad()
    def __lt__(self, o): return Bad()
t(lambda: type(RetBad() == 1).__name__)
t(lambda: [RetBad()] == [1])
t(lambda: RetBad() in [1])
t(lambda: sorted([RetBad(), RetBad()]))
t(lambda: 1 if RetBad() < 2 else 0)
t(lambda: not (RetBad() == 1))

# comparison chains
class Ch:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, getattr(o, "v", o)); return self.v < getattr(o, "v", o)
t(lambda: Ch(1) < Ch(2) < Ch(3))
t(lambda: Ch(3) < Ch(2) < Ch(1))

# builtin subclasses
class MyInt(int):
    def __eq__(self, o): return "MyInt.eq"
    def __lt__(self, o): return "MyInt.lt"
t(lambda: 1 == MyInt(1))
t(lambda: 1 > MyInt(1))
t(lambda: MyInt(1) == 1)
t(lambda: 1.0 == MyInt(1))
class MyStr(str):
    pass
t(lambda: (MyStr("a") == "a", "a" == MyStr("a"), MyStr("a") < "b", hash(MyStr("a")) == hash("a")))
t(lambda: object.__eq__(1, 1))
t(lambda: object.__eq__(1, 2))
t(lambda: object.__ne__(1, 2))
t(lambda: object.__lt__(1, 2))
t(lambda: int.__eq__(1, 1.0))
t(lambda: int.__lt__(1, "x"))
t(lambda: (1).__eq__(1))
t(lambda: "a".__lt__("b"))
t(lambda: [].__eq__(()))
t(lambda: A.__eq__.__qualname__)
