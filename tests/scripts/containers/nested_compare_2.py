# deeply nested containers: repr and comparisons raise RecursionError, never crash
def nest(make, n):
    x = make(())
    for _ in range(n):
        x = make(x)
    return x
for name, make in [('list', lambda x: [x]), ('tuple', lambda x: (x,)), ('dict', lambda x: {1: x})]:
    a, b = nest(make, 50000), nest(make, 50000)
    for what, f in [('repr', lambda: repr(a)), ('eq', lambda: a == b)]:
        try:
            f()
            print(name, what, 'ok')
        except RecursionError as e:
            print(name, what, 'RecursionError', e)
print(repr(nest(lambda x: [x], 10)))
print(nest(lambda x: (x,), 100) == nest(lambda x: (x,), 100))
