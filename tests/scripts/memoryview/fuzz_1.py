# Found by scripts/fuzz_run.py: memoryview hash, toreadonly, cast to one-byte
# formats, contiguity, tuple and other keys as CPython.
m = memoryview(bytearray(b'abc'))
r = memoryview(b'abc')
for t in ["m[...]", "m[()]", "m[(1,)]", "m[(1, 2)]", "m[(slice(1),)]", "m[(slice(1), slice(2))]", "m[(1, slice(1))]", "m[1.5]", "m[None]", "m['a']", "m[True]",
          "hash(m)", "hash(r[::2]) == hash(b'ac')", "hash(memoryview(b''))", "r.toreadonly().readonly", "m.toreadonly().readonly", "m.contiguous", "m.c_contiguous", "m.f_contiguous", "m[::2].contiguous", "m[::-1].c_contiguous",
          "m.cast('B').tolist()", "m.cast('c').tolist()", "m.cast('b').tolist()", "m.cast('x')", "m[::2].cast('B')", "m.cast()", "m.cast(1)",
          "m.suboffsets", "r.toreadonly() == r", "hash(r) == hash(b'abc')", "r.toreadonly().obj is r.obj"]:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__, e)
for key, v in [("...", "b'zz'"), ("()", "65"), ("(1,)", "65"), ("(1, 2)", "65"), ("(slice(1),)", "b'a'"), ("1.5", "65"), ("None", "b''"), ("slice(0, 3, 0)", "300"), ("slice(0, 3, 0)", "b'abc'"), ("slice(0, 2)", "'ab'"), ("slice(0, 2)", "bytearray(b'xy')"), ("1", "b'a'"), ("1", "True"), ("1", "256"), ("-4", "1")]:
    m = memoryview(bytearray(b'abc'))
    try:
        exec("m[%s] = %s" % (key, v))
        print(key, v, '->', m.tolist())
    except Exception as e: print(key, v, '->', type(e).__name__, e)
ro = memoryview(bytearray(b'abc')).toreadonly()
try: ro[0] = 1
except Exception as e: print(type(e).__name__, e)
c = memoryview(bytearray(b'a\xff')).cast('c')
print(c.format, c.tolist(), list(c), c[1])
c[0] = b'z'
print(c.obj)
for v in [b'zz', 1, 'a']:
    try:
        c[0] = v
    except Exception as e:
        print(type(e).__name__, e)
s = memoryview(bytearray(b'a\xff')).cast('b')
print(s.format, s.tolist(), s[1])
s[1] = -2
print(s.obj)
for v in [200, -129, b'a']:
    try:
        s[0] = v
    except Exception as e:
        print(type(e).__name__, e)
