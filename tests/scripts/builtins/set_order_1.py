# Iteration order of int sets follows CPython's hash table layout, also
# with colliding hashes (hash(-1) == hash(-2)) and after removals.
print({-1, -2, 3, 10, 2 ** 62, 7})
print({5, 3, 1000000, 17}, {8, 16, 0, 32, 64})
s = set(range(20, 0, -3))
print(s)
s.discard(11)
s.add(100)
s.add(-5)
print(s, frozenset({-7, -1, -2, 2 ** 61, 2 ** 61 + 1}))
print(list({n * 37 % 101 for n in range(12)}))
