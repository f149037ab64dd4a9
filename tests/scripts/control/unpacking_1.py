# Assignment unpacking, starred targets, and the errors for bad lengths.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, end = "abc"
print(init, end)
(p, q), r = (1, 2), 3
print(p, q, r)
for bad in [(1, 2, 3), (1,)]:
    try:
        x, y = bad
    except ValueError as e:
        print(e)
try:
    x, y, *z = [1]
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)
