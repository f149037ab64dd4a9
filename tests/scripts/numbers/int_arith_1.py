# int arithmetic: signs of // and %, true division, powers, big ints.
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 100, -2 ** 63, (-2) ** 63, 2 ** -1, (-2) ** -3, 0 ** 0)
print(10 ** 20 // 7, 10 ** 20 % 7, -(10 ** 20) // 7, -(10 ** 20) % 7)
print((2 ** 84 + 1) / 3, 10 ** 400 // 10 ** 399, (10 ** 30) / (10 ** 10))
print(1 << 70, (1 << 70) >> 69, -1 >> 100, ~0, ~(2 ** 70), 6 & -4, 6 | -4, 6 ^ -4)
print(pow(3, 200, 1000), pow(2, -1, 7), pow(-3, 3, 5), pow(7, 0, 1))
x = 2 ** 48 - 1
print(x + 1, -x - 2, x * x, (x + 1) - 1, type(x + 1))
print(abs(-5), abs(-(2 ** 80)), -(-(2 ** 48)), +7)
print(int.__add__(1, 2), int.__sub__(1, 2.0), (5).__rsub__(3), (5).__rtruediv__(1))
