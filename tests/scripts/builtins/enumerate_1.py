# enumerate, with and without a start value.
print(list(enumerate("abc")))
print(list(enumerate(["x", "y"], start=10)))
for i, c in enumerate("hi", 1):
    print(i, c)
e = enumerate([])
print(next(e, "empty"))
