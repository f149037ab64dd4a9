# range: start/stop/step, negative steps, len, indexing, slicing,
# containment, equality, repr.
print(list(range(5)), list(range(2, 8, 2)), list(range(5, 0, -2)), list(range(0)))
r = range(10, 100, 7)
print(len(r), r[0], r[-1], r[2:5], 24 in r, 25 in r, r.index(31), r.count(17))
print(range(3), range(1, 4, 2), range(0) == range(5, 5), range(0, 3) == range(3))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(5)[10]
except IndexError as e:
    print(e)
