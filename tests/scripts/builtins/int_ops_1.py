# int arithmetic: floor division and modulo signs, true division, powers,
# shifts, bitwise operators, comparisons with floats.
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3)]:
    print(a // b, a % b, a / b, end="; ")
print()
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 10 ** 0)
print(1 << 10, 1024 >> 3, -16 >> 2, 6 & 3, 6 | 3, 6 ^ 3, ~5)
print(3 == 3.0, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1), int("7") + 0)
try:
    1 << -1
except ValueError as e:
    print(e)
