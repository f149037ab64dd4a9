# Function calls: defaults, keywords, *args, **kwargs, keyword-only and
# positional-only parameters.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{'c': 5, 'z': 1}))
print(f(a=1, c=2))

def g(x, y, /, z=3, *, w=4):
    return x, y, z, w

print(g(1, 2))
print(g(1, 2, z=5, w=6))
print(g(*(1, 2, 3)))

def h(*args, **kwargs):
    return args, kwargs

print(h())
print(h(1, 2, a=3))
print(h(*range(3), **dict(x=1)))
print(h(*'ab', *[1], **{'k': 1}, **{'j': 2}))

def defaults(a, b=[]):
    b.append(a)
    return b

print(defaults(1), defaults(2))
print(defaults.__defaults__)

def kwonly(*, a, b=10):
    return a + b

print(kwonly(a=1), kwonly(b=1, a=2))
print(kwonly.__kwdefaults__)

def posonly_kwargs(a, /, **kw):
    return a, kw

print(posonly_kwargs(1, a=2))

class C:
    def m(self, x, y=1):
        return (self.__class__.__name__, x, y)

    @staticmethod
    def s(x):
        return x * 2

    @classmethod
    def k(cls, x):
        return cls.__name__, x

c = C()
print(c.m(1), c.m(1, y=5), C.m(c, 2))
print(c.s(3), C.s(4), c.k(5), C.k(6))
bound = c.m
print(bound(7), bound(x=8))
print(sorted(range(5), key=lambda v: -v))
print(list(map(lambda a, b: a * b, [1, 2], [3, 4])))

def deco(fn):
    def wrapper(*a, **k):
        return ('wrapped', fn(*a, **k))
    return wrapper

@deco
def decorated(x):
    return x + 1

print(decorated(1), decorated.__name__)

def annotated(a: int, b: 'str' = 'x') -> float:
    pass

print(annotated.__annotations__)
print(f.__name__, f.__qualname__, C.m.__qualname__, f.__module__)

def doc():
    "the doc"
print(doc.__doc__, f.__doc__)
