# property, classmethod and staticmethod used as decorators.
class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, value):
        self._c = (value - 32) * 5 / 9
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.scale
    @staticmethod
    def add(a, b):
        return a + b

t = Temp(100)
print(t.f)
t.f = 32
print(t._c, Temp.describe(), t.describe(), Temp.add(1, 2), t.add(3, 4))
try:
    del t.f
except AttributeError as e:
    print(e)
print(type(Temp.__dict__["f"]).__name__, type(Temp.__dict__["add"]).__name__)
