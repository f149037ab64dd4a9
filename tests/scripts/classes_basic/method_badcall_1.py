# Bad calls of methods name them by qualified name.
class Calc:
    def add(self, a, b):
        return a + b
    def __init__(self, x):
        self.x = x

c = Calc(1)
try:
    c.add(1)
except TypeError as e:
    print(e)
try:
    c.add(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Calc()
except TypeError as e:
    print(e)
try:
    Calc.add(1, 2)
except TypeError as e:
    print(e)
