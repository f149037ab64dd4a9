print(a, *b, sep="", **c)
o.m(1, k=2)
f(x=1, y=2)
s = f"{a!r:>{w}} and {b}"
a, *b, c = t
(x, y), z = w
