# Closures, decorators with arguments, memoization, counters, function attributes.

def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        value = count
        count += step
        return value
    def reset():
        nonlocal count
        count = start
    counter.reset = reset
    return counter

c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c(), c.__name__)

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

@memoize
def fib(n):
    """Fibonacci number."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache), fib.__name__, fib.__doc__)

def repeat(times):
    def deco(fn):
        def inner(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return inner
    return deco

@repeat(3)
def greet(name, punct="!"):
    return f"hi {name}{punct}"
print(greet("bo"), greet("al", punct="?"))

calls = []
def trace(fn):
    def inner(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        calls.append(f"{fn.__name__}({', '.join(parts)})")
        return fn(*args, **kwargs)
    return inner

@trace
def add(a, b=0, *, scale=1):
    return (a + b) * scale
print(add(1, 2), add("x", "y"), add(2, b=3, scale=10))
print(calls)

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))

adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in adders], [f(10) for f in late])

def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulator()
print([acc(x) for x in [1, 2, 3, 4]])
print(acc.__closure__[0].cell_contents)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())

def class_deco(cls):
    cls.tag = cls.__name__.lower()
    orig = cls.__init__
    def __init__(self, *a):
        orig(self, *a)
        self.created = True
    cls.__init__ = __init__
    return cls

@class_deco
class Thing:
    def __init__(self, v):
        self.v = v
t = Thing(3)
print(Thing.tag, t.v, t.created)

def counter_gen():
    n = 0
    def bump(k=1):
        nonlocal n
        n += k
        return n
    return bump, lambda: n
bump, get = counter_gen()
bump(); bump(5)
print(get())
x = 10
def use_global():
    global x
    x += 1
    return x
print(use_global(), use_global(), x)
def shadow():
    try:
        print(x)
        x = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
shadow()
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in [lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4), lambda: f(1, 2, 3), lambda: f(1, 2, 3, d=4, e=5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def kw(**kwargs):
    return sorted(kwargs.items())
print(kw(b=2, a=1), kw(**{"z": 0}), (lambda *a, **k: (a, k))(1, 2, x=3))
