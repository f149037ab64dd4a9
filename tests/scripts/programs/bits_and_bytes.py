# Bit manipulation: popcount, gray codes, bitsets, parity, base conversions, bytes.

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

def to_base(n, b):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in [0, 1, 5, 255, 256, 1023, 2 ** 40 + 3, -7]:
    print(n, popcount(n) if n >= 0 else "-", bin(n), to_base(n, 3), to_base(n, 16), to_base(n, 36), n.bit_length())
print([i ^ (i >> 1) for i in range(16)])
print([format(i ^ (i >> 1), "04b") for i in range(8)])
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, ~0b1010, 1 << 70, (1 << 70) >> 68, -1 >> 5, -16 >> 2)
print(0xFF & -256, -1 & 0xFFFF, (-12345) & 0xFFFFFFFF, ~(2 ** 65), (2 ** 65) ^ -1, -(2 ** 65) | 7)

class BitSet:
    def __init__(self, bits=0):
        self.bits = bits
    def add(self, i):
        self.bits |= 1 << i
        return self
    def discard(self, i):
        self.bits &= ~(1 << i)
        return self
    def __contains__(self, i):
        return self.bits >> i & 1 == 1
    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1
    def __or__(self, o):
        return BitSet(self.bits | o.bits)
    def __and__(self, o):
        return BitSet(self.bits & o.bits)
    def __len__(self):
        return bin(self.bits).count("1")
    def __repr__(self):
        return f"BitSet({list(self)})"

a = BitSet().add(1).add(5).add(64).add(100)
b = BitSet().add(5).add(7).add(100)
print(a, b, a | b, a & b, len(a | b), 64 in a, 63 in a)
a.discard(64)
print(a, hex(a.bits))
print(int("1011", 2), int("777", 8), int("-ff", 16), int("zz", 36), int("0o17", 0), int("0x_1f", 0))
data = "Hello, wörld".encode("utf-8")
print(data, len(data), list(data[:5]), data.hex(), bytes.fromhex("48656c6c6f"))
print(data.decode("utf-8"), data.decode("latin-1"), data.decode("ascii", errors="replace"))
checksum = 0
for byte in data:
    checksum = (checksum * 31 + byte) & 0xFFFFFFFF
print(checksum, f"{checksum:08x}", checksum.to_bytes(4, "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
ba = bytearray(b"abcdef")
ba[0] = 65
ba[1:3] = b"XYZ"
ba.append(33)
ba.extend(b"??")
print(ba, ba.decode(), ba.find(b"Z"), bytes(ba[::-1]), ba.count(b"?"))
print(b"a-b-c".split(b"-"), b" x ".strip(), b"abc".replace(b"b", b"BB"), b"%d:%s" % (5, b"x"))
print(bytes(3), bytes(range(65, 70)), b"\x00\x7f\x80\xff", b"a" * 3 + b"b", b"abc" < b"abd")
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
def parity(n):
    p = 0
    while n:
        p ^= n & 1
        n >>= 1
    return p
print([parity(i) for i in range(16)])
def reverse_bits(n, width=8):
    return int(format(n, f"0{width}b")[::-1], 2)
print([reverse_bits(i) for i in (1, 2, 3, 128, 0xF0)])
print(hex(0xDEADBEEF >> 16), oct(0o777 << 3), (12).__and__(10), (5).__xor__(3), (-5).__invert__())
