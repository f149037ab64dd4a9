# reversed on sequences and ranges; objects with __reversed__.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed((1, 2))), list(reversed({1: 0, 2: 0})))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
