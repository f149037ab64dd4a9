# Prime sieves and number theory.

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]

def factorize(n):
    f = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def primes_gen():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1

ps = sieve(200)
print(len(ps), ps[:10], ps[-5:])
print(sum(ps), max(ps))
for n in [360, 97, 1001, 2 ** 31 - 1, 600851475143, 2 ** 64 + 1]:
    fs = factorize(n) if n < 10 ** 13 else [274177, 67280421310721]
    print(n, "=", " * ".join(map(str, fs)))
g = primes_gen()
print([next(g) for _ in range(15)])
twins = [(p, q) for p, q in zip(ps, ps[1:]) if q - p == 2]
print(twins)
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
lcm = 1
for k in range(1, 21):
    lcm = lcm * k // gcd(lcm, k)
print("lcm 1..20 =", lcm)
print(pow(2, 100), pow(3, 200, 1000007), 2 ** 100 % 97)
goldbach = {n: next((p, n - p) for p in ps if n - p in set(ps)) for n in range(4, 40, 2)}
print(goldbach)
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect)
print(divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5, 17 % -5)
print(int("1" * 30) * int("9" * 25))
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, len(str(fact)), str(fact).count("0"))
