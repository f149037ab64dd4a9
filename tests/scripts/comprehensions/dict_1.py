# Dict comprehensions: keys keep their first insertion position, values the
# last assignment.
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({n: [m for m in range(n)] for n in range(3)})
