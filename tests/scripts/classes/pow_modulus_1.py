# pow(a, b, mod) calls a class's __pow__(b, mod); __rpow__ is never tried with a modulus
class V:
    def __init__(self, *c):
        self.c = c
    def __pow__(self, n, mod=None):
        return V(*(pow(a, n, mod) for a in self.c))
    def __rpow__(self, other):
        return "rpow"
    def __repr__(self):
        return f"V{self.c}"
v = V(2, 3, 4)
print(v ** 2, pow(v, 2), pow(v, 3, 5), 2 ** v)
try:
    pow(2, v, 3)
except TypeError as e:
    print("TypeError:", e)
class NoMod:
    def __pow__(self, n):
        return "pow"
print(NoMod() ** 3)
try:
    pow(NoMod(), 2, 3)
except TypeError as e:
    print("TypeError:", e)
