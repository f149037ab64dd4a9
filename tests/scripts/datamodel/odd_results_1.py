# dunders returning odd values
def t(f):
    try:
        r = f()
        print("ok", repr(r)[:80])
    except BaseException as e:
        print(type(e).__name__, str(e)[:100])
class Weird:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
    def __index__(self): return self.v
    def __hash__(self): return self.v
    def __bool__(self): return self.v
    def __iter__(self): return self.v
    def __getitem__(self, k): return self.v
    def __eq__(self, o): return self.v
    def __lt__(self, o): return self.v
    def __repr__(self): return self.v
    def __str__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return self.v
    def __complex__(self): return self.v
    def __contains__(self, x): return self.v
    def __call__(self): return self.v
    def __neg__(self): return self.v
    def __format__(self, s): return self.v
    def __bytes__(self): return self.v
    def __round__(self, n=None): return self.v
    def __next__(self): return self.v
    def __reversed__(self): return self.v
    def __dir__(self): return self.v
    def __length_hint__(self): return self.v
for v in [None, NotImplemented, 2**100, -2**100, -1, 1.5, "s", Weird(1), True]:
    w = Weird(v)
    print("--", repr(v)[:20])
    t(lambda: len(w))
    t(lambda: [1, 2][w])
    t(lambda: hash(w))
    t(lambda: bool(w))
    t(lambda: iter(w))
    t(lambda: w[0])
    t(lambda: w == 1)
    t(lambda: w != 1)
    t(lambda: w < 1)
    t(lambda: repr(w))
    t(lambda: str(w))
    t(lambda: int(w))
    t(lambda: float(w))
    t(lambda: complex(w))
    t(lambda: 1 in w)
    t(lambda: w())
    t(lambda: -w)
    t(lambda: format(w))
    t(lambda: bytes(w))
    t(lambda: round(w))
    t(lambda: next(w))
    t(lambda: reversed(w))
    t(lambda: dir(w))
    t(lambda: range(w))
    t(lambda: "ab" * w)
    t(lambda: {w: 1})
    t(lambda: sorted([w, w]))
    t(lambda: not w)
