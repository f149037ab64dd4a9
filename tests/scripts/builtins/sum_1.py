# sum with ints, floats, a start value; sum of strings is refused.
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.1] * 10), sum([1, 2], 10))
print(sum([[1], [2]], []), sum((x for x in range(4)), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
