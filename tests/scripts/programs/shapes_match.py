# Geometry with structural pattern matching over classes, tuples, dicts and guards.

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r

class Rect:
    __match_args__ = ("corner", "w", "h")
    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h

def area(shape):
    match shape:
        case Circle(_, r) if r < 0:
            raise ValueError(f"negative radius {r}")
        case Circle(_, r):
            return round(3.14159 * r * r, 3)
        case Rect(_, w, h):
            return w * h
        case Point():
            return 0
        case [Point() as a, Point() as b, Point() as c]:
            return abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2
        case {"type": "square", "side": s}:
            return s * s
        case {"type": kind, **rest}:
            raise TypeError(f"unknown shape kind {kind!r} with {sorted(rest)}")
        case _:
            raise TypeError(f"not a shape: {shape!r}")

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "on the diagonal"
        case Point(x=x, y=y) if x > 0 and y > 0:
            return "first quadrant"
        case Point():
            return "elsewhere"

shapes = [Circle(Point(0, 0), 2), Rect(Point(1, 1), 3, 4), Point(5, 5),
          [Point(0, 0), Point(4, 0), Point(0, 3)], {"type": "square", "side": 7},
          {"type": "hexagon", "side": 2, "color": "red"}, Circle(Point(1, 1), -1), "circle", 42]
for s in shapes:
    try:
        print(type(s).__name__, area(s))
    except (TypeError, ValueError) as e:
        print(type(s).__name__, f"{type(e).__name__}: {e}")
for p in [Point(0, 0), Point(0, 4), Point(-2, 0), Point(3, 3), Point(1, 2), Point(-1, 5)]:
    print(p, where(p))

def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"moving {d}"
        case ["go", *other]:
            return f"can't go {' '.join(other) or 'nowhere'}"
        case ["take", item, "from", place]:
            return f"taking {item} from {place}"
        case ["take", *items] if items:
            return f"taking {len(items)} items: {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

for t in ["go north", "go up", "go", "take lamp from table", "take a b c", "take", "exit", "", "dance wildly"]:
    print(f"{t!r:24} -> {command(t)}")

def describe(v):
    match v:
        case None:
            return "none"
        case True | False:
            return f"bool {v}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return f"number {v}"
        case str() as s if len(s) > 3:
            return "long string"
        case str():
            return "short string"
        case (x, y):
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"list head {x} + {len(rest)}"
        case {**kw} if not kw:
            return "empty dict"
        case dict():
            return f"dict keys {sorted(v)}"
        case _:
            return "other"
for v in [None, True, -3, 7, 2.5, "hello", "hi", (1, 2), [9, 8, 7], {}, {"b": 1, "a": 2}, {1, 2}, (1, 2, 3)]:
    print(repr(v), "->", describe(v))
