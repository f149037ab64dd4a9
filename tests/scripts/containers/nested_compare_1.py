# comparing deeply nested frozensets raises RecursionError, as CPython
a = frozenset()
b = frozenset()
for i in range(100000):
    a = frozenset([a])
    b = frozenset([b])
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError', e)
print(frozenset([frozenset([1])]) == frozenset([frozenset([1])]))
