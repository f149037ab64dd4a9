# object's own methods (__sizeof__ aside), __pow__ with a modulus, pow() with a
# float modulus, __index__ of int subclasses never called.
print((3).__pow__(2, 5), pow(3, 2, 5))
try:
    pow(2, 3, 5.0)
except TypeError as e:
    print(e)
class I(int):
    def __index__(self): return 99
print([10, 20, 30][I(1)], hex(I(255)), range(10)[I(2)])
class A: pass
a = A(); print(a.__getstate__()); a.x = 1; print(a.__getstate__(), str(a)[:11], object.__str__(5))
print(sorted(n for n in dir(object)))
