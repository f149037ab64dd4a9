# Returning NotImplemented from a binary method makes Python try the
# reflected method, then raise TypeError.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __eq__(self, other):
        return NotImplemented

print((Meters(1) + Meters(2)).v, (0 + Meters(5)).v, sum([Meters(1), Meters(2)]).v)
try:
    Meters(1) + "x"
except TypeError as e:
    print(e)
print(Meters(1) == Meters(1), repr(NotImplemented), type(NotImplemented).__name__)
