# round: half to even, ndigits (also negative), ints stay ints.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(3.7), round(-3.7))
print(round(3.14159, 2), round(1234, -2), round(1250, -2), round(7), round(2.5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(0.125, 2))
