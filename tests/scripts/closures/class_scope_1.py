# Names in a class body are not visible to its methods, and a comprehension
# in a class body sees class names only in its first iterable.
x = "module"

class C:
    x = "class"
    items = [1, 2]
    def method(self):
        return x
    doubled = [v * 2 for v in items]

print(C().method())
print(C.x, C.doubled)
try:
    class D:
        y = 5
        bad = [y for _ in range(2)]
except NameError as e:
    print(e)
