# pseudo-random operations on dict, set and list; snapshots must match CPython
# exactly (set iteration order included: same table, probing and resizing)
x = 12345
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return (x >> 8) % n

d, s, l = {}, set(), []
for step in range(4000):
    op = rnd(10)
    k = rnd(300) - 50
    if op < 4:
        d[k] = step
        s.add(k)
        l.append(k)
    elif op < 6:
        d.pop(k, None)
        s.discard(k)
        if k in l:
            l.remove(k)
    elif op == 6 and s:
        p = s.pop()
        d.setdefault(p, -1)
    elif op == 7:
        s |= {k, k + 1000, -k}
    elif op == 8:
        s -= {k, k + 1, k + 2}
    elif op == 9 and l:
        del l[rnd(len(l))]
    if step % 500 == 0:
        print(step, len(d), len(s), len(l))
        print(list(s)[:40])
        print(list(d.items())[:10])
print(list(s))
print(list(d))
print(sorted(l)[:30], sum(l))
f = frozenset(s)
print(list(f) == list(s), list(f.copy()) == list(f), list(set(f)))
print(list(s & set(range(0, 300, 7))), list(s ^ set(range(-60, 60, 5))))
print(list(s - set(range(100))), list(s.union(range(400, 420))))
