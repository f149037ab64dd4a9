# obj.__class__ = C, C.__name__ / __qualname__ assignment, with CPython errors
class A: pass
A.__name__='Z'; print(A.__qualname__, A, A.__name__)
try: del A.__name__
except Exception as e: print(type(e).__name__, e)
try: int.__name__='x'
except Exception as e: print(type(e).__name__, e)
class B: pass
a=A()
try: a.__class__ = 5
except Exception as e: print(type(e).__name__, e)
try: del a.__class__
except Exception as e: print(type(e).__name__, e)
try: a.__class__ = int
except Exception as e: print(type(e).__name__, e)
class S: __slots__=('x',)
try: a.__class__ = S
except Exception as e: print(type(e).__name__, e)
try: (1).__class__ = B
except Exception as e: print(type(e).__name__, e)
class L(list): pass
class L2(list): pass
l=L(); l.__class__=L2; print(type(l))
try: l.__class__ = B
except Exception as e: print(type(e).__name__, e)
A.__qualname__ = 'Q.R'; print(A.__qualname__, A)
try: A.__qualname__ = 3
except Exception as e: print(type(e).__name__, e)
# a state pattern switching __class__
class Idle:
    def press(self):
        self.__class__ = Running
        return "start"
class Running:
    def press(self):
        self.__class__ = Idle
        return "stop"
m = Idle()
print([m.press() for _ in range(3)], type(m).__name__, isinstance(m, Running))
