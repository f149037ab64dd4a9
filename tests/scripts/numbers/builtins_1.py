# Builtins on numbers: hex/oct/bin, abs, divmod, pow, round, sum, conversions, str.
print(hex(255), hex(-255), oct(8), bin(-5), hex(True), bin(2**70), hex(10**30))
class N:
    def __index__(self): return 42
print(hex(N()), bin(N()), oct(N()))
for f in (hex, bin, oct):
    try: f(1.5)
    except TypeError as e: print(e)
print(abs(-2**100), abs(-0.0), abs(True), divmod(7, -2), divmod(-7.5, 2), pow(2, 10), pow(2.0, -1), pow(3, 4, 5))
print(round(2.5), round(-0.5), round(1.25, 1), round(10**20 + 0.5), round(7, -1), type(round(7.5)), type(round(7.5, 0)))
print(sum([0.1] * 10), sum([1, 2.5, True]), max(1, 2.0, key=float), min([3, 1.5]))
print(int('  42  '), float('  -1e-3 '), complex(' 1-1j '), bool([]), str(1.0), str(-0.0), str(1e100))
print(1e22, 1e21, 123456789.123456789, 0.30000000000000004, 1/3, 2**0.5, -1.5e-7)
print(isinstance(1, float), isinstance(1.0, int), isinstance(True, (float, int)), type(1) is int)
