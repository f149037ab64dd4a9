# bytes: construction, indexing gives ints, slicing gives bytes, methods.
b = b"abc"
print(b[0], b[-1], b[1:], list(b))
print(bytes(3), bytes([104, 105]), bytes("ñ", "utf-8"), bytes(range(3)))
print(b.upper(), b + b"def", b * 2, b"a,b".split(b","))
print(b"x\x00\xff", len(b"\x00\x01"), b.hex(), bytes.fromhex("4142"))
print(b"abc".decode(), "é".encode(), b"ABC" == b"ABC", b"a" < b"b")
try:
    bytes([256])
except ValueError as e:
    print(e)
