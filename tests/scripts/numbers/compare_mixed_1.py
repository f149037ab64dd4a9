# comparisons across int, float, bool: exact, not through doubles.
big = 2 ** 53 + 1
print(big > 2.0 ** 53, big == 2.0 ** 53, big - 1 == 2.0 ** 53, 2.0 ** 53 < big)
print(10 ** 400 > float('inf'), -(10 ** 400) < float('-inf'), 10 ** 400 > 1e308)
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 <= -1.0, 0 == -0.0, True == 1.0, False < 0.5)
nan = float('nan')
print(nan == 1, 1 == nan, nan != 1, 10 ** 400 == nan, 10 ** 400 != nan, nan < 10 ** 400)
print(2 ** 1024 == float('inf'), 2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63)
print(sorted([3, 1.5, True, -2, 2 ** 70, 0.0]), max(1, 1.0), min(1.0, 1))
print((1 < 2) and (2 < 3.5), 1.0 in [1], 2 in {2.0: 1}, [1, 2.0] == [1.0, 2])
