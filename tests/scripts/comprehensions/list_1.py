# List comprehensions: mapping, filtering, nested clauses.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c for word in ["ab", "cd"] for c in word])
print([[r * 3 + c for c in range(3)] for r in range(2)])
print([x if x % 2 else -x for x in range(5)])
