# Operator methods on a simple class: __eq__, __lt__, __add__, __len__,
# __getitem__, __contains__, __bool__, __call__, __iter__.
class Vec:
    def __init__(self, *items):
        self.items = list(items)
    def __eq__(self, other):
        return isinstance(other, Vec) and self.items == other.items
    def __lt__(self, other):
        return sum(self.items) < sum(other.items)
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.items, other.items)])
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, v):
        return v in self.items
    def __bool__(self):
        return any(self.items)
    def __call__(self, k):
        return [k * v for v in self.items]
    def __iter__(self):
        return iter(self.items)
    def __repr__(self):
        return "Vec%r" % (tuple(self.items),)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a == Vec(1, 2), a != b, a < b, b > a, len(a), a[1], 2 in a)
print(bool(Vec(0, 0)), bool(a), a(10), list(a), sorted([b, a]))
print(sum(Vec(5, 6)), max(Vec(3, 9, 1)))
