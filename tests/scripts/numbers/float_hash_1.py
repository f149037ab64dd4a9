# hash of floats and of equal ints and floats.
for x in (0.5, 1.5, -2.5, 1e300, 1e-300, 0.1, 2.0 ** 61, 2.0 ** 62, -1.0, 3.0, 1e16,
          float('inf'), float('-inf'), 5e-324, 123456.789):
    print(x, hash(x))
print(hash(1.0) == hash(1), hash(2.0 ** 100) == hash(2 ** 100), hash(-0.0), hash(0.0))
print({1: 'a', 1.0: 'b', True: 'c'}, len({0, 0.0, False, -0.0}))
