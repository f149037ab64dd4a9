# enumerate, map, filter, zip, reversed: results, reprs, errors.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(enumerate("ab", 1)), list(enumerate(iterable="xy", start=-1)))
print(list(map(lambda x, y: x * y, [1, 2], [3, 4, 5])), list(filter(None, [0, 1, 2])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(zip("ab", [1, 2, 3])), list(zip()), list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed("abc")))
print(repr(map(len, []))[:13], repr(reversed("ab"))[:17], repr(enumerate([]))[:18], repr(zip())[:12], repr(filter(None, []))[:16])
t(lambda: list(zip([1], [1, 2], strict=True))); t(lambda: list(zip([1, 2], [1], strict=True)))
t(lambda: list(zip([1, 2], [1], [3], strict=True))); t(lambda: list(zip([1], [2], [3, 4], strict=True)))
t(lambda: list(zip([1, 2], [3, 4], strict=True))); t(lambda: zip([1], bad=True))
t(lambda: enumerate()); t(lambda: enumerate(1)); t(lambda: map(len)); t(lambda: filter(None)); t(lambda: reversed(1)); t(lambda: type(reversed({})).__name__)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())), list(reversed({"a": 1, "b": 2})))
