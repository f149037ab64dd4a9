# float arithmetic: signs of // and %, zeros, infinities, mixed with int.
for a in (7.5, -7.5, 0.0, -0.0, 1e300):
    for b in (2.0, -2.0, 0.3, -1e-300):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(1 + 2.5, 2.5 + 1, 3 - 0.5, 0.1 + 0.2, 1e16 + 1, 2 ** 0.5, 2.0 ** -2, 10 ** -2)
print(-0.0 + 0.0, -0.0 - 0.0, 0.0 * -1, -(0.0), abs(-0.0), -(-0.0))
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, 1 / inf, -inf, inf % 2, 5.0 % inf, -5.0 % inf)
print(nan + 1, nan == nan, nan != nan, nan < 1, 1 < nan, inf == inf)
print(1.0 ** nan, nan ** 0, inf ** 0, 0.0 ** 0, (-8.0) ** (1 / 3), (-2.0) ** 2, (-2.0) ** 3)
print((-1.0) ** inf, 0.5 ** inf, 2.0 ** -inf, (-inf) ** 3, (-inf) ** 2, (-inf) ** -3)
print(7 / 2, 7.0 // 2, -7 // 2.0, 7 % -2.0, divmod(-7, 2.0), 2 ** 1023 * 1.0)
print(float.__add__(1.0, 2), (1.5).__radd__(1), (2.0).__rpow__(3), (1.0).__mul__('a'))
