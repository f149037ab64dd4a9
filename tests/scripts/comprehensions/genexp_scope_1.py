# A generator expression's free variables are looked up when it runs, not
# when it is created (except the first iterable).
n = 1
g = (x * n for x in range(3))
n = 10
print(list(g))
items = [1, 2]
h = (x for x in items)
items = [7, 8]
print(list(h))
