# list(), tuple(), extend() and dict() iterate a subclass that overrides __iter__
class Rev(list):
    def __iter__(self):
        return iter(list.__getitem__(self, slice(None, None, -1)))
r = Rev([1, 2, 3])
print(list(r), tuple(r), [*r], sorted(r), r)
x = [0]
x.extend(r)
x += r
print(x)
class Pairs(tuple):
    def __iter__(self):
        yield from ()
print(dict([Rev(['k', 'v'])]), set(r), frozenset(Rev('ab')) == {'a', 'b'})
print(list(Pairs((1, 2))), len(Pairs((1, 2))))
class Keys(dict):
    def keys(self):
        return ['a']
print(dict(Keys(a=1, b=2)), {**Keys(a=1, b=2)})
