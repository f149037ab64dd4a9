# *args collects extra positional arguments into a tuple, **kwargs extra
# keyword arguments into a dict that keeps the call's order.
def f(a, *args, **kwargs):
    print(a, args, kwargs)

f(1)
f(1, 2, 3)
f(1, x=5, y=6)
f(1, 2, z=0, a2=9)
f(*range(4), **{"k": "v"})

def g(*args):
    return type(args).__name__, len(args)

print(g())
print(g(None, None))
