# memoryview basics: indexing, slicing without copying, tobytes, len,
# writing through a view of a bytearray.
data = bytearray(b"abcdef")
m = memoryview(data)
print(len(m), m[0], m[1:3].tobytes(), bytes(m[::2]), m.readonly)
m[0] = ord("Z")
print(data)
s = m[2:4]
s[0] = ord("!")
print(data, s.tolist())
r = memoryview(b"xyz")
print(r.readonly, r.tobytes())
try:
    r[0] = 1
except TypeError as e:
    print(e)
