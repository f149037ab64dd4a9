# id is stable for an object; is compares identity.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(None is None, type(id(a)).__name__)
