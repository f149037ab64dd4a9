# pseudo-random set/frozenset algebra on str and tuple keys (PYTHONHASHSEED=0)
x = 99
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return (x >> 8) % n

words = ['w' + str(i) for i in range(200)] + [(i, -i) for i in range(50)] + [2**70 + i for i in range(20)]
def pick():
    return words[rnd(len(words))]

a, b = set(), set()
for step in range(3000):
    op = rnd(12)
    if op < 4:
        a.add(pick())
    elif op < 6:
        b.add(pick())
    elif op == 6:
        a.discard(pick())
    elif op == 7:
        a &= b | {pick() for _ in range(30)}
    elif op == 8:
        a ^= {pick(), pick()}
    elif op == 9:
        b -= {pick() for _ in range(5)}
    elif op == 10:
        a.update([pick(), pick()], (pick(),))
    elif op == 11 and b:
        b.pop()
    if step % 300 == 0:
        print(step, list(a)[:12], list(b)[:6])
print(list(a))
print(list(b))
print(list(a | b)[:30], list(a & b), list(a - b)[:20], list(b - a)[:20], list(a ^ b)[:20])
print(list(a.intersection(b, words)), list(a.difference(b, words[:100])), list(frozenset(a) | b)[:10])
print(a.issubset(words), a.isdisjoint(b), a <= set(words), hash(frozenset(a)) == hash(frozenset(list(a)[::-1])))
print(sorted(a, key=str) == sorted(frozenset(a), key=str))
d = dict.fromkeys(a)
s = set(d)
print(list(s) == list(a), list(set(d.keys())), list(a.symmetric_difference(d))[:5])
