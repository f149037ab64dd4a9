# int methods and attributes.
for x in (0, 1, -1, 255, -256, 2 ** 64, -(2 ** 100) + 1, True):
    print(x.bit_length(), x.bit_count(), x.as_integer_ratio(), x.conjugate(),
          x.real, x.imag, x.numerator, x.denominator)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), bool.from_bytes(b'\x01', 'big'), (65).to_bytes())
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print(e)
print(round(1234), round(1250, -2), round(1350, -2), round(-1250, -2), round(1234, 2))
print(round(5, -1), round(15, -1), round(25, -1), round(10 ** 30 + 5 * 10 ** 29, -30))
print(int.__round__(7), (7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__index__())
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
