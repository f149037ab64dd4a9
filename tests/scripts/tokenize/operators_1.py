# lemonpy: args=-m tokenize
a = b + c - d * e / f // g % h ** i @ j
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1; a := 1
x = (a < b) <= (c > d) >= (e == f) != (g << h) >> (~i & j | k ^ l)
f = lambda x: x; d = {1: [2, 3]}; s = x[1:2, ...]; def g() -> int: pass
