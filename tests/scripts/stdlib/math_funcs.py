# math: the float functions over special and ordinary values, with errors.
import math

def fmt(args):
    return "(" + ", ".join(type(a).__name__ if " at 0x" in repr(a) else repr(a)
                           for a in args) + ")"

def show(name, *args):
    try:
        r = getattr(math, name)(*args)
    except Exception as e:
        print(name, fmt(args), type(e).__name__, e)
    else:
        print(name, fmt(args), repr(r), type(r).__name__)

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 7

class MyInt(int):
    pass

class MyFloat(float):
    pass

vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 10.0, 100.0, 710.0, 1e-310,
        1e308, -1e308, math.inf, -math.inf, math.nan, 0, 1, -3, True, False, 2 ** 70,
        MyInt(5), MyFloat(0.25), F(), I()]
ones = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
        "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs",
        "erf", "erfc", "cbrt", "degrees", "radians", "isfinite", "isinf", "isnan", "frexp",
        "modf", "ulp"]
for name in ones:
    for v in vals:
        show(name, v)
    show(name, "x")
    show(name, None)
    show(name, 10 ** 400)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi), math.isnan(math.nan))

pairs = [(2.0, 3.0), (2, 0.5), (-2.0, 0.5), (-2.0, 3.0), (0.0, -1.0), (-0.0, -3.0), (0.0, 0.0),
         (10.0, 400.0), (1.0, math.nan), (math.nan, 0.0), (math.inf, -2.0), (-math.inf, 3.0),
         (-math.inf, 2.0), (0.5, math.inf), (2.0, -math.inf), (-1.0, math.inf), (7.5, 2.0),
         (-7.5, 2.0), (7.5, -2.0), (1.0, 0.0), (math.inf, 1.0), (5, math.inf), (1e308, 10.0),
         (3, 5), (True, 2), (1.0, -0.0)]
for name in ["pow", "atan2", "fmod", "copysign", "remainder", "nextafter"]:
    for a, b in pairs:
        show(name, a, b)
    show(name, 1.0)
    show(name, "a", 1.0)
    show(name, 1.0, "b")

for args in [(10, 10), (100, 10), (8, 2), (2 ** 1000, 2), (10 ** 500, 10), (1, 1), (0,), (-1,),
             (-(10 ** 400),), (10 ** 400,), (0.0,), (-0.5,), (2, 0.5), (3, 1), (math.e,),
             (math.inf,), (math.nan,), (True,), (MyInt(100),), (I(),), ("x",), (10, "x"),
             (), (1, 2, 3), (5, 0)]:
    show("log", *args)
for v in [2 ** 1000, 2 ** 1023, 2 ** 1024, 2 ** 1025 - 1, 10 ** 400, 3 ** 1000 + 1]:
    show("log2", v)
    show("log10", v)
    show("log", v)

for args in [(1.0, 3), (0.5, 1024), (1.0, 1024), (-1.0, 1025), (1.0, -1074), (1.0, -1075),
             (3.0, 10 ** 30), (3.0, -(10 ** 30)), (0.0, 10 ** 30), (math.inf, -5), (1.0, 2.0),
             (1.0, True), (1.0, MyInt(3)), (1.0, I()), (math.nan, 3), ("a", 1), (5, 3)]:
    show("ldexp", *args)

for v in [1.0, 0.0, -0.0, 5e-324, 1e308, 1.7976931348623157e308, -2.0, 123.456]:
    show("ulp", v)
    show("frexp", v)
try:
    math.sqrt(1, 2)
except TypeError as e:
    print(e)
try:
    math.sqrt(x=1)
except TypeError as e:
    print(e)
print(math.sqrt.__name__, math.__name__)

gvals = [0.0, -0.0, 1.0, 2.0, 3.0, 0.5, -0.5, -1.0, -2.0, 1e-25, -1e-25, 1e-320, 5.5, 23.0,
         24.0, 100.5, 141.3, 171.5, 172.0, -150.3, -170.6, -200.5, -201.5, 250.0, 1e300,
         math.inf, -math.inf, math.nan, 7, True, 10 ** 400, "x", 2.5e-5, 4.999, 5.001]
for v in gvals:
    show("gamma", v)
    show("lgamma", v)
x = 0.37
for i in range(120):
    x = (x * 9301.0 + 49297.0) % 233280.0
    t = x / 233280.0 * 60.0 - 20.0
    print(repr(math.gamma(t)) if t != int(t) else "", repr(math.lgamma(t)), end=" ")
print()
