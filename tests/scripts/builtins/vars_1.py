# vars() returns an object's __dict__.
class P:
    def __init__(self):
        self.a = 1
        self.b = "two"
p = P()
print(vars(p))
vars(p)["c"] = 3
print(p.c)
try:
    vars(5)
except TypeError as e:
    print(e)
