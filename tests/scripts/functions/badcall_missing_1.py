# Missing required positional arguments: 1, 2 and 3 missing.
def f(a, b, c):
    pass

for args in [(1, 2), (1,), ()]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
