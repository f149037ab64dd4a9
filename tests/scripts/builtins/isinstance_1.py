# isinstance and issubclass with classes, tuples and builtin types.
class A:
    pass
class B(A):
    pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)))
print(issubclass(B, A), issubclass(A, (B, object)), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, float), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(A, type), issubclass(B, B))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
