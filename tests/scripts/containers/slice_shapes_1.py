# every slice shape on lists, tuples and ranges: reads, deletions, assignments
vals = [None, -12, -7, -3, -1, 0, 1, 2, 4, 7, 12]
steps = [None, -5, -2, -1, 1, 2, 3]
h = 0
count = 0
for n in (0, 1, 5, 9):
    base = list(range(n))
    for a in vals:
        for b in vals:
            for c in steps:
                s = slice(a, b, c)
                r = base[s]
                t = tuple(base)[s]
                g = list(range(n)[s])
                assert list(t) == r and g == r, (n, a, b, c)
                d = base[:]
                del d[s]
                e = base[:]
                try:
                    e[s] = ['x'] * len(r)
                except ValueError:
                    e = 'err'
                f = base[:]
                try:
                    f[s] = 'ab'
                    ok = True
                except ValueError as ex:
                    f = str(ex)
                h = hash((h, tuple(r), tuple(d), str(e), str(f))) % (2 ** 61)
                count += 1
print(count, h)
print(s.indices(9), slice(-100, 100, -3).indices(7), slice(None, None, -2).indices(0))
