from collections.abc import *
import collections.abc as cabc
print(cabc.__name__)
for o in [[], (), {}, set(), frozenset(), "", b"", 1, None, len, iter([]), (x for x in []), range(3), {}.keys(), {}.items(), {}.values(), bytearray()]:
    print(type(o).__name__, [n for n in cabc.__all__ if isinstance(o, getattr(cabc, n))])
class S(Sequence):
    def __init__(s, d): s.d=d
    def __len__(s): return len(s.d)
    def __getitem__(s,i): return s.d[i]
x = S([1,2,3,2]); print(list(x), 2 in x, x.index(2), x.count(2), list(reversed(x)))
try: x.index(9)
except ValueError as e: print(repr(e))
try: Sequence()
except TypeError as e: print(e)
class M(Mapping):
    def __init__(s, d): s.d=d
    def __len__(s): return len(s.d)
    def __getitem__(s,i): return s.d[i]
    def __iter__(s): return iter(s.d)
m = M({'a':1}); print(type(m.keys()).__name__, list(m.items()), m.get('b', 3), 'a' in m, m == {'a':1})
print(issubclass(list, MutableSequence), issubclass(dict, Mapping), issubclass(str, MutableSequence))
