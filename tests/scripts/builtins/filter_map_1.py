# filter and map are lazy iterators; map with several iterables stops at
# the shortest; filter(None, ...) keeps true values.
print(list(filter(lambda n: n % 2, range(10))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(str.upper, ["a", "b"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
m = map(print, ["lazy"])
print("map created")
list(m)
