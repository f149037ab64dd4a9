# set and frozenset of small ints (iteration order is deterministic) and
# their operators.
s = set([3, 1, 2, 3])
f = frozenset([2, 3, 4])
print(s, f, len(s), 2 in s, 5 in f)
print(s | f, s & f, s - f, s ^ f)
s.add(10)
s.discard(1)
print(s, s.issubset({2, 3, 10, 11}), f.issuperset({2}))
print(set(), frozenset(), {1, 2} == frozenset({1, 2}))
print(hash(frozenset([1])) == hash(frozenset([1])))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    f.add(1)
except AttributeError as e:
    print(e)
