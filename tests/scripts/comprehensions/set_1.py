# Set comprehensions remove duplicates (small ints print in order).
s = {x % 5 for x in range(20)}
print(type(s).__name__, len(s), sorted(s))
print({n // 2 for n in range(8)})
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))
