# yield from delegates to any iterable.
def gen():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))

print(list(gen()))
