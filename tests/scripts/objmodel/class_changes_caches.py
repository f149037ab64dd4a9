class A:
    def m(self): return "A"
    x = "Ax"
class B:
    def m(self): return "B"
    x = "Bx"
class C(A): pass
class D(C): pass
objs = [C(), D()]
out = []
for i in range(12):
    for o in objs:
        out.append(o.m() + o.x)
    if i == 2: C.__bases__ = (B,)
    if i == 4: B.m = lambda self: "B2"
    if i == 6: del B.m
    if i == 7: C.m = lambda self: "C"
    if i == 8: objs[0].__class__ = D
    if i == 9: D.__bases__ = (A,)
    if i == 10: A.x = "Ax2"
print(out)
print(D.__mro__, C.__mro__)
# slots follow __bases__ changes
class P:
    def __repr__(self): return "P!"
    def __len__(self): return 3
    def __add__(self, o): return "P+"
class Q:
    def __repr__(self): return "Q!"
class R(P): pass
r = R()
print(repr(r), len(r), r + 1)
R.__bases__ = (Q,)
print(repr(r))
try: len(r)
except TypeError as e: print(e)
try: r + 1
except TypeError as e: print(e)
R.__bases__ = (P,)
print(repr(r), len(r), r + 1)
class S(R): pass
print(repr(S()))
P.__repr__ = lambda self: "P2"
print(repr(S()), repr(r))
del P.__repr__
print(repr(S())[:12])
class HashE:
    pass
class WithEq:
    def __eq__(self, o): return True
h = HashE(); hash(h)
HashE.__bases__ = (WithEq,)
print(h == 5)
try: hash(h); print("hashable")
except TypeError as e: print(e)
# __init_subclass__ etc unaffected; __del__ via bases
