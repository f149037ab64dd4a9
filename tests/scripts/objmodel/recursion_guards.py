def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, str(e)[:60])
class R1:
    def __getattribute__(self, n): return self.x
t(lambda: R1().y)
class R2:
    def __getattr__(self, n): return self.missing
t(lambda: R2().y)
class R3:
    @property
    def p(self): return self.p
t(lambda: R3().p)
class R4:
    def __setattr__(self, n, v): setattr(self, n, v)
t(lambda: setattr(R4(), 'a', 1))
class M(type):
    def __instancecheck__(cls, o): return isinstance(o, cls)
class R5(metaclass=M): pass
t(lambda: isinstance(1, R5))
class M2(type):
    def __subclasscheck__(cls, o): return issubclass(o, cls)
class R6(metaclass=M2): pass
t(lambda: issubclass(int, R6))
class R7:
    def __get__(self, o, t): return o.d
class H:
    d = R7()
t(lambda: H().d)
nested = int
for i in range(3000): nested = (nested,)
t(lambda: isinstance(1, nested))
t(lambda: issubclass(int, nested))
print("alive")
