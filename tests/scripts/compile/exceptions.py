# try/except/else/finally, except as (deleted), raise from, bare raise.
def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            raise KeyError("one")
        r = 10 // x
    except ValueError as e:
        print("value", e)
        return "v"
    except (KeyError, TypeError) as e:
        print("key/type", repr(e))
    except:
        print("other")
        raise
    else:
        print("else", r)
    finally:
        print("finally", x)
    return "end"
for x in (0, 1, 5, "s"):
    try:
        print(f(x))
    except Exception as e:
        print("outer", type(e).__name__)
try:
    pass
except ValueError as e:
    pass
try:
    raise ValueError(1)
except ValueError as e:
    pass
try:
    e
except NameError as n:
    print("e deleted:", n)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as r:
    print(r, type(r.__cause__).__name__, type(r.__context__).__name__)
try:
    try:
        raise TypeError("a")
    except TypeError:
        raise ValueError("b")
except ValueError as v:
    print(v, repr(v.__context__))
def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen_cleanup(); print(next(g)); g.close()
def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise
        except KeyError as k:
            print("re", k)
reraise()
assert True, "never"
try:
    assert 1 > 2, "msg " + "here"
except AssertionError as a:
    print("assert", a)
try:
    assert False
except AssertionError as a:
    print("assert2", repr(a))
