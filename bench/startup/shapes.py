"""shapes -- a small class hierarchy with polymorphic area and perimeter."""
from vectors import Vec2
import mathutil

PI = 3.141592653589793


class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    name = "circle"

    def __init__(self, center, radius):
        self.center, self.radius = center, radius

    def area(self):
        return PI * self.radius ** 2

    def perimeter(self):
        return 2 * PI * self.radius

    def contains(self, p):
        return (p - self.center).length() <= self.radius


class Rect(Shape):
    name = "rect"

    def __init__(self, corner, width, height):
        self.corner, self.width, self.height = corner, width, height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def contains(self, p):
        d = p - self.corner
        return 0 <= d.x <= self.width and 0 <= d.y <= self.height


class Square(Rect):
    name = "square"

    def __init__(self, corner, side):
        super().__init__(corner, side, side)


class Polygon(Shape):
    name = "polygon"

    def __init__(self, *points):
        if len(points) < 3:
            raise ValueError("a polygon needs three points")
        self.points = [Vec2(*p) for p in points]

    def area(self):
        pts = self.points
        return abs(sum(pts[i].cross(pts[(i + 1) % len(pts)]) for i in range(len(pts)))) / 2

    def perimeter(self):
        pts = self.points
        return sum((pts[(i + 1) % len(pts)] - pts[i]).length() for i in range(len(pts)))


def lattice_points(shape, size):
    """Integer points of the square [0, size)^2 inside [shape]."""
    return [(x, y) for x in range(size) for y in range(size) if shape.contains(Vec2(x, y))]


def common_scale(*sides):
    g = 0
    for s in sides:
        g = mathutil.gcd(g, s)
    return g
