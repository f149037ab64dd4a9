# min() and max(): key, default and errors.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(max([3, 1, 2]), min(3, 1, 2), max([], default=0), min("bca", key=lambda c: -ord(c)))
print(max([1, 3, 3.0], key=None), min([(1, "b"), (1, "a")]), max("a", "B", key=str.lower))
t(lambda: max()); t(lambda: max([])); t(lambda: min(1)); t(lambda: max(1, 2, default=3))
t(lambda: max([], foo=1)); t(lambda: min([], default=7)); t(lambda: max([1], key=3)); t(lambda: max([1, "a"]))
