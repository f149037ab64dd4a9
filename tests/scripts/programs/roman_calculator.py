# Roman numeral arithmetic class with validation, operators and a table.

class Roman:
    VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
              (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

    def __init__(self, value):
        if isinstance(value, str):
            value = self.parse(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"Roman() needs int or str, not {type(value).__name__}")
        if not 0 < value < 4000:
            raise ValueError(f"{value} is out of range (1..3999)")
        self.value = value

    @classmethod
    def parse(cls, text):
        text = text.upper().strip()
        if not text or any(c not in cls.SYMBOLS for c in text):
            raise ValueError(f"invalid Roman numeral {text!r}")
        total = 0
        for i, c in enumerate(text):
            v = cls.SYMBOLS[c]
            if i + 1 < len(text) and cls.SYMBOLS[text[i + 1]] > v:
                total -= v
            else:
                total += v
        if cls.render(total) != text:
            raise ValueError(f"non-canonical Roman numeral {text!r} (did you mean {cls.render(total)}?)")
        return total

    @classmethod
    def render(cls, n):
        out = []
        for v, s in cls.VALUES:
            q, n = divmod(n, v)
            out.append(s * q)
        return "".join(out)

    def __str__(self):
        return self.render(self.value)

    def __repr__(self):
        return f"Roman({str(self)!r})"

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def _op(self, other, fn):
        if isinstance(other, Roman):
            other = other.value
        if not isinstance(other, int):
            return NotImplemented
        return Roman(fn(self.value, other))

    def __add__(self, o):
        return self._op(o, lambda a, b: a + b)

    def __sub__(self, o):
        return self._op(o, lambda a, b: a - b)

    def __mul__(self, o):
        return self._op(o, lambda a, b: a * b)

    def __floordiv__(self, o):
        return self._op(o, lambda a, b: a // b)

    __radd__ = __add__
    __rmul__ = __mul__

    def __eq__(self, o):
        return isinstance(o, Roman) and self.value == o.value

    def __lt__(self, o):
        return self.value < o.value

    def __hash__(self):
        return hash(self.value)

nums = [Roman(x) for x in ["XIV", "mmxxiv", "CDXLIV", "IX", "MCMXCIX"]] + [Roman(3888), Roman(1)]
print(nums)
print(sorted(nums), max(nums), min(nums))
a, b = Roman("XLII"), Roman(8)
print(a + b, a - b, a * b, a // b, 3 * b, b + 2, int(a), hex(a), bin(b), [10, 20, 30, 40, 50, 60, 70, 80, 90][b])
for bad in ["IIII", "VX", "ABC", "", "IC", 0, 4000, 2.5, True]:
    try:
        print(Roman(bad))
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    print(a - Roman(100))
except ValueError as e:
    print("ValueError:", e)
try:
    print(a + 1.5)
except TypeError as e:
    print("TypeError:", e)
print(" ".join(str(Roman(y)) for y in range(1990, 2001)))
print(len({Roman(5), Roman("V"), Roman(6)}), Roman(5) == Roman("V"), Roman(5) == 5)
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 3999):
    print(f"{n:>5} {str(Roman(n)):>12} {len(str(Roman(n))):>3}")
print(max(range(1, 4000), key=lambda n: (len(Roman.render(n)), -n)), Roman.render(3888))
