# Polynomial arithmetic class with operator overloading, evaluation, derivative, pretty printing.

class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @classmethod
    def x(cls):
        return cls([0, 1])

    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-a for a in self.c])

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else Poly([-o]))

    def __rsub__(self, o):
        return -self + o

    def __mul__(self, o):
        if not isinstance(o, Poly):
            return Poly([a * o for a in self.c])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r

    def __divmod__(self, d):
        num = list(self.c)
        q = [0] * max(1, len(num) - len(d.c) + 1)
        while len(num) >= len(d.c) and any(num):
            shift = len(num) - len(d.c)
            f = num[-1] / d.c[-1]
            if f == int(f):
                f = int(f)
            q[shift] = f
            for i, b in enumerate(d.c):
                num[i + shift] -= f * b
            num.pop()
        return Poly(q), Poly(num)

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:])

    def __repr__(self):
        return f"Poly({self.c})"

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i else str(a)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append((sign, coef + var))
        s = " ".join(f"{sg} {t}" for sg, t in terms)
        return s[2:] if s.startswith("+") else "-" + s[2:]

x = Poly.x()
p = 3 * x ** 3 - 2 * x + 5
q = x ** 2 + 1
print(p, "|", q, "|", repr(p))
print(p + q, "|", p - q, "|", 1 - q, "|", p * q)
print(p(2), q(-1.5), [p(i) for i in range(-2, 3)])
print(p.derivative(), p.derivative().derivative(), Poly([7]).derivative())
print((x - 1) ** 5)
quot, rem = divmod(p * q + x, q)
print(quot, "rem", rem)
print(divmod(x ** 2 - 1, x - 1), divmod(x ** 3, 2 * x))
print(Poly([0, 0, 0]), Poly([]), Poly([1, 0, 0]) == Poly([1]), p == q, (x + 1) * (x - 1) == x ** 2 - 1)
def newton(f, x0):
    df = f.derivative()
    for _ in range(30):
        x0 = x0 - f(x0) / df(x0)
    return x0
root = newton(x ** 3 - 2 * x - 5, 2.0)
print(f"{root:.12f} {(x ** 3 - 2 * x - 5)(root):.2e}")
print(str(-x), str(x * 0), str(-(x ** 2) + 0.5), str(Poly([1.5, -2.25])))
