# sort: modified during sort, a raising key keeps the list, comparison errors
a = [3, 1, 2]
def key(x):
    a.append(x)
    return x
try:
    a.sort(key=key)
except ValueError as e:
    print('ValueError', e)
print(a)
b = [3, 1, 2]
def bad(x):
    if x == 2:
        raise KeyError(x)
    return x
try:
    b.sort(key=bad)
except KeyError as e:
    print('KeyError', e)
print(b)
c = [1, 'x', 2]
try:
    c.sort()
except TypeError as e:
    print('TypeError', e)
print(sorted(c, key=str))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]))
print(max([K(3), K(1), K(2)], key=lambda k: k.v))
