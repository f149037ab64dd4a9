# math: gcd, lcm, factorial, comb, perm, isqrt with big ints and errors.
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

class I:
    def __index__(self):
        return 12

class MyInt(int):
    pass

for args in [(), (0,), (-5,), (12, 18), (12, -18), (0, 0), (2 ** 100, 2 ** 80 * 3), (6, 10, 15),
             (7, 1, 3), (True, 4), (I(), 8), (MyInt(9), 6), (1.5, 2), (2, 2.0), ("a",),
             (10 ** 40, 10 ** 30 + 5)]:
    show("gcd", *args)
    show("lcm", *args)

for v in [0, 1, 2, 5, 20, 21, 30, 100, -1, -(10 ** 30), 10 ** 30, 2.0, 5.5, "5", True, I(),
          MyInt(6)]:
    show("factorial", v)
print(len(str(math.factorial(1000))), math.factorial(200) % (10 ** 9 + 7))

for args in [(5, 2), (10, 0), (10, 10), (10, 11), (0, 0), (100, 50), (-1, 2), (3, -1), (-1, -1),
             (10 ** 30, 2), (10 ** 30, 10 ** 30 - 3), (10 ** 30, 10 ** 20), (5.0, 2), (5, 2.0),
             (True, True), (I(), 5), (5,), (1, 2, 3), (2 ** 70, 2 ** 70 + 1)]:
    show("comb", *args)
    show("perm", *args)
show("perm", 5, None)
show("perm", -3)
show("perm")

for v in [0, 1, 2, 3, 4, 15, 16, 17, 99, 10 ** 40, 10 ** 41, 2 ** 200 - 1, 2 ** 200, -1, 4.0,
          True, I(), MyInt(50), "9"]:
    show("isqrt", v)
for n in range(200):
    r = math.isqrt(n * n + n)
    assert r == n, n
print("ok")
