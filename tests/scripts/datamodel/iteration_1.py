# iteration protocol corners: iter(callable, sentinel), StopIteration values, errors from __next__, re-iterables
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
t(lambda: list(iter(Counter(), 4)))
class EqSentinel:
    def __eq__(self, o): return o == 3
t(lambda: list(iter(Counter(), EqSentinel())))
t(lambda: iter(5, 1))
t(lambda: iter(Counter(), 1, 2))
it = iter(Counter(), 2)
t(lambda: (next(it), next(it, "end"), next(it, "end2")))
t(lambda: type(iter(Counter(), 2)).__name__)
class StopVal:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("v")
t(lambda: list(StopVal()))
def gen():
    yield from StopVal()
    return "after"
g = gen()
t(lambda: next(g))
def gen2():
    r = yield from StopVal()
    yield r
t(lambda: list(gen2()))
def gen3():
    for x in StopVal():
        yield x
    next(StopVal())
t(lambda: list(gen3()))
class Raises:
    def __iter__(self): return self
    def __next__(self): raise ValueError("in next")
t(lambda: list(Raises()))
t(lambda: list(zip([1, 2], Raises())))
t(lambda: list(zip([], Raises())))
t(lambda: list(map(lambda x: x, Raises())))
t(lambda: list(enumerate(Raises())))
t(lambda: sorted(Raises()))
t(lambda: sum(Raises()))
t(lambda: any(Raises()))
t(lambda: dict.fromkeys(Raises()))
t(lambda: "".join(Raises()))
t(lambda: set(Raises()))
class Fin:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration
        return self.i
f = Fin()
t(lambda: (list(f), list(f), next(f, "exhausted")))
class Reiter:
    def __iter__(self):
        yield 1
        yield 2
r = Reiter()
t(lambda: (list(r), list(r), [x for x in r], tuple(r), dict.fromkeys(r)))
t(lambda: iter(r).__next__())
t(lambda: type(iter(r)).__name__)
class GetitemStrKeys:
    def __getitem__(self, k):
        if isinstance(k, int) and k < 2: return k
        raise IndexError
t(lambda: list(GetitemStrKeys()))
t(lambda: list(iter(GetitemStrKeys())))
it2 = iter(GetitemStrKeys())
t(lambda: (it2.__length_hint__() if hasattr(it2, "__length_hint__") else "nohint", list(it2), list(it2)))
t(lambda: iter(iter([1])).__class__.__name__)
class S:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
    def __len__(self): return 3
it = iter(S()); print(it.__length_hint__()); next(it); print(it.__length_hint__()); list(it); print(it.__length_hint__())
