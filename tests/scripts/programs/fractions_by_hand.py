# A Fraction class written by hand: normalisation, arithmetic, comparisons, hashing, formatting.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Fraction:
    def __init__(self, num=0, den=1):
        if isinstance(num, str):
            if "/" in num:
                n, d = num.split("/")
                num, den = int(n), int(d)
            else:
                whole, _, frac = num.partition(".")
                den = 10 ** len(frac)
                num = int(whole + frac)
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        g = gcd(num, den) or 1
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(o):
        if isinstance(o, Fraction):
            return o
        if isinstance(o, int):
            return Fraction(o)
        return NotImplemented

    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return self._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return self._coerce(o) / self

    def __pow__(self, n):
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __eq__(self, o):
        o = self._coerce(o)
        return o is not NotImplemented and (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        q = abs(self.num) // self.den
        return q if self.num >= 0 else -q

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        if spec.endswith("m"):
            w, r = divmod(abs(self.num), self.den)
            sign = "-" if self.num < 0 else ""
            text = f"{sign}{w} {r}/{self.den}" if w and r else str(self)
            return format(text, spec[:-1])
        return format(float(self), spec)

h = Fraction(1, 2)
t = Fraction(1, 3)
print(h + t, h - t, h * t, h / t, t - h, 1 - t, 2 * t, 1 / t, h ** 3, t ** -2)
print(repr(Fraction(6, -8)), Fraction("3/12"), Fraction("0.125"), Fraction("-2.50"), Fraction(0, 5))
print(h == Fraction(2, 4), h == 0.5, h != t, t < h, h <= h, max(h, t), sorted([h, t, Fraction(-1, 7), Fraction(5)]))
print(float(Fraction(22, 7)), int(Fraction(-7, 2)), int(Fraction(7, 2)), bool(Fraction(0)), abs(Fraction(-3, 4)))
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(3), 3}), hash(Fraction(3)) == hash(3))
total = sum(Fraction(1, n) for n in range(1, 11))
print(total, f"{total:.6f}", f"{total:>12m}|", f"{Fraction(-7, 3):m}", f"{Fraction(4, 2):m}")
e = Fraction(0)
fact = 1
for k in range(15):
    e += Fraction(1, fact)
    fact *= k + 1
print(e, f"{e:.15f}")
x = Fraction(1)
for _ in range(6):
    x = (x + Fraction(2) / x) / 2
print(x, f"{x:.20f}", float(x * x - 2))
try:
    Fraction(1, 0)
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
try:
    h + 0.5
except TypeError as err:
    print("TypeError:", err)
try:
    h / Fraction(0)
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
print(sum([Fraction(1, 3)] * 3), Fraction(1, 3) * 3 == 1, [str(Fraction(i, 6)) for i in range(7)])
