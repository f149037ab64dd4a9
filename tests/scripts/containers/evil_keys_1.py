# keys whose __eq__ mutates the containers or raises: CPython's probing,
# restarts and results, step for step
# evil keys: __eq__ mutates or raises, __hash__ collides
x = 5
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return (x >> 8) % n
d = {}
s = set()
l = []
class Evil:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 4
    def __eq__(self, other):
        r = rnd(10)
        if r == 0:
            if len(d) > 1:
                d.popitem()
        elif r == 1:
            s.clear()
        elif r == 2:
            l.clear()
        elif r == 3:
            d[Plain(rnd(50))] = 1
        elif r == 4:
            s.add(Plain(rnd(50)))
        elif r == 5:
            raise ValueError('eq')
        return isinstance(other, Evil) and self.v == other.v
    def __lt__(self, other):
        if rnd(20) == 0:
            raise ValueError('lt')
        return self.v < other.v
    def __repr__(self):
        return 'E%d' % self.v
class Plain:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 4
    def __eq__(self, other):
        return isinstance(other, Plain) and self.v == other.v
    def __repr__(self):
        return 'P%d' % self.v
errors = 0
for step in range(3000):
    op = rnd(9)
    k = Evil(rnd(30))
    try:
        if op == 0:
            d[k] = step
        elif op == 1:
            d.pop(k, None)
        elif op == 2:
            s.add(k)
        elif op == 3:
            s.discard(k)
        elif op == 4:
            l.append(k)
        elif op == 5:
            k in l
        elif op == 6:
            l.sort()
        elif op == 7:
            k in d
        else:
            k in s
    except ValueError:
        errors += 1
print(errors, len(d), len(s), len(l))
print(list(d)[:10], list(s)[:10], l[:10])
