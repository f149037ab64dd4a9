# T.__new__(S) must use the nearest built-in allocator of S ("is not safe")
class A: pass
class I(int): pass
class J(I):
    def __new__(cls, v): return super().__new__(cls, v + 1)
class E(Exception): pass
def t(f):
    try: print(repr(f()) if not hasattr(f(), "__dict__") else type(f()).__name__)
    except TypeError as e: print(e)
t(lambda: object.__new__(int))
t(lambda: object.__new__(I))
t(lambda: object.__new__(A))
t(lambda: int.__new__(I, 5))
t(lambda: int.__new__(J, 5))
t(lambda: J(5))
t(lambda: object.__new__(J))
t(lambda: object.__new__(E))
t(lambda: Exception.__new__(E))
t(lambda: list.__new__(A))
t(lambda: object.__new__(list))
t(lambda: tuple.__new__(tuple, [1]))
t(lambda: str.__new__(str, 5))
t(lambda: dict.__new__(dict))
