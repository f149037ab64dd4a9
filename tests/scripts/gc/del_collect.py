import gc
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
x = C(1)
del x
gc.collect()
print("after collect")
def f():
    y = C(2)
f()
gc.collect()
print("after f")
a = C(3); a = C(4)
gc.collect()
print("after rebind")
class D(C): pass
d = D(5); del d; gc.collect()
print("inherited")
class E:
    def __init__(self, n): self.n = n
E.__del__ = lambda self: print("late del", self.n)
e = E(6); del e; gc.collect()
print("late")
c1 = C("c1"); c2 = C("c2"); c1.o = c2; c2.o = c1
del c1, c2
gc.collect()
print("cycle")
z = C("z")
print("end")
