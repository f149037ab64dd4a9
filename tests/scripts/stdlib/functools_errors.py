import functools
from functools import partial, reduce, lru_cache, cmp_to_key, cached_property
for c in ['partial()', 'reduce(1)', 'reduce(1,2,3,4)', 'reduce(1,[],x=1)', 'reduce(1,[1,2])',
          'reduce(max, 5)', 'cmp_to_key(1)(1) < 3', 'lru_cache("x")', 'partial(max)(x=1)',
          'partial(1, 2)', 'total_ordering(int)']:
    try: print(eval(c))
    except Exception as e: print(type(e).__name__, e)
print(reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
class P2(partial): pass
print(repr(P2(len, 'ab')).startswith('P2(<built-in function len>'), P2(len, 'ab')())
print(repr(partial(len)), repr(partial(partial(divmod, 7), 2)), partial(partial(divmod, 7), 2)())
@lru_cache(maxsize=None, typed=True)
def ident(x): return x
ident(1); ident(1.0); ident(1); print(ident.cache_info(), ident.cache_parameters())
@lru_cache
def add(a, b=0): return a + b
add(1, b=2); add(1, b=2); add(b=2, a=1); print(add.cache_info(), add.__wrapped__(3))
class Slotted:
    __slots__ = ('a',)
    @cached_property
    def v(self): return 1
try: Slotted().v
except TypeError as e: print(e)
try:
    class Two:
        @cached_property
        def a(self): return 1
        b = a
except (TypeError, RuntimeError) as e: print(type(e).__name__, e)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def f(): pass
f.__dict__['tag'] = 1
def g(): pass
functools.update_wrapper(g, f); print(g.__name__, g.tag, g.__wrapped__ is f)
reduce(lambda a, b: a + b, [])
