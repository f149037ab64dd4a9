# container protocol: __len__, __getitem__ (slices), __setitem__, __delitem__,
# __contains__ fallbacks, __iter__/__next__, old-style iteration, __reversed__
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class Seq:
    def __init__(self, data): self.data = list(data)
    def __len__(self): return len(self.data)
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("delitem", k)
        del self.data[k]
s = Seq("abcde")
t(lambda: s[1])
t(lambda: s[1:3])
t(lambda: s[::2])
t(lambda: s[:])
t(lambda: s[1:])
t(lambda: s[None:2:None])
t(lambda: s[1, 2])
t(lambda: s[...])
def f(): s[0] = "z"; return s.data
t(f)
def f(): s[1:3] = "XY"; return s.data
t(f)
def f(): del s[0]; return s.data
t(f)
def f(): del s[::2]; return s.data
t(f)
def f(): s[0] += "!"; return s.data
t(f)
t(lambda: list(Seq("xyz")))
t(lambda: "y" in Seq("xyz"))
t(lambda: "q" in Seq("xy"))
t(lambda: list(reversed(Seq("abc"))))
t(lambda: sorted(Seq("cab")))
t(lambda: tuple(Seq([1, 2])))
t(lambda: [a for a in Seq([1, 2])])
t(lambda: list(enumerate(Seq("ab"))))
t(lambda: dict(zip(Seq("ab"), Seq([1, 2]))))
t(lambda: sum(Seq([1, 2, 3])))
t(lambda: max(Seq([1, 5, 3])))
t(lambda: (lambda a, b: a + b)(*Seq("ab")))
def f():
    a, b = Seq("xy"); return a, b
t(f)
def f():
    a, b = Seq("xyz")
t(f)
def f():
    a, *b = Seq("xyz"); return a, b
t(f)

class OldIter:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
t(lambda: list(OldIter()))
t(lambda: 20 in OldIter())
t(lambda: 25 in OldIter())
t(lambda: type(iter(OldIter())).__name__)
t(lambda: len(OldIter()))
t(lambda: reversed(OldIter()))
t(lambda: next(iter(OldIter())))
it = iter(OldIter())
t(lambda: (next(it), next(it), next(it)))
t(lambda: next(it))
t(lambda: next(it, "done"))
class StopItGetitem:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
t(lambda: list(StopItGetitem()))
class KeyErrGetitem:
    def __getitem__(self, i): raise KeyError(i)
t(lambda: list(KeyErrGetitem()))

class Cont:
    def __contains__(self, x): return x == 3
t(lambda: (3 in Cont(), 4 in Cont(), 3 not in Cont()))
class ContRet:
    def __contains__(self, x): return [1]
t(lambda: 1 in ContRet())
class ContNone:
    __contains__ = None
t(lambda: 1 in ContNone())
class IterOnly:
    def __iter__(self): return iter([1, 2, 3])
t(lambda: (2 in IterOnly(), 5 in IterOnly()))
t(lambda: 1 in 5)
t(lambda: 1 in object())
t(lambda: "a" in ["a"])
class Neither: pass
t(lambda: 1 in Neither())
t(lambda: iter(Neither()))
t(lambda: list(Neither()))
t(lambda: Neither()[0])
def f(): Neither()[0] = 1
t(f)
def f(): del Neither()[0]
t(f)
t(lambda: len(Neither()))
t(lambda: reversed(Neither()))

class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
t(lambda: list(It()))
t(lambda: [x * 2 for x in It()])
t(lambda: 2 in It())
class BadIter:
    def __iter__(self): return 5
t(lambda: iter(BadIter()))
t(lambda: list(BadIter()))
t(lambda: [x for x in BadIter()])
class IterNoNext:
    def __iter__(self): return self
t(lambda: iter(IterNoNext()))
class IterNone:
    __iter__ = None
    def __getitem__(self, i): return i
t(lambda: iter(IterNone()))
t(lambda: list(IterNone()))
def f():
    for x in IterNone(): pass
t(f)
t(lambda: 1 in IterNone())
class NextOnly:
    def __next__(self): return 1
t(lambda: next(NextOnly()))
t(lambda: iter(NextOnly()))
t(lambda: next(Neither()))
t(lambda: next([1]))

class Rev:
    def __reversed__(self): return iter("rev")
t(lambda: list(reversed(Rev())))
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t(lambda: reversed(RevNone()))
class LenOnly:
    def __len__(self): return 2
t(lambda: reversed(LenOnly()))
class GetOnly:
    def __getitem__(self, i): return i
t(lambda: reversed(GetOnly()))
class RevBad:
    def __reversed__(self): return 1
t(lambda: reversed(RevBad()))
t(lambda: list(reversed({1: 2, 3: 4})))
t(lambda: reversed({1}))
t(lambda: list(reversed(range(3))))

class LH:
    def __length_hint__(self): return 4
    def __iter__(self): return iter([1, 2])
t(lambda: list(LH()))
import_ok = True
# __next__ called directly: a bare StopIteration
for it in (iter([]), iter(()), map(len, []), filter(None, [0]), iter(range(0)), iter({}), reversed([])):
    try:
        it.__next__()
    except StopIteration as e:
        print(type(it).__name__, repr(e), e.args, e.value)
