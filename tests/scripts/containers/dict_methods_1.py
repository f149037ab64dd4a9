# dict methods: get setdefault pop popitem keys values items update clear copy fromkeys
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('b'), d.pop('zz', 'dflt'), d)
d.update({'x': 9}, y=10)
d.update([('p', 1), ['q', 2]])
d.update(z=0)
print(d)
print(d.popitem(), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy()
e['new'] = 1
print(d, e)
e.clear()
print(e, len(e))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), {}.fromkeys(range(2), []))
print(dict(a=1, b=2), dict([(1, 2)], c=3), dict({'k': 'v'}), dict(), dict(zip('ab', 'xy')))
print('a' in d, 'zz' not in d, d.__contains__('a'), len(d))
print({1: 2} | {3: 4}, {1: 2} | {1: 3})
f = {1: 1}
f |= {2: 2}
f |= [(3, 3)]
print(f)
print(list(reversed({1: 'a', 2: 'b', 3: 'c'})))
