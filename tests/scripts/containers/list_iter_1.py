# list iterators: forward, reversed, length hints, mutation while iterating
a = [1, 2, 3]
it = iter(a)
print(next(it), it.__length_hint__())
a.append(4)
print(list(it))
r = reversed(a)
print(type(r).__name__, next(r), list(r))
print(list(reversed([])), list(reversed([1])))
b = [1, 2, 3]
for x in b:
    if x < 5:
        b.append(x + 3)
print(b)
c = [1, 2, 3, 4]
for x in c:
    c.remove(x)
print(c)
print(type(iter([])).__name__)
