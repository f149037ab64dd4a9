# match statements: every pattern kind.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case -1:
            return "minus one"
        case 1.5 | 2j | -3+4j:
            return "complex-ish"
        case "s" | b"b":
            return "text"
        case None:
            return "none"
        case True:
            return "true"
        case [1, *rest]:
            return f"list starting 1, rest={rest}"
        case [x, y] if x == y:
            return f"pair of equal {x}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case [*_, last]:
            return f"ends with {last}"
        case {"k": val, **others}:
            return f"mapping k={val} others={others}"
        case {1: _, 2: _}:
            return "has 1 and 2"
        case Point(x=0, y=yy):
            return f"point on y axis {yy}"
        case Point(px, py) if px > py:
            return f"point below diagonal {px},{py}"
        case Point():
            return "some point"
        case str() as s:
            return f"string {s}"
        case int(n) | float(n):
            return f"number {n}"
        case ((1, 2) | (3, 4)) as pair:
            return f"pair {pair}"
        case _:
            return "other"
for v in [0, 2, -1, 1.5, 2j, -3+4j, "s", b"b", None, True, [1, 2, 3], [4, 4], (5, 6, 7),
          [1], [8, 9, 10, 11], {"k": 1, "z": 2}, {1: "a", 2: "b"}, Point(0, 5), Point(3, 1),
          Point(1, 3), "str", 42, 4.5, (3, 4), [7, 8], object]:
    print(repr(v)[:20] if not isinstance(v, Point) else "Point", "->", describe(v))
match 5:
    case x:
        print("captured", x)
def alt(v):
    match v:
        case (1, a) | (a, 2):
            return a
        case [a, b] | (b, a, _):
            return (a, b)
    return None
print(alt((1, 9)), alt((8, 2)), alt([3, 4]), alt((5, 6, 7)), alt("zz"))
