# user __eq__/__hash__/__lt__ inside built-in containers and algorithms
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

log = []
class K:
    def __init__(self, v, h=None): self.v, self.h = v, h
    def __hash__(self):
        log.append("hash %r" % self.v)
        return self.h if self.h is not None else hash(self.v)
    def __eq__(self, o):
        log.append("eq %r %r" % (self.v, getattr(o, "v", o)))
        return isinstance(o, K) and self.v == o.v
    def __repr__(self): return "K(%r)" % self.v
d = {K(1, 0): "a", K(2, 0): "b"}
print(log); log.clear()
t(lambda: d[K(2, 0)]); print(log); log.clear()
t(lambda: d[K(3, 0)]); print(log); log.clear()
t(lambda: K(1, 0) in d); print(log); log.clear()
k1 = next(iter(d))
t(lambda: d[k1]); print(log); log.clear()
t(lambda: {K(1, 5), K(1, 5), K(2, 5)}); print(log); log.clear()
t(lambda: [K(1), K(2)].index(K(2))); print(log); log.clear()
t(lambda: [K(1), K(2)].count(K(1))); print(log); log.clear()
t(lambda: K(2) in [K(1), K(2)]); print(log); log.clear()
t(lambda: K(2) in (K(1), K(2))); print(log); log.clear()
lst = [K(1), K(2), K(1)]
lst.remove(K(1)); print(lst, log); log.clear()
x = K(9)
t(lambda: x in [x]); print(log); log.clear()
t(lambda: [x] == [x]); print(log); log.clear()
t(lambda: (x,) == (K(9),)); print(log); log.clear()
nan = float("nan")
t(lambda: (nan in [nan], [nan] == [nan], nan == nan, {nan: 1}[nan]))

class EqRaises:
    def __eq__(self, o): raise ValueError("eq raised")
    __hash__ = object.__hash__
t(lambda: EqRaises() in [1, 2])
e = EqRaises()
t(lambda: e in [e])
t(lambda: {EqRaises(): 1, 2: 3}[2])
class H0:
    def __init__(self, v): self.v = v
    def __hash__(self): return 0
    def __eq__(self, o): raise KeyError("collision eq")
t(lambda: {H0(1): 1, H0(2): 2})

class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return "Rev(%d)" % self.v
t(lambda: sorted([Rev(3), Rev(1), Rev(2)]))
t(lambda: max([Rev(3), Rev(1)]))
t(lambda: min(Rev(3), Rev(1)))
class OnlyEq:
    def __eq__(self, o): return True
t(lambda: sorted([OnlyEq(), OnlyEq()]))
t(lambda: max(OnlyEq(), OnlyEq()))
t(lambda: sorted([3, "a"]))
t(lambda: sorted([1, 2], key=lambda v: OnlyEq()))
t(lambda: [OnlyEq()].sort() or "one item sorts fine")
class LtCount:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        LtCount.n += 1
        return self.v < o.v
vals = [LtCount(v) for v in [5, 3, 8, 1]]
vals.sort()
t(lambda: ([v.v for v in vals], LtCount.n > 0))
class LtBad:
    def __lt__(self, o): return "truthy"
t(lambda: sorted([LtBad(), LtBad()]) and "sorted")
class LtBoolRaises:
    def __lt__(self, o):
        class B:
            def __bool__(self): raise RuntimeError("bool in sort")
        return B()
t(lambda: sorted([LtBoolRaises(), LtBoolRaises()]))
t(lambda: max([1, 2, 3], key=lambda v: -v))
t(lambda: min([], default=K(0)))
