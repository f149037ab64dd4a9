class D:
    def __get__(self, o, t): return "descr"
    def __set__(self, o, v): print("descr set", v)
class ND:
    def __get__(self, o, t): return "nondescr"
class A: pass
class B(A): pass
b = B()
b.x = "inst"
out = []
for i in range(8):
    out.append(b.x)
    if i == 1: A.x = ND()           # non-data: instance wins
    if i == 2: A.x = D()            # data: descriptor wins
    if i == 3: del A.x              # back to instance
    if i == 4: B.x = property(lambda s: "prop")
    if i == 5: del B.x
    if i == 6: b.__dict__.clear()
print(out)
# method cache vs instance attr shadowing
class C:
    def m(self): return "method"
c = C()
res = []
for i in range(6):
    res.append(c.m())
    if i == 1: c.m = lambda: "instance callable"
    if i == 3: del c.m
    if i == 4: C.m = lambda self: "replaced"
print(res)
# setattr through data descriptor added later
class E: pass
e = E()
for i in range(4):
    e.y = i
    if i == 1: E.y = D()
print(e.__dict__)
# classmethod / staticmethod swapped
class F:
    def m(self): return "inst"
f = F()
r = []
for i in range(6):
    r.append(f.m())
    if i == 1: F.m = classmethod(lambda cls: "cls " + cls.__name__)
    if i == 3: F.m = staticmethod(lambda: "static")
print(r)
