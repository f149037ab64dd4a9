# float repr is the shortest string that round-trips; special values.
for v in [0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e-7, 1.5e300, 5e-324, 1e16, 123.0, -0.0,
          float("inf"), -float("inf"), 1.7976931348623157e308, 100.0 / 7]:
    print(repr(v), str(v))
print(float("nan") == float("nan"), 0.1 * 3 == 0.3, 1e16 + 1 == 1e16)
print(int(1e20), int(-2.5), 7 / 2, 7 // 2.0, -7 // 2.0, 2 ** 0.5)
