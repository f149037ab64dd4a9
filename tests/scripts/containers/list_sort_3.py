# a comparison that raises leaves the list as CPython's timsort left it;
# the comparisons made (seen through __lt__) are CPython's for short lists
def show(a, **kw):
    try:
        a.sort(**kw)
        print('sorted', a)
    except TypeError as e:
        print('TypeError', a)

show([3, 1, 'x', 2])
show([5, 4, 3, 2, 1, None])
show([1, 2, 3, None, 0])
show([9, 8, 1, 2, 3, 'a', 7], reverse=True)
show([3, 1, 2, 'b', 0], key=lambda v: v)
show([(1, 'a'), (1, 2), (0, 0)])
log = []
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return 'C%d' % self.v
items = [C(v) for v in [5, 2, 8, 1, 9, 3, 3, 7, 0, 6, 4]]
items.sort()
print(items)
print(log)
log.clear()
sorted([C(v) for v in [1, 2, 3, 10, 9, 8, 4, 5]], reverse=True)
print(log)
big = [(i * 7919) % 1000 for i in range(3000)]
print(sorted(big) == sorted(big, key=lambda v: v), sorted(big)[::500])
