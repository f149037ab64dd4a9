# __len__/__length_hint__ consulted by list(), tuple(), bytes(), [*x]; isinstance with list[int]
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class L:
    def __init__(self, n): self.n = n
    def __len__(self): print("len"); return self.n
    def __iter__(self): print("iter"); return iter([1])
t(lambda: list(L(-1)))
t(lambda: list(L("x")))
t(lambda: tuple(L(-1)))
t(lambda: [*L(1)])
t(lambda: bytes(L(1)))
t(lambda: bytearray(L(1)))
t(lambda: sorted(L(1)))
t(lambda: set(L(1)))
t(lambda: frozenset(L(1)))
t(lambda: dict.fromkeys(L(1)))
t(lambda: "".join(map(str, L(1))))
t(lambda: [].extend(L(1)))
t(lambda: list(map(str, L(1))))
t(lambda: list(zip(L(1))))
t(lambda: (lambda *a: a)(*L(1)))
t(lambda: min(L(1)))
t(lambda: isinstance([], int | list[int]))
t(lambda: issubclass(list, list[int]))
t(lambda: issubclass(list, int | list[int]))
t(lambda: isinstance([], (int, list[int])))
t(lambda: isinstance([], (list, list[int])))
class LenErr:
    def __len__(self): raise ValueError("len err")
    def __iter__(self): return iter([1])
t(lambda: list(LenErr()))
class LenTE:
    def __len__(self): raise TypeError("len te")
    def __iter__(self): return iter([1])
t(lambda: list(LenTE()))
class LHE:
    def __length_hint__(self): raise TypeError("lh te")
    def __iter__(self): return iter([1])
t(lambda: list(LHE()))
class M(list): pass
m = M([1, 2]); m.extend(m); print(m)
print(list[int].__name__, list[int].__doc__ == list.__doc__, list[int].__origin__, list[int].__class__)
class C(list[int]): pass
print(C.__bases__, C.__orig_bases__)
print(list[int].append)
try:
    list[int].nope
except AttributeError as e: print(e)
print(list[int].__mro_entries__((list[int],)))
print(dict[str, int].fromkeys("ab"))
