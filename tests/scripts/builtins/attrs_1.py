# getattr, setattr, hasattr, delattr on instances; getattr with a default.
class O:
    cls_attr = "class level"

o = O()
setattr(o, "x", 1)
print(getattr(o, "x"), hasattr(o, "x"), hasattr(o, "y"), getattr(o, "y", "default"))
print(getattr(o, "cls_attr"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "x")
except AttributeError as e:
    print(e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(o, 5)
except TypeError as e:
    print(e)
