# __slots__ on subclasses of built-ins: refused for int, tuple and bytes (variable-size), fine for others
for base in (bytes, int, tuple, str, bytearray, float, list, dict, complex, Exception):
    try:
        C = type("C", (base,), {"__slots__": ("x",)})
        c = C()
        c.x = 5
        print(base.__name__, "ok", c.x, repr(c))
    except TypeError as e:
        print(base.__name__, e)
class B(bytes):
    __slots__ = ()
print(B(b"ab"), len(B(b"xyz")))
