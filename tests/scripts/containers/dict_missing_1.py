# dict subclasses: __missing__, overriding methods
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'abracadabra':
    c[ch] = c[ch] + 1
print(sorted(c.items()), c['zz'], 'zz' in c, c.get('zz'))
class Default(dict):
    def __missing__(self, key):
        self[key] = v = [key]
        return v
dd = Default(a=1)
print(dd['q'], dd, type(dd).__name__, isinstance(dd, dict))
class Plain(dict):
    pass
p = Plain({1: 2})
try:
    p[5]
except KeyError as e:
    print('KeyError', e)
print(p, p == {1: 2})
