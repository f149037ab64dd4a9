def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class A: pass
t(lambda: A.__abstractmethods__)
t(lambda: type.__abstractmethods__)
A.__abstractmethods__ = frozenset({'x'})
t(lambda: A())
A.__abstractmethods__ = frozenset({'y', 'x'})
t(lambda: A())
class B(A): pass
print(type(B()).__name__)
A.__abstractmethods__ = ()
print(type(A()).__name__)
del A.__abstractmethods__
t(lambda: delattr(A, '__abstractmethods__'))
t(lambda: setattr(int, '__abstractmethods__', 1))
class N:
    def __new__(cls): return object.__new__(cls)
N.__abstractmethods__ = {'q'}
t(lambda: N())
print(int.__itemsize__, A.__text_signature__, isinstance(A.__flags__, int), A.__flags__ & (1 << 9) != 0, int.__flags__ & (1 << 9))
t(lambda: setattr(A, '__basicsize__', 1))
t(lambda: setattr(A, '__flags__', 1))
