# dict views: live, set operations, comparisons, isdisjoint, iteration errors
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(sorted(k & {'a', 'b', 'z'}), sorted(k | ['q']), sorted(k - {'a'}), sorted(k ^ {'a', 'w'}))
print(sorted(i & {('a', 1), ('b', 5)}), sorted(i - {('a', 1)}))
print(k == {'a', 'b', 'c'}, k != {'a'}, k < {'a', 'b', 'c', 'd'}, k >= {'a'}, k == ['a', 'b', 'c'])
print(k.isdisjoint({'x'}), k.isdisjoint(['a']), i.isdisjoint([('a', 1)]))
print(('a', 1) in i, ('a', 2) in i, 'a' in i, 1 in v, 4 in v)
print(len(k), len(v), len(i), list(reversed(i)))
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__, type(reversed(v)).__name__)
print({'x': 1}.keys() & {'x': 2}.keys(), {1, 2} & d.keys(), ['a'] | d.keys() == set(d) | {'a'})
d['d'] = 4
print(list(k), list(v), list(i))
it = iter(i)
next(it)
d['e'] = 5
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
print(d.keys().mapping if hasattr(d.keys(), 'mapping') and False else 'skip')
