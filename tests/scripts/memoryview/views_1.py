# memoryview: indexing, strided slices, comparison, writes through a view
# of a bytearray, errors, release by a with block.
m = memoryview(b'hello world')
print(m[-1], m[::-1].tobytes(), m[2:8:2].tolist(), len(m[3:]), m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides)
print(m == b'hello world', m[:5] == memoryview(b'hello'), m != b'x', list(m[:3]), bytes(m[6:]), m.hex(), m.obj)
b = bytearray(b'0123456789')
v = memoryview(b)
v[2:5] = b'abc'
print(b, v[::3].tolist())
for bad in [lambda: v[20], lambda: v.__setitem__(0, 300), lambda: v.__setitem__(slice(0, 2), b'x'), lambda: memoryview(5), lambda: v['a']]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with memoryview(b'abc') as w:
    print(w[1])
print(repr(w)[:17])
try:
    w[0]
except ValueError as e:
    print(e)
