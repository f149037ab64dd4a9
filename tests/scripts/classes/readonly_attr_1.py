# assigning read-only attributes of built-ins: "readonly attribute" for CPython members, else "not writable"
import sys
def f(): pass
class A:
    @property
    def p(self): return 1
    def m(self): pass
cases = [((1+2j), "real"), ((1+2j), "imag"), (slice(1, 2), "start"), (slice(1), "stop"), (slice(1), "step"),
         (range(3), "start"), (range(3), "stop"), (range(3), "step"), (1, "real"), (1, "imag"), (1.5, "real"),
         (A.p, "fget"), (A.p, "fset"), (A.p, "fdel"), (f, "__closure__"), (f, "__globals__"), (A().m, "__func__"),
         (A().m, "__self__"), (staticmethod(f), "__func__"), (classmethod(f), "__func__"), (A, "__mro__"),
         (A, "__base__"), (1, "numerator"), (True, "real"), ([], "append"), ("", "upper"), ((i for i in []), "gi_frame"),
         ((i for i in []), "gi_running"), ((i for i in []), "gi_code"), (memoryview(b""), "obj"), (memoryview(b""), "nbytes"),
         (super(A, A()), "__thisclass__"), (ValueError(), "args"), (f.__code__, "co_name"), (None, "x"), (A.m, "__name__"),
         (len, "__name__"), (len, "__self__"), (1.5, "imag"), ({}.keys(), "mapping"), (iter([]), "x"), (type, "__name__"), (int, "__name__")]
for obj, attr in cases:
    try:
        setattr(obj, attr, 5)
        print(type(obj).__name__, attr, "set ok")
    except (AttributeError, TypeError) as e:
        print(type(obj).__name__, attr, f"{type(e).__name__}: {e}")
    try:
        delattr(obj, attr)
        print(type(obj).__name__, attr, "del ok")
    except (AttributeError, TypeError) as e:
        print(type(obj).__name__, attr, f"del {type(e).__name__}: {e}")
