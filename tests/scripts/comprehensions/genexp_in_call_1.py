# A generator expression as the only argument needs no extra parentheses.
print(sum(x for x in range(101)))
print("-".join(str(n) for n in range(4)))
print(any(c.isdigit() for c in "abc1"), all(c.isdigit() for c in "abc1"))
print(tuple(x for x in "xyz"))
