# __str__ and __repr__: str() and print use __str__, repr() and containers
# use __repr__; f-strings use format, !r and !s choose.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, "a")
print(p)
print(str(p), repr(p))
print([p], {"k": p})
print(f"{p} {p!r} {p!s}")

class OnlyRepr:
    def __repr__(self):
        return "only repr"

print(OnlyRepr(), str(OnlyRepr()))
