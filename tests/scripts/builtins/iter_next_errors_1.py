# iter() and next(): sentinels, defaults, errors.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(next(iter([5])), next(iter([]), "end"), list(iter([1, 2, 3].pop, 1)))
t(lambda: next(1)); t(lambda: next(iter([]))); t(lambda: iter(1, 2)); t(lambda: iter(1)); t(lambda: iter())
print(repr(iter(int, 1))[:28])
n = [0]
def count():
    n[0] += 1
    return n[0]
print(list(iter(count, 4)))
