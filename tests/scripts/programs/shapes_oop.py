# Abstract-ish shape hierarchy with properties, class methods, operators, sorting.

class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area")

    def perimeter(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return type(self) is type(other) and self.area() == other.area()

    def __hash__(self):
        return hash((type(self).__name__, self.area()))

    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self._w, self._h = w, h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError("width must be positive")
        self._w = value

    def area(self):
        return self._w * self._h

    def perimeter(self):
        return 2 * (self._w + self._h)

    def __repr__(self):
        return f"Rect({self._w}, {self._h})"


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    @classmethod
    def from_area(cls, a):
        return cls(a ** 0.5)

    def __repr__(self):
        return f"Square({self._w})"


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def perimeter(self):
        return 2 * self.PI * self.r

    def __repr__(self):
        return "Circle(%r)" % self.r


class Blob(Shape):
    pass


shapes = [Rect(3, 4), Square(2), Circle(1), Circle(0.5), Square.from_area(16), Rect(1, 12)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(Shape.count)
print(Rect(2, 6) == Rect(3, 4), Rect(3, 4) == Square(2), Square(2) == Square(2.0))
print(len({Square(2), Square(2), Rect(2, 2), Circle(1)}))
r = Rect(5, 5)
r.width = 10
print(r, r.width, r.area())
try:
    r.width = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Blob("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(Square(1), Rect), type(Square(1)).__name__, Square.__bases__, Square.__name__)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
print(hasattr(r, "width"), getattr(r, "height", "none"), r.__dict__)
try:
    r.area = 5
    print(r.area)
    del r.area
    print(r.area())
    Rect.perimeter(Circle(1))
except Exception as e:
    print(type(e).__name__, e)
print(Shape.__lt__(Rect(1, 1), Rect(2, 2)), Rect(1, 1) > Rect(2, 2), Rect(1, 1) <= Rect(1, 1) if hasattr(Shape, "__le__") else "")
print(Rect(1, 1) <= Rect(1, 1))
