"""graph -- directed weighted graphs: search, ordering, shortest paths."""
from heap import Heap


class Graph:
    def __init__(self):
        self.edges = {}

    def add_edge(self, a, b, weight=1):
        self.edges.setdefault(a, {})[b] = weight
        self.edges.setdefault(b, {})

    def nodes(self):
        return sorted(self.edges)

    def bfs(self, start):
        seen, order, queue = {start}, [], [start]
        while queue:
            node = queue.pop(0)
            order.append(node)
            for nxt in sorted(self.edges[node]):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return order

    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        order = [start]
        for nxt in sorted(self.edges[start]):
            if nxt not in seen:
                order += self.dfs(nxt, seen)
        return order

    def topological_order(self):
        indegree = {n: 0 for n in self.edges}
        for targets in self.edges.values():
            for t in targets:
                indegree[t] += 1
        ready = sorted(n for n, d in indegree.items() if d == 0)
        order = []
        while ready:
            n = ready.pop(0)
            order.append(n)
            for t in sorted(self.edges[n]):
                indegree[t] -= 1
                if indegree[t] == 0:
                    ready.append(t)
        if len(order) != len(self.edges):
            raise ValueError("the graph has a cycle")
        return order

    def shortest_paths(self, source):
        dist = {source: 0}
        heap = Heap([(0, source)])
        while heap:
            d, node = heap.pop()
            if d > dist.get(node, float("inf")):
                continue
            for nxt, w in self.edges[node].items():
                nd = d + w
                if nd < dist.get(nxt, float("inf")):
                    dist[nxt] = nd
                    heap.push(nd, nxt)
        return dist


def grid_graph(n):
    g = Graph()
    for i in range(n):
        for j in range(n):
            if i + 1 < n:
                g.add_edge((i, j), (i + 1, j), 1 + (i * j) % 3)
            if j + 1 < n:
                g.add_edge((i, j), (i, j + 1), 1 + (i + j) % 2)
    return g
