# del removes names, list items and slices, dict keys and attributes.
a = 1
del a
try:
    a
except NameError as e:
    print(e)
items = [0, 1, 2, 3, 4, 5]
del items[0]
del items[1:3]
del items[-1]
print(items)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
b, c = 1, 2
del b, c
print("b" in globals(), "c" in globals())
