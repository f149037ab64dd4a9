# getattr, setattr, delattr, hasattr: defaults and errors.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(getattr(1, "real"), hasattr(1, "nope"), getattr(1, "nope", "dflt"))
t(lambda: getattr(1, 2)); t(lambda: getattr(1)); t(lambda: getattr(1, "x"))
t(lambda: hasattr(1, 2)); t(lambda: setattr(1, 2, 3)); t(lambda: delattr(1, 2)); t(lambda: setattr(1, "x", 3))
class C:
    @property
    def boom(self): raise KeyError("not AttributeError")
t(lambda: hasattr(C(), "boom"))
c = C()
setattr(c, "a", 5)
print(getattr(c, "a"), hasattr(c, "a"))
delattr(c, "a")
print(hasattr(c, "a"))
