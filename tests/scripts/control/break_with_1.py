# break, continue and return out of a with block call __exit__.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc)
        return False

for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop over")

def f():
    with CM("f"):
        return "returned"

print(f())
