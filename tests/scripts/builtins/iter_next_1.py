# iter() and next(): iterators over builtins, default values, and the
# two-argument form with a sentinel.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
values = [5, 4, 0, 3]
pos = [0]
def read():
    pos[0] += 1
    return values[pos[0] - 1]
print(list(iter(read, 0)))
print(type(iter([])).__name__, type(iter({})).__name__, type(iter(range(2))).__name__)
try:
    next([1])
except TypeError as e:
    print(e)
