# Lambdas: expressions as functions, with defaults, varargs and closures.
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda: "called")())
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
print(add.__name__)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
