# deleting and setting attributes: slots, class attributes, built-ins, __dict__ (deletable), bad names
class A:
    x = 1
    __slots__ = ("s",)
class B:
    x = 1
a, b = A(), B()
for f in [lambda: delattr(a, "s"), lambda: delattr(a, "x"), lambda: delattr(b, "x"), lambda: delattr(b, "y"), lambda: delattr(B, "y"),
          lambda: delattr(B, "x") or B.x, lambda: delattr(int, "real"), lambda: delattr(1, "real"), lambda: setattr(a, "x", 2),
          lambda: setattr(A, "s", 5) or a.s, lambda: setattr(int, "foo", 1), lambda: setattr(object(), "foo", 1), lambda: setattr([], "x", 1),
          lambda: delattr(b, "__dict__"), lambda: setattr(b, "__dict__", {"q": 1}) or b.q, lambda: setattr(b, "__dict__", 5),
          lambda: getattr(b, 5), lambda: setattr(b, 5, 1), lambda: hasattr(b, 5), lambda: delattr(b, 5), lambda: getattr(b, "nope")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
c = B()
c.k = 1
del c.__dict__
print(c.__dict__, hasattr(c, "k"))
c.m = 2
print(vars(c))
