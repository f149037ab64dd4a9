# __del__ runs where CPython's reference counting runs it: at `del`, when a
# name is rebound, when a function's own local goes at its return; a
# reference cycle waits for gc.collect()
import gc
class R:
    def __init__(self, n):
        self.n = n
        print("open", n)
    def __del__(self):
        print("close", self.n)
def use():
    r = R("local")
    r2 = R("local2")
    return 5
print(use())
def keep():
    r = R("returned")
    return r
k = keep()
print("kept", k.n)
k = None
print("after none")
for i in range(3):
    t = R(i)
print("loop done")
del t
print("deleted t")
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("node del", self.name)
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("cycle dropped")
gc.collect()
print("collected")
x = R("x")
y = x
del x
print("x deleted, y alive")
del y
print("y deleted")
def inner():
    obj = R("inner")
    print("inner working")
inner()
print("after inner")
class Holder:
    pass
h = Holder()
h.res = R("held")
del h
print("holder deleted")
items = [R("item")]
items = None
print("list dropped")
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
g = gen()
next(g)
g = None
print("generator dropped")
def f():
    local_gen = gen()
    next(local_gen)
    return "f done"
print(f())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    def __del__(self):
        Counter.count -= 1
        print("destroyed", self.id, "remaining", Counter.count)
c1 = Counter()
c2 = Counter()
print("count", Counter.count)
del c2
c1 = Counter()
print("count", Counter.count)
class Base:
    def __del__(self):
        print("Base del", type(self).__name__)
class Child(Base):
    def __del__(self):
        print("Child del")
        super().__del__()
c = Child()
del c
print("end")
