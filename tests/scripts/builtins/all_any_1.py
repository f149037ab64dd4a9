# all and any: empty iterables, short-circuiting on generators.
print(all([]), any([]))
print(all([1, "x", [0]]), all([1, 0]), any([0, "", None]), any([0, 2]))
def gen():
    for v in [1, 0, 1]:
        print("yield", v)
        yield v
print(all(gen()))
print(any(gen()))
