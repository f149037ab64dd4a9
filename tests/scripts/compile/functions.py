# Parameters of every kind, defaults, closures, decorators, annotations.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
def ann(x: int, *y: str, z: "q" = 1, **w: float) -> list: pass
print(ann.__annotations__)
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = counter()
c(); c(5)
print(c(), c.__code__.co_freevars, counter.__code__.co_cellvars)
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return (tag, fn(*a, **k))
        return inner
    return wrap
@deco("A")
@deco("B")
def g(x): return x * 2
print(g(21))
print(g.__qualname__, counter.__qualname__, c.__qualname__)
lam = lambda x, *y, k=3: (x, y, k)
print(lam(1, 2, k=4), lam.__name__, lam.__qualname__)
def kw(**k): return k
print(kw(a=1, **{'b': 2}, c=3))
print(f(*[1, 2], *(3,), d=4, **{'e': 9}))
args = (1,)
print(f(*args, d=0))
G = 10
def use_global():
    global G
    G += 1
    return G
print(use_global(), G)
def doc():
    "the doc"
    return 1
print(doc.__doc__, doc.__code__.co_consts[0])
def defaults_eval():
    print("evaluated once")
    return []
def h(x=defaults_eval()):
    x.append(1)
    return x
h(); print(h())
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
def cellparam(a, b):
    def k(): return a + b
    a = 10
    return k()
print(cellparam(1, 2), cellparam.__code__.co_cellvars)
print((lambda: (yield 1))().__next__())
