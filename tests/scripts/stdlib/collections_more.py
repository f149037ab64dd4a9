from collections import *
import collections
s = UserString('hello'); print(s, repr(s), s.upper(), type(s.upper()).__name__, s[1:3], s + '!', len(s), 'ell' in s, s.split('l'), s == 'hello', s.find('l'))
print(deque, defaultdict, OrderedDict, Counter, ChainMap, namedtuple('A', 'x'))
print(isinstance(deque(), collections.abc.MutableSequence), isinstance(Counter(), dict), issubclass(OrderedDict, collections.abc.MutableMapping))
try: deque() + [1]
except TypeError as e: print(e)
c = Counter({'x': 1, 'y': 3, 'z': 1, 'w': 3}); print(c.most_common(), c.most_common(3), c)
try: Counter.fromkeys('ab')
except NotImplementedError as e: print(e)
print(Counter(a=1) <= Counter(a=2), Counter(a=-1, b=0).most_common())
print(list(reversed(deque([1,2,3]))), deque(range(10), 3), bool(deque()), list(deque('abc')))
d = deque([1,2,3]); del d[1]; d[0] = 9; print(d, d.copy(), d * 0)
try: d['a']
except TypeError as e: print(e)
P = namedtuple('P', ['a', 'b'], module='mymod'); print(P.__module__, P.__name__, P.__qualname__)
try: namedtuple('P', 'a b', defaults=[1,2,3])
except TypeError as e: print(e)
try: namedtuple('P', [1])
except Exception as e: print(type(e).__name__, e)
try: namedtuple('1P', 'a')
except Exception as e: print(type(e).__name__, e)
class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    def norm(self): return self.x + self.y
print(Pt(1, 2), Pt(1, 2).norm(), Pt(x=1, y=3))
od = OrderedDict.fromkeys('abc'); print(od, list(reversed(od)), od.copy())
try: od.move_to_end('z')
except KeyError as e: print(repr(e))
dd = defaultdict(int, a=1); print(dd.copy(), dd | {'b': 2}, type(dd.copy()).__name__)
print(repr(defaultdict(lambda: 0)).startswith('defaultdict(<function <lambda>'))
print(ChainMap(), ChainMap({'a':1}).get('b'), dict(ChainMap({'a':1}, {'b':2})))
try: ChainMap().popitem()
except KeyError as e: print(e)
