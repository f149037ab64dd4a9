# bytearray: mutable bytes.
b = bytearray(b"hello")
b[0] = 74
b.append(33)
b.extend(b"??")
print(b, len(b), b[1], b[1:3])
print(bytearray(3), bytearray([65, 66]), bytearray("hé", "utf-8"))
del b[-2:]
print(b, b.decode())
try:
    b[0] = 300
except ValueError as e:
    print(e)
