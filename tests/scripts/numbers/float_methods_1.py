# float methods: hex, fromhex, as_integer_ratio, is_integer, rounding.
for x in (0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 5e-324, 1.7976931348623157e308, 2.0 ** 52, 1e-310):
    print(x.hex(), x.as_integer_ratio(), x.is_integer(), x.conjugate(), x.real, x.imag)
for s in ('0x1.8p1', '  -0X1.Fp-3  ', '1.', '.8', '-inf', 'nan', '0x1p-1074', '0x1p-1075',
          '0x1.0000000000000801p0', 'ff', '0x1.fffffffffffff7p1023'):
    print(float.fromhex(s))
for s in ('0x.p1', 'x', '0x1p2000', '0x1.fffffffffffff8p1023'):
    try:
        float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1e300, 123.456, -0.4, 1e-300):
    print(round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, -300))
print(round(2.5, None), round(5e-324, 400), round(123.456, -400), round(-123.456, -400))
print(int(2.9), int(-2.9), (2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__(), int(1e20))
print(float.__getformat__('double') if hasattr(float, '__getformat__') else 'IEEE, little-endian')
