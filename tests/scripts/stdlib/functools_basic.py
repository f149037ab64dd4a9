import functools
from functools import *
print(reduce(lambda a,b:a+b,[1,2,3]), reduce(lambda a,b:a+b,[],5))
try: reduce(lambda a,b:a,[])
except TypeError as e: print(e)
def f(a,b,c=3): return (a,b,c)
p = partial(f, 1, c=9); print(p(2), p.args, p.keywords, p.func is f)
q = partial(p, 2); print(q(), q.args)
print(repr(partial(max, 1, key=abs)))
try: partial(1)
except TypeError as e: print(e)
@lru_cache(maxsize=2)
def sq(x): return x*x
for i in [1,2,1,3,2,1]: sq(i)
print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info(), sq.__name__, sq.cache_parameters())
@cache
def fib(n): return n if n<2 else fib(n-1)+fib(n-2)
print(fib(50), fib.cache_info())
@total_ordering
class V:
    def __init__(s,v): s.v=v
    def __eq__(s,o): return s.v==o.v
    def __lt__(s,o): return s.v<o.v
print(V(1)<=V(2), V(3)>V(2), V(2)>=V(2))
print(sorted([3,1,2], key=cmp_to_key(lambda a,b: b-a)))
class C:
    @cached_property
    def x(self): print("compute"); return 5
c=C(); print(c.x, c.x)
@singledispatch
def g(x): return "obj"
@g.register(int)
def _(x): return "int"
@g.register
def _(x: list): return "list"
print(g(1), g(True), g([1]), g("s"))
def deco(fn):
    @wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def hello(): "doc"; return 1
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
class A:
    def m(self, a, b): return (a, b)
    pm = partialmethod(m, 1)
print(A().pm(2))
try: total_ordering(type('X',(),{}))
except ValueError as e: print(e)
