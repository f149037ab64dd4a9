# Big ints: arithmetic crosses from small to big and back transparently.
n = 2 ** 62
print(n, n * 4, n * 4 // 4 == n, type(n * 4).__name__)
print(10 ** 30 + 1, (10 ** 30 + 1) % 97, -(10 ** 20) // 7, 3 ** 100 % 1000)
print((1 << 200) >> 199, ~(2 ** 70), (2 ** 70) & (2 ** 70 - 1), 2 ** 64 | 1)
print(sum(range(10 ** 6)), max(2 ** 100, 2 ** 99), 2 ** 100 > 1e29)
f = 1
for i in range(1, 26):
    f *= i
print(f, str(f)[:5], len(str(f)))
