# Generator expressions are lazy iterators, consumed once.
g = (x * x for x in range(5))
print(type(g).__name__)
print(sum(g))
print(sum(g))
print(list(c.upper() for c in "abc"))
print(max(len(w) for w in ["a", "abcd", "ab"]))
print(sorted((n % 3, n) for n in range(6)))
