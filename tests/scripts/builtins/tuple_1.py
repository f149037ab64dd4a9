# tuple(): construction, immutability, methods, comparison, repr.
t = tuple([1, 2, 2])
print(t, tuple(), tuple("ab"), (1,), (), t.count(2), t.index(2))
print(t + (3,), t * 2, t[1:], (1, 2) < (1, 3), (1, (2, 3))[1][0])
try:
    t[0] = 5
except TypeError as e:
    print(e)
