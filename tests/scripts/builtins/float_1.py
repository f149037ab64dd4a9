# float(): conversions, special values, repr is the shortest round trip.
print(float(), float(3), float("1.5"), float(" -2e3 "), float("inf"), float("-nan"))
print(0.1 + 0.2, 1 / 3, 2.5e-10, 1e16, 1e22, 123456789.0 * 10)
print(float("1_000.5"), (0.5).as_integer_ratio(), (2.0).is_integer(), 7.0 // 2, 7.5 % 2)
print(round(2.675, 2), 1e308 * 10, -1e308 * 10, 3.0 == 3)
