# dicts.py -- dict work: counting words, int and str keys, get/setdefault,
# membership, deletion, iteration over items, dict comprehensions, and a
# set or two.  Prints a checksum (iteration order is insertion order, so it
# is deterministic).


def words(n):
    syll = ['ka', 'lo', 'mi', 'tu', 're', 'san', 'po', 'vi']
    out = []
    x = 7
    for _ in range(n):
        x = (x * 48271) % 2147483647
        out.append(syll[x % 8] + syll[(x >> 3) % 8] + syll[(x >> 6) % 3])
    return out


def count(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group(ws):
    groups = {}
    for w in ws:
        groups.setdefault(len(w), []).append(w)
    return groups


def int_keys(n):
    d = {}
    for i in range(n):
        d[i * 7 % n] = i
    total = 0
    for i in range(0, n, 3):
        if i in d:
            total += d[i]
            del d[i]
    for k, v in d.items():
        total += k - v
    return total + len(d)


def run():
    ws = words(60_000)
    checksum = 0
    for _ in range(35):
        c = count(ws)
        g = group(ws)
        checksum += len(c) + max(c.values()) + sum(len(v) for v in g.values())
        inverted = {v: k for k, v in c.items()}
        checksum += len(inverted)
        seen = set(ws)
        checksum += len(seen) + ('kaka' in seen)
        checksum += int_keys(100_000)
        first = next(iter(c))
        checksum += len(first)
    return checksum


print(run())
