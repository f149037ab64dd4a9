# math: fsum, prod, hypot, dist, isclose, floor/ceil/trunc.
import math

def fmt(args):
    return "(" + ", ".join(type(a).__name__ if " at 0x" in repr(a) else repr(a)
                           for a in args) + ")"

def show(name, *args, **kw):
    try:
        r = getattr(math, name)(*args, **kw)
    except Exception as e:
        print(name, fmt(args), kw, type(e).__name__, e)
    else:
        print(name, fmt(args), kw, repr(r), type(r).__name__)

class F:
    def __float__(self):
        return 2.5

for seq in [[], [1, 2, 3], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
            [1e308, 1e308, -1e308], [1.7976931348623157e308, 9.979201547673598e291],
            [math.inf, 1.0], [math.inf, -math.inf], [math.nan, 1.0], [math.inf, math.nan],
            [-0.0, -0.0], [-0.0], [2.0 ** 53, 1.0, 2.0 ** -53], [1, 2 ** 60, F()],
            (x * 0.01 for x in range(1000)), [1.0, "a"], 5, [10 ** 400],
            [0.3, 0.6, -0.9, 1e-17, 1e16, 1.0, -1e16]]:
    show("fsum", seq)
x = 1.0
vals = []
for i in range(300):
    x = (x * 1103515245.0 + 12345.0) % 2147483648.0
    vals.append((x - 1e9) * 10.0 ** ((i % 40) - 20))
print(repr(math.fsum(vals)), repr(math.fsum(vals[::-1])), repr(math.fsum(vals[1::3])))

for args, kw in [(([1, 2, 3],), {}), (([],), {}), (([2, 3],), {"start": 5}), (([0.5, 4],), {}),
                 ((["ab", 3],), {}), (([3, "ab"],), {}), (([2, 3],), {"start": 2.0}),
                 ((range(1, 30),), {}), ((5,), {}), (([1], 2), {}), (([1],), {"foo": 1}),
                 ((), {}), (([[1]] * 3,), {}), (([2] * 3,), {"start": [1]})]:
    show("prod", *args, **kw)

hvals = []
y = 7.0
for i in range(200):
    y = (y * 16807.0) % 2147483647.0
    hvals.append(y / 1000.0 - 1e6)
for i in range(0, 200, 2):
    print(repr(math.hypot(hvals[i], hvals[i + 1])), end=" ")
print()
for i in range(0, 198, 3):
    print(repr(math.hypot(hvals[i], hvals[i + 1], hvals[i + 2])), end=" ")
print()
for args in [(), (3,), (-3,), (3, 4), (3, 4, 12), (1e-320, 1e-320), (1e308, 1e308), (math.inf, math.nan),
             (math.nan, 1.0), (0.0, -0.0), (True, 1), (F(), 1), ("a",), (10 ** 400, 1),
             (5e-324, 5e-324, 5e-324), (1e-300, 1e-310)]:
    show("hypot", *args)
for args in [((1, 2), (4, 6)), ([0, 0, 0], (1, 1, 1)), ((), ()), ((1,), (1, 2)), (1, 2),
             ((1.5, -2.5), (math.inf, 0)), ((1,), ("a",)), ((1, 2),), (iter([3.0, 4.0]), (0, 0))]:
    show("dist", *args)

for args, kw in [((1.0, 1.0), {}), ((1.0, 1.0 + 1e-10), {}), ((1.0, 1.1), {}),
                 ((1.0, 1.1), {"rel_tol": 0.2}), ((0.0, 1e-10), {}),
                 ((0.0, 1e-10), {"abs_tol": 1e-9}), ((math.inf, math.inf), {}),
                 ((math.inf, -math.inf), {}), ((math.nan, math.nan), {}),
                 ((1.0, 2.0), {"rel_tol": -1}), ((1.0, 2.0), {"abs_tol": -1.0}),
                 ((1.0,), {}), ((1.0, 2.0, 3.0), {}), ((1.0, 2.0), {"foo": 1}),
                 ((), {"a": 1, "b": 1}), (("a", 1), {}), ((1, 1), {"rel_tol": "x"})]:
    show("isclose", *args, **kw)

class Fl:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"

class MyFloat(float):
    pass

class MyInt(int):
    pass

for v in [2.5, -2.5, 0.0, -0.0, 1e300, -1e20, 2, True, 10 ** 30, math.inf, -math.inf, math.nan,
          F(), Fl(), MyFloat(3.5), MyInt(4), "x", None, 4.999999999999999]:
    for name in ["floor", "ceil", "trunc"]:
        show(name, v)
show("prod", iterable=[1])
show("prod", start=2)
