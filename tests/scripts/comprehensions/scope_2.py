# Comprehensions in functions see the function's locals (they are closures).
def f(n):
    factor = 10
    return [i * factor for i in range(n)], {i: factor for i in range(2)}

print(f(3))

def g():
    return [lambda: i for i in range(3)]

print([h() for h in g()])
