# for targets can be unpacking patterns, attributes and subscripts; the
# loop variable keeps its last value.
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print("i after loop:", i)
slots = [0, 0, 0]
for slots[1] in range(3):
    pass
print(slots)
for k, *rest in ["xyz", "ab"]:
    print(k, rest)
