# object(): the base of all classes; instances have no __dict__.
o = object()
print(type(o).__name__, isinstance(o, object), isinstance(5, object))
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(object.__bases__, int.__bases__, type(object).__name__)
print(o == o, o != object())
