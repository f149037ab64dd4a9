# the comparisons list.sort makes (order and number) are CPython's timsort's,
# on random, sorted, reversed, few-valued, half-sorted and two-run lists
log = []
class C:
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, other):
        log.append(self.i * 100000 + other.i)
        return self.v < other.v
x = 7
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return (x >> 8) % n
def rlist(n, m):
    out = []
    for _ in range(n):
        out.append(rnd(m))
    return out
shapes = []
for n in [0, 1, 2, 5, 63, 64, 65, 100, 200, 1000, 3000]:
    shapes.append(rlist(n, 1000))
    shapes.append(list(range(n)))
    shapes.append(list(range(n, 0, -1)))
    shapes.append(rlist(n, 5))
    shapes.append(list(range(n // 2)) + rlist(n - n // 2, 100))
    m = []
    for i in range(n):
        m.append(i % 17)
    shapes.append(m)
    shapes.append(sorted(rlist(n, 1000)) + sorted(rlist(n, 1000)))
for sh in shapes:
    for rev in (False, True):
        log.clear()
        items = []
        for i in range(len(sh)):
            items.append(C(sh[i], i))
        items.sort(reverse=rev)
        h = 0
        for e in log:
            h = (h * 1000003 + e) % (2**61 - 1)
        first = []
        for c in items[:8]:
            first.append(c.i)
        print(len(sh), rev, len(log), h, first)
