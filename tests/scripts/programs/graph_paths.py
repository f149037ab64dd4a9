# Graph algorithms on a city map: Floyd-Warshall, all simple paths, cycle detection, MST (Kruskal), union-find.

EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4),
         ("D", "F", 11), ("E", "F", 15), ("F", "G", 1), ("G", "H", 2), ("H", "F", 6)]
nodes = sorted({n for e in EDGES for n in e[:2]})
INF = float("inf")
dist = {a: {b: (0 if a == b else INF) for b in nodes} for a in nodes}
nxt = {a: {} for a in nodes}
for a, b, w in EDGES:
    for x, y in ((a, b), (b, a)):
        if w < dist[x][y]:
            dist[x][y] = w
            nxt[x][y] = y
for k in nodes:
    for i in nodes:
        for j in nodes:
            if dist[i][k] + dist[k][j] < dist[i][j]:
                dist[i][j] = dist[i][k] + dist[k][j]
                nxt[i][j] = nxt[i][k]

def path(a, b):
    if b not in nxt[a]:
        return [a] if a == b else None
    p = [a]
    while a != b:
        a = nxt[a][b]
        p.append(a)
    return p

print("    " + "".join(f"{n:>4}" for n in nodes))
for a in nodes:
    print(f"{a:>4}" + "".join(f"{dist[a][b]:>4}" for b in nodes))
print(path("A", "H"), dist["A"]["H"], path("H", "A"), path("C", "C"))

adj = {n: [] for n in nodes}
for a, b, w in EDGES:
    adj[a].append(b)
    adj[b].append(a)

def simple_paths(a, b, seen=()):
    if a == b:
        yield list(seen) + [b]
        return
    for n in sorted(adj[a]):
        if n not in seen and n != a:
            yield from simple_paths(n, b, seen + (a,))
ps = list(simple_paths("A", "F"))
print(len(ps), min(ps, key=len), max(ps, key=len))

class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

dsu = DSU(nodes)
mst = [e for e in sorted(EDGES, key=lambda e: (e[2], e[0], e[1])) if dsu.union(e[0], e[1])]
print(mst, sum(w for *_, w in mst))
dsu2 = DSU(nodes)
cycles = [e for e in EDGES if not dsu2.union(e[0], e[1])]
print("edges closing cycles:", cycles)
components = {}
for n in nodes:
    components.setdefault(dsu.find(n), []).append(n)
print(list(components.values()))
degree = {n: len(adj[n]) for n in nodes}
print(degree, [n for n, d in degree.items() if d % 2], max(degree, key=lambda n: (degree[n], n)))
