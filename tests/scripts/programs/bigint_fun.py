# Arbitrary precision integer exercises: factorials, fibonacci, pi digits, RSA toy, digit sums.

def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f100 = factorial(100)
print(f100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100).rstrip("0")[-5:], len(str(f100)) - len(str(f100).rstrip("0")))

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300))
print(next(i for i in range(1, 10000) if len(str(fib(i))) >= 100))

def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
d = pi_digits(60)
print(f"{d[0]}." + "".join(map(str, d[1:])))

p, q = 1000000007, 998244353
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
dkey = pow(e, -1, phi)
print(n, dkey, (e * dkey) % phi)
for msg in [42, 123456789, 10 ** 15 + 7]:
    c = pow(msg, e, n)
    print(msg, c, pow(c, dkey, n))
text = "Hi!"
m = int.from_bytes(text.encode(), "big")
c = pow(m, e, n)
back = pow(c, dkey, n)
print(m, c, back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
print(2 ** 200, -(3 ** 100), (2 ** 200) // (3 ** 100), (2 ** 200) % (3 ** 100), divmod(-(10 ** 30), 7))
print((10 ** 40 + 1) * (10 ** 40 - 1) == 10 ** 80 - 1, 10 ** 50 / 10 ** 48, 2 ** 1000 > 10 ** 300, (2 ** 64) ** 0.5)
print(int("9" * 50) + 1, int("123456789" * 5) % 97, hex(2 ** 100), oct(-(2 ** 70)), bin(2 ** 65 + 1))
print(abs(-(10 ** 30)), (10 ** 30).bit_length(), (-(2 ** 80)) >> 70, 1 << 100, (2 ** 100 - 1) & (2 ** 64 + 255), ~(2 ** 70))
print(sum(int(c) for c in str(2 ** 1000)), max(str(3 ** 500)), str(7 ** 77)[:20], f"{2 ** 100:,}", f"{3 ** 50:_x}")
def collatz_len(n):
    c = 0
    while n != 1:
        n = 3 * n + 1 if n & 1 else n >> 1
        c += 1
    return c
print(collatz_len(2 ** 100 + 1), collatz_len(10 ** 20 + 3))
def isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y
r = isqrt(2 * 10 ** 100)
print(r, r * r <= 2 * 10 ** 100 < (r + 1) ** 2)
print(round(10 ** 20 / 3), round(2 ** 70, -10), float(2 ** 70), int(1e25), 10 ** 25 == 1e25, 2 ** 53 + 1 == float(2 ** 53 + 1))
