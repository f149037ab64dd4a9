# complex: construction, repr, arithmetic, attributes.
for z in (1 + 2j, 2j, -2j, 0j, -0j, complex(-0.0, -1), complex(1, -0.0), 1e16j, 1.5 - 2.25j,
          complex(float('inf'), 1), complex(float('nan'), float('-inf')), complex(1e300, 1e-300)):
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z), bool(z))
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** -1, a ** 0.5, a ** b, 2 ** a)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 1 / a, a == 1 + 2j, a != b, (1 + 0j) == 1)
print((1 + 0j) == 1.0, 1j * 1j, (2 + 0j) ** 0.5, 0j ** 0, True + 1j, hash(1 + 2j), hash(2 + 0j) == hash(2))
print(complex(), complex(1), complex(1, 2), complex('1+2j'), complex(' ( 1+2j ) '), complex('-j'),
      complex('1e+2j'), complex('infj'), complex('1_0+2_0j'), complex(1 + 2j, 3 + 4j),
      complex(real=1, imag=2), complex(2.5), complex(True, False), complex('-inf+nanj'))
print((1 + 1j) ** 1000 if False else (1 + 1j) ** 10, (1e200 + 1e200j) ** 2)
