# set operators, comparisons, result types, frozenset hash
a, b = {1, 2, 3}, frozenset({2, 3, 4})
print(a | b, a & b, a - b, a ^ b, type(a | b).__name__, type(b | a).__name__)
print(a == {3, 2, 1}, a != b, {1} < a, a <= a, a < a, a > {1}, {5} >= set(), set() == frozenset())
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), 3.5, -7})))
print(hash(frozenset('ab')) == hash(frozenset('ba')))
x = {1, 2}
x |= {3}
x &= {1, 3, 5}
x -= {5}
x ^= {3, 9}
print(x)
print({frozenset({1}): 'f'}[frozenset([1])], {1} in {frozenset({1})})
s = {frozenset({1})}
s.remove({1})
print(s)
class S(set):
    pass
class F(frozenset):
    pass
print(S([1]), F([2]), S(), F(), type(S([1]) | {2}).__name__, type(F([1]) & {1}).__name__)
print(frozenset([1, 2]), frozenset(), repr(set()))
f = frozenset([1])
print(frozenset(f) is f, f.copy() is f, type(set(f)).__name__)
