# Several context managers in one with: entered left to right, exited in
# reverse order.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *a):
        print("exit", self.name)

with CM("a") as a, CM("b") as b:
    print("body", a, b)
with (CM("x"),
      CM("y") as y):
    print("parenthesised", y)
