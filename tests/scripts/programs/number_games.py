# Number puzzles: collatz, happy numbers, armstrong numbers, digit sums, pascal triangle.

def collatz(n):
    steps = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps

print(collatz(27)[:12], len(collatz(27)), max(collatz(27)))
best = max(range(1, 10000), key=lambda n: len(collatz(n)))
print("longest chain under 10000:", best, len(collatz(best)))

def is_happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
print([n for n in range(1, 60) if is_happy(n)])
print([n for n in range(100, 100000) if n == sum(int(d) ** len(str(n)) for d in str(n))])

def pascal(rows):
    row = [1]
    for _ in range(rows):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]
tri = list(pascal(10))
width = len("   ".join(map(str, tri[-1])))
for r in tri:
    print("   ".join(map(str, r)).center(width).rstrip())
print(sum(tri[-1]), tri[-1][len(tri[-1]) // 2])

def digital_root(n):
    while n >= 10:
        n = sum(map(int, str(n)))
    return n
print([digital_root(n) for n in (0, 9, 38, 123456789, 2 ** 100)])
print(sum(int(d) for d in str(2 ** 1000)), sum(int(d) for d in str(eval("*".join(map(str, range(1, 101)))))))
amicable = []
def d(n):
    return sum(k for k in range(1, n // 2 + 1) if n % k == 0)
for a in range(2, 1500):
    b = d(a)
    if b > a and d(b) == a:
        amicable.append((a, b))
print(amicable)
squares = {n * n for n in range(1, 40)}
triples = [(a, b, int((a * a + b * b) ** 0.5)) for a in range(1, 30) for b in range(a, 30) if a * a + b * b in squares]
print(triples)
print([n for n in range(1, 200) if str(n) == str(n)[::-1] and str(n * n) == str(n * n)[::-1]])
def fizzbuzz(n):
    return "".join(w for k, w in ((3, "Fizz"), (5, "Buzz"), (7, "Bazz")) if n % k == 0) or str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 36)))
def sqrt_newton(x, eps=1e-12):
    g = x / 2 or 1.0
    while abs(g * g - x) > eps * x:
        g = (g + x / g) / 2
    return g
print([round(sqrt_newton(x), 9) for x in (2, 10, 144, 0.25, 1e10)])
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40 + 12345), isqrt(2 * 10 ** 30))
def cont_frac(num, den):
    out = []
    while den:
        q, r = divmod(num, den)
        out.append(q)
        num, den = den, r
    return out
print(cont_frac(415, 93), cont_frac(355, 113), cont_frac(1, 7))
e = sum(1 / eval("*".join(map(str, range(1, k + 1))) if k else 1) for k in range(20))
print(e, f"{e:.15f}", round(e, 10))
pi_est = 4 * sum((-1) ** k / (2 * k + 1) for k in range(1000))
print(pi_est, round(pi_est, 4))
