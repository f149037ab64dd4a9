import heapq
data = [5, 7, 9, 1, 3, 8, 2, 6, 4, 0, 3, 3, 7]
h = []
for x in data: heapq.heappush(h, x)
print(h)
h2 = list(data); heapq.heapify(h2); print(h2)
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.heapreplace(h2, 10), h2, heapq.heappushpop(h2, -1), heapq.heappushpop(h2, 4), h2)
print(heapq.heappushpop([], 3))
print(heapq.nlargest(3, data), heapq.nsmallest(4, data), heapq.nsmallest(1, data), heapq.nlargest(0, data), heapq.nlargest(20, data))
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (2, 'e'), (1, 'f')]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]), heapq.nlargest(3, pairs, key=lambda p: p[0]))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10])))
print(list(heapq.merge([3, 1], [2, 0])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2, 0], reverse=True)), list(heapq.merge([(1, 'x')], [(1, 'y')], key=lambda p: p[0], reverse=True)))
h3 = [(3, 'c'), (1, 'a'), (2, 'b')]; heapq.heapify(h3); print(h3, heapq.heappop(h3))
for f in [lambda: heapq.heapify(1), lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
          lambda: heapq.heappop((1,)), lambda: heapq.heappush([1], 'a')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
heapq.heappop([])
