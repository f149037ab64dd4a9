"""mathutil -- integer arithmetic helpers."""


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a, b):
    return a // gcd(a, b) * b if a and b else 0


def primes_below(n):
    sieve = [True] * n
    sieve[0:2] = [False, False][:n]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n, i))
    return [i for i, p in enumerate(sieve) if p]


_fib_cache = {0: 0, 1: 1}


def fib(n):
    if n not in _fib_cache:
        _fib_cache[n] = fib(n - 1) + fib(n - 2)
    return _fib_cache[n]


def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of a negative number")
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def digits(n, base=10):
    out = []
    while True:
        n, r = divmod(n, base)
        out.append(r)
        if not n:
            return out[::-1]


def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        g = gcd(num, den) or 1
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g

    def __add__(self, other):
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    def __mul__(self, other):
        return Fraction(self.num * other.num, self.den * other.den)

    def __eq__(self, other):
        return self.num == other.num and self.den == other.den

    def __repr__(self):
        return "%d/%d" % (self.num, self.den)
