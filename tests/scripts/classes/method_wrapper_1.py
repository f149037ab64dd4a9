# Slot wrappers bound to an instance are method-wrappers: repr, call, __self__.
f = (1).__add__
print(repr(f)[:30], f(2), f.__self__, f.__name__, type(f).__name__)
print([1, 2].__len__(), 'ab'.__add__('c'), (5).__pow__(2, 7), object().__eq__(1), (2).__lt__(3))
g = [3, 1].__setitem__; g(0, 9)
print(repr(str.__add__), repr('x'.__mul__)[:31])
class C:
    pass
c = C()
print(repr(c.__init__)[:37], c.__init__())
