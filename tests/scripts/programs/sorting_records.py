# Sorting records with keys, stability, multiple criteria, custom comparisons.

students = [
    ("alice", "math", 88, 2001), ("bob", "physics", 92, 2000), ("carol", "math", 95, 2002),
    ("dave", "cs", 88, 2001), ("eve", "cs", 99, 1999), ("frank", "physics", 70, 2003),
    ("grace", "math", 88, 2000), ("heidi", "cs", 65, 2002), ("ivan", "physics", 92, 2001),
]

print(sorted(students, key=lambda s: s[2]))
print(sorted(students, key=lambda s: (-s[2], s[0])))
print(sorted(students, key=lambda s: (s[1], -s[2])))
by_year = sorted(students, key=lambda s: s[3])
print([s[0] for s in sorted(by_year, key=lambda s: s[1])])
print(sorted(students, key=lambda s: s[0][-1], reverse=True)[:4])
names = [s[0] for s in students]
names.sort(key=len)
print(names)
names.sort(key=len, reverse=True)
print(names)
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]), sorted(["banana", "Apple", "cherry", "apple", "Banana"], key=str.lower))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2.5, 1, -3, 0.0)))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))

class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return f"v{self.s}"
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2", "2.0.0", "1.10"]]
print(sorted(vs), max(vs), min(vs))
print(sorted(["1.10.0", "1.2.3", "1.2.10", "0.9"]))

def bubble(a):
    a = list(a)
    swaps = 0
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return a, swaps

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]

def quick(a):
    if len(a) < 2:
        return a
    p, *rest = a
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])

def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        k = a[i]
        j = i - 1
        while j >= 0 and a[j] > k:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = k
    return a

data = [(i * 7919) % 101 for i in range(40)]
print(data)
print(bubble(data)[1], merge_sort(data) == sorted(data), quick(data) == sorted(data), insertion(data) == sorted(data))
counts = [0] * 101
for x in data:
    counts[x] += 1
print([i for i, c in enumerate(counts) for _ in range(c)] == sorted(data))

def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
s = sorted(data)
print([bsearch(s, x) for x in (0, 50, 100, 101, -1)])
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)), sorted(set(words), key=words.index))
grades = {"alice": [90, 80], "bob": [70, 95, 85], "carol": [88]}
ranking = sorted(grades.items(), key=lambda kv: sum(kv[1]) / len(kv[1]), reverse=True)
for i, (name, gs) in enumerate(ranking, 1):
    print(f"{i}. {name:6} {sum(gs) / len(gs):6.2f} {gs}")
try:
    sorted([1, "2", 3])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Version("1"), 3])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
lst = [5, 3, 8]
print(lst.sort(), lst, list(reversed(lst)), lst[::-1])
print(sorted([0.1, -0.0, 0.0, -1e-300, float("inf"), -float("inf")]))
print(sorted([True, False, 0, 1, 2, -1]), sorted([3, 2, 1], key=lambda x: x % 2))
