# sum() and sorted(): starts, keys and errors.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([0.5, 0.25], 1), sum([[1], [2]], []), sum(range(101)), sum([2**60, 2**60]))
print(sorted([3, 1, 2], reverse=True), sorted("bca", key=str.upper), sorted({3: 1, 1: 2}))
t(lambda: sum(["a"])); t(lambda: sum([], "a")); t(lambda: sum([], b"a")); t(lambda: sum([], bytearray()))
t(lambda: sum(1)); t(lambda: sum([1], start=2)); t(lambda: sum())
t(lambda: sorted()); t(lambda: sorted([3, 1], reverse=1)); t(lambda: sorted([1], 1)); t(lambda: sorted([1], foo=1))
t(lambda: sorted([1, "a"]))
