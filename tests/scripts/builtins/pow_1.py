# pow with two and three arguments, negative exponents, modular inverse.
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(3, -1, 7), pow(0, 0), 2 ** -2)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
