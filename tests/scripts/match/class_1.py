# Class patterns with positional sub-patterns use __match_args__.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"y axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x} {y}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), (1, 2)]:
    print(where(p))
