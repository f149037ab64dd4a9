# A generator expression evaluates its first iterable at once, the rest
# lazily.
def src(label, items):
    print("evaluating", label)
    return items

g = (x + y for x in src("first", [1, 2]) for y in src("second", [10]))
print("created")
print(list(g))
try:
    h = (x for x in 5)
except TypeError as e:
    print(e)
