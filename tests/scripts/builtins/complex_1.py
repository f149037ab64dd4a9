# complex numbers: construction, arithmetic, attributes, repr.
z = complex(1, 2)
print(z, z.real, z.imag, z.conjugate())
print(z * z, z + 1, z / 2, -z, abs(complex(3, 4)))
print(complex("3-4j"), complex(2), complex(), 1j * 1j)
print(repr(complex(0, -0.0)), complex(1.5, 0))
