# hash of ints, floats equal to ints, tuples, and unhashable types.
print(hash(1), hash(-1), hash(0), hash(1.0) == hash(1), hash(2 ** 61), hash(2 ** 61 - 1))
print(hash(True), hash(1.5), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
try:
    hash({})
except TypeError as e:
    print(e)
