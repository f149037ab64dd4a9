class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += 100; return self
    def __len__(self): return self.x
    def __getitem__(self, i): return i * 2
    def __repr__(self): return 'V(%d)' % self.x
    def __call__(self, *a, **k): return (a, k)
    def __iter__(self): return iter([self.x, self.x])
    def __contains__(self, v): return v == 42
    def __neg__(self): return V(-self.x)
    def __bool__(self): return self.x != 3
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1))
print(V(1) + V(2), V(1) + 5, 5 + V(1))
v = V(1); v += 1; print(v)
print(len(V(4)), V(1)[3], V(1)(1, 2, a=3), list(V(7)), 42 in V(1), 41 in V(1), -V(3), bool(V(3)), bool(V(4)))
try:
    hash(V(1))
except TypeError as e:
    print(e)
