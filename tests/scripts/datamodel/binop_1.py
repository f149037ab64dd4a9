# binary, reflected and in-place operators on classes
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow",
       "lshift", "rshift", "and", "xor", "or"]

class V:
    def __repr__(self): return "V"
for op in ops:
    def mk(name):
        return lambda self, o: "%s(%r)" % (name, o)
    setattr(V, "__%s__" % op, mk(op))
    setattr(V, "__r%s__" % op, mk("r" + op))
    if op != "divmod":
        setattr(V, "__i%s__" % op, mk("i" + op))
v = V()
t(lambda: (v + 1, v - 1, v * 1, v @ 1, v / 1, v // 1, v % 1, divmod(v, 1), v ** 1, pow(v, 1)))
t(lambda: (v << 1, v >> 1, v & 1, v ^ 1, v | 1))
t(lambda: (1 + v, 1 - v, 1 * v, 1 @ v, 1 / v, 1 // v, 1 % v, divmod(1, v), 1 ** v, pow(1, v)))
t(lambda: (1 << v, 1 >> v, 1 & v, 1 ^ v, 1 | v))
t(lambda: ("s" + v, "s" * v, "%s" % v, [1] + v, [1] * v, (1,) * v, b"x" % v))
def inplace():
    out = []
    for op in ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "^", "|"]:
        x = v
        exec("x %s= 1" % op, {"v": v}, d := {"x": x})
        out.append(d["x"])
        y = 1
        exec("y %s= v" % op, {"v": v}, d := {"y": y})
        out.append(d["y"])
    return out
t(inplace)
t(lambda: pow(v, 2, 3))
t(lambda: pow(2, v, 3))
t(lambda: pow(2, 3, v))
t(lambda: v.__pow__(2, 3))

class Plain: pass
p = Plain()
for sym in ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "^", "|"]:
    t(lambda: eval("p %s 1" % sym))
    t(lambda: eval("1 %s p" % sym))
    def f():
        x = p
        exec("x %s= 1" % sym)
    t(f)
t(lambda: divmod(p, 1))
t(lambda: divmod(1, p))
t(lambda: pow(p, 1, 2))
t(lambda: pow(1, p, 2))
t(lambda: pow(1, 2, p))
t(lambda: pow(p, 1))

# NotImplemented from both sides
class N1:
    def __add__(self, o): print("N1.add"); return NotImplemented
    def __radd__(self, o): print("N1.radd"); return NotImplemented
class N2:
    def __add__(self, o): print("N2.add"); return NotImplemented
    def __radd__(self, o): print("N2.radd"); return NotImplemented
t(lambda: N1() + N2())
t(lambda: N1() + N1())
def f():
    x = N1(); x += N2()
t(f)

# subclass right operand first, only when it overrides
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
    def __mul__(self, o): return "Base.mul"
    def __rmul__(self, o): return "Base.rmul"
class Over(Base):
    def __radd__(self, o): return "Over.radd"
class NoOver(Base):
    pass
class OverNI(Base):
    def __radd__(self, o): return NotImplemented
t(lambda: Base() + Over())
t(lambda: Base() + NoOver())
t(lambda: Base() + OverNI())
t(lambda: Base() * Over())
t(lambda: Over() + Base())
class IntR(int):
    def __radd__(self, o): return "IntR.radd"
    def __rsub__(self, o): return NotImplemented
t(lambda: 1 + IntR(2))
t(lambda: 1 - IntR(2))
t(lambda: IntR(2) + 1)
t(lambda: 1.5 + IntR(2))
class FloatR(float):
    def __rmul__(self, o): return "FloatR.rmul"
t(lambda: 2 * FloatR(1))
t(lambda: 2.0 * FloatR(1))
class ListR(list):
    def __radd__(self, o): return "ListR.radd"
t(lambda: [1] + ListR([2]))

# in-place fallback
class OnlyAdd:
    def __init__(self, n): self.n = n
    def __add__(self, o): return OnlyAdd(self.n + o)
    def __repr__(self): return "OnlyAdd(%d)" % self.n
def f():
    x = OnlyAdd(1); y = x; x += 5; return x, y, x is y
t(f)
class IAddNI:
    def __iadd__(self, o): print("iadd"); return NotImplemented
    def __add__(self, o): print("add"); return "added"
def f():
    x = IAddNI(); x += 1; return x
t(f)
class IAddOnly:
    def __iadd__(self, o): return "iadd-result"
def f():
    x = IAddOnly(); x += 1; return x
t(f)
t(lambda: IAddOnly() + 1)
class IAddNone:
    def __iadd__(self, o): pass
def f():
    x = IAddNone(); x += 1; return x
t(f)
def f():
    l = [1]; m = l; l += (2, 3); return l, m is l
t(f)
def f():
    l = (1,); l += (2,); return l
t(f)
def f():
    l = [1]; l += 5
t(f)
def f():
    s = {1}; s |= {2}; s &= {2, 3}; s ^= {4}; s -= {4}; return s
t(f)
def f():
    d = {1: 2}; d |= {3: 4}; d |= [(5, 6)]; return d
t(f)
def f():
    d = {1: 2}; d |= 3
t(f)
t(lambda: {1: 2} | [(3, 4)])

# int subclass arithmetic returns plain int
class MyInt(int): pass
a = MyInt(5)
t(lambda: [type(x).__name__ for x in (a + 1, 1 + a, a * a, -a, +a, abs(a), ~a, a // 2, a % 3, a ** 2, a << 1, a & 1, divmod(a, 2)[0], round(a), int(a), a.real, a.numerator)])
class MyFloat(float): pass
b = MyFloat(2.5)
t(lambda: [type(x).__name__ for x in (b + 1, 1 + b, -b, +b, abs(b), b // 2, b % 3, b ** 2, round(b, 1), float(b), b.real, divmod(b, 1)[0])])
class MyComplex(complex): pass
c = MyComplex(1, 2)
t(lambda: [type(x).__name__ for x in (c + 1, -c, +c, c * c, complex(c), c.conjugate())])
t(lambda: (a, b, c, repr(a), str(b)))
class MyStr(str): pass
s = MyStr("ab")
t(lambda: [type(x).__name__ for x in (s + "c", "c" + s, s * 2, s[0], s[:], s.upper(), str(s), s % (), s.strip())])
class MyTuple(tuple): pass
u = MyTuple((1, 2))
t(lambda: [type(x).__name__ for x in (u + (3,), u * 2, u[:], tuple(u))])
t(lambda: (u, repr(u), u == (1, 2), hash(u) == hash((1, 2))))
class MyList(list): pass
l = MyList([1, 2])
t(lambda: [type(x).__name__ for x in (l + [3], l * 2, l[:], list(l), l.copy())])
def f():
    x = MyList([1]); x += [2]; x *= 2; return type(x).__name__, x
t(f)
class MyBytes(bytes): pass
t(lambda: [type(x).__name__ for x in (MyBytes(b"a") + b"b", MyBytes(b"a") * 2, MyBytes(b"ab")[:1], bytes(MyBytes(b"a")))])
t(lambda: True + True)
t(lambda: type(True & False).__name__)
t(lambda: type(True + 0).__name__)
