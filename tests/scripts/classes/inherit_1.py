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
class W(V):
    def __repr__(self): return 'W!' + super().__repr__()
print(W(3), W.__mro__, sorted([V(3), V(1), V(2)]))
print(object.__repr__(W(1))[:21])
