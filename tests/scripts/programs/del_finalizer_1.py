# __del__ runs when the last reference goes away (CPython's reference counting), and at exit
class Res:
    def __init__(self, n):
        self.n = n
        print("open", n)
    def __del__(self):
        print("close", self.n)
r = Res(1)
del r
print("after del")
def f():
    x = Res(2)
    print("in f")
f()
print("after f")
r3 = Res(3)
r3 = Res(4)
print("end")
