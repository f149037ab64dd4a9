# divmod: floor division and remainder, signs follow the divisor.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (2 ** 65, 7)]:
    print(a, b, divmod(a, b))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
