# Subclasses of int, float and complex: instances hold the value; results are plain.
class I(int):
    pass
class F(float):
    def __repr__(self):
        return 'F!'
class C(complex):
    pass
i = I(5)
print(i, i + 1, type(i + 1), type(i), isinstance(i, int), hash(i), i == 5, -i, I('12', 8))
i.x = 3
print(i.x, int(i), type(int(i)), float(i), i.bit_length(), f'{i:>4}', i * 2.5)
f = F(1.5)
print(f, str(f), f + 1, type(f + 1), float(f), type(float(f)), f.hex(), F.fromhex('0x1p1'))
c = C(1, 2)
print(c, c * 2, type(c), c.real, abs(c))
print(int.from_bytes(b'\x01', 'big'), I.from_bytes(b'\x01', 'big'), type(I.from_bytes(b'\x01', 'big')))
