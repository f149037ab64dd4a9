# Runtime checks of unwinding through with/finally, except*, match guards.
def f1():
    for i in range(3):
        with open_cm(i) as v:
            if i == 1:
                return v
class open_cm:
    def __init__(self, i): self.i = i
    def __enter__(self): print("enter", self.i); return self.i * 10
    def __exit__(self, *a): print("exit", self.i, a[0])
print(f1())
def f2():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError as k:
            return repr(k), repr(k.__context__)
print(f2())
def f3():
    x = 0
    while x < 5:
        try:
            x += 1
            if x % 2: continue
        finally:
            print("f", x)
    return x
print(f3())
def f4(n):
    match n:
        case int(x) if x > 3:
            return "big"
        case int():
            return "small"
    return "other"
print(f4(5), f4(1), f4("s"))
def g():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
import sys
def tb():
    try:
        1/0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__
print(tb(), sys.exc_info())
def nested_with():
    with open_cm(1) as a, open_cm(2) as b:
        raise RuntimeError("x")
try:
    nested_with()
except RuntimeError as e:
    print("caught", e)
x = [1, 2, 3]
a, b, *c = x
print(a, b, c)
def kw(a, *, b): return a, b
print(kw(b=2, a=1))
d = {"a": 1}
d["a"] += 1
print(d)
print([(i, j) for i in range(3) for j in range(i)])
def star_except():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("V", repr(e.exceptions))
    except* TypeError as e:
        print("T", repr(e.exceptions))
star_except()
