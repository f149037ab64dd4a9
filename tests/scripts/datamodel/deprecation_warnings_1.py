# lemonpy: stderr=all
# the DeprecationWarnings of the data model, shown once per line for __main__
class IntSub(int): pass
class FloatSub(float): pass
class CplxSub(complex): pass
class I:
    def __index__(self): return IntSub(2)
class N:
    def __int__(self): return True
class F:
    def __float__(self): return FloatSub(1.5)
class C:
    def __complex__(self): return CplxSub(1, 2)
class T:
    def __trunc__(self): return 7
print([10, 20, 30][I()], hex(I()))
print(int(N()), float(F()), complex(C()), int(T()))
for i in range(3):
    print(int(T()))   # shown once for this line
print(bool(NotImplemented))
if NotImplemented:
    print("truthy")
raise SystemExit("stderr is compared only when the exit status is not 0")
