# Chained comparisons: each middle operand is evaluated once; evaluation
# stops at the first false comparison.
def v(x):
    print("eval", x)
    return x

print(1 < v(2) < 3)
print(v(3) < v(2) < v(1))
print(1 < 2 < 3 < 4 > 0)
print(1 == 1.0 != 2, "a" < "b" <= "b")
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 in [1] in [[1]], 2 not in [1] is not None)
