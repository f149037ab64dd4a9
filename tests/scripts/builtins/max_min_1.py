# max and min: several arguments or an iterable, key, default, errors.
print(max(1, 5, 3), min(1, 5, 3), max([2, 8]), min("hello"))
print(max(["aa", "b", "cccc"], key=len), min([], default="none"))
print(max([(1, "b"), (1, "a")]), min(3.5, 2), max([1, 3, 3], key=lambda v: -v))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
