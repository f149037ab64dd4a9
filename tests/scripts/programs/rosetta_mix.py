# A mix of Rosetta Code tasks: 100 doors, look-and-say, Luhn, Josephus, zig-zag, man-or-boy, Y combinator, sorts.
import sys

doors = [False] * 101
for step in range(1, 101):
    for d in range(step, 101, step):
        doors[d] = not doors[d]
print("open doors:", [i for i, o in enumerate(doors) if o])

def look_and_say(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
s = "1"
for _ in range(10):
    print(s)
    s = look_and_say(s)

def luhn(number):
    digits = [int(d) for d in str(number)][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0
print([(n, luhn(n)) for n in (49927398716, 49927398717, 1234567812345678, 1234567812345670)])

def josephus(n, k):
    people = list(range(n))
    order, idx = [], 0
    while people:
        idx = (idx + k - 1) % len(people)
        order.append(people.pop(idx))
    return order
print(josephus(41, 3)[-2:], josephus(7, 2))

def zigzag(n):
    idx = sorted(((x, y) for x in range(n) for y in range(n)),
                 key=lambda p: (p[0] + p[1], -p[1] if (p[0] + p[1]) % 2 else p[1]))
    m = [[0] * n for _ in range(n)]
    for k, (x, y) in enumerate(idx):
        m[y][x] = k
    return m
for row in zigzag(5):
    print(" ".join(f"{v:2}" for v in row))

sys.setrecursionlimit(5000)
def a(k, x1, x2, x3, x4, x5):
    def b():
        nonlocal k
        k -= 1
        return a(k, b, x1, x2, x3, x4)
    return x4() + x5() if k <= 0 else b()
print("man or boy:", [a(k, lambda: 1, lambda: -1, lambda: -1, lambda: 1, lambda: 0) for k in range(9)])

Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *args: y(y)(*args)))
fac = Y(lambda f: lambda n: 1 if n < 2 else n * f(n - 1))
fib = Y(lambda f: lambda n: n if n < 2 else f(n - 1) + f(n - 2))
print([fac(i) for i in range(10)], [fib(i) for i in range(15)])

church_zero = lambda f: lambda x: x
succ = lambda n: lambda f: lambda x: f(n(f)(x))
add = lambda m: lambda n: lambda f: lambda x: m(f)(n(f)(x))
mul = lambda m: lambda n: lambda f: m(n(f))
to_int = lambda n: n(lambda k: k + 1)(0)
three = succ(succ(succ(church_zero)))
four = succ(three)
print(to_int(add(three)(four)), to_int(mul(three)(four)))

def heap_sort(a):
    a = list(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range(len(a) // 2 - 1, -1, -1):
        sift(start, len(a) - 1)
    for end in range(len(a) - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a

def shell_sort(a):
    a, gap = list(a), len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            t, j = a[i], i
            while j >= gap and a[j - gap] > t:
                a[j] = a[j - gap]
                j -= gap
            a[j] = t
        gap //= 2
    return a

def radix_sort(a):
    a = list(a)
    exp = 1
    while max(a) // exp:
        buckets = [[] for _ in range(10)]
        for x in a:
            buckets[x // exp % 10].append(x)
        a = [x for b in buckets for x in b]
        exp *= 10
    return a

data = [(i * 7919 + 13) % 1009 for i in range(30)]
print(heap_sort(data) == shell_sort(data) == radix_sort(data) == sorted(data), radix_sort(data)[:8])
print(sorted(["b2", "a10", "a2", "b1"], key=lambda s: (s[0], int(s[1:]))))
bottles = lambda n: f"{n if n else 'no more'} bottle{'' if n == 1 else 's'}"
for n in (3, 2, 1):
    print(f"{bottles(n).capitalize()} of beer on the wall, {bottles(n)} of beer.")
    print(f"Take one down, pass it around, {bottles(n - 1)} of beer on the wall.")
