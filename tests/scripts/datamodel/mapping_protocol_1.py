# __class__ properties, __subclasshook__, __dir__, mappings by keys()/__getitem__ (dict(), **, f(**m))
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
# __sizeof__, __instancecheck__ with user, __subclasshook__, __class__ property override
class P:
    @property
    def __class__(self): return int
p = P()
t(lambda: (isinstance(p, int), isinstance(p, P), type(p).__name__, p.__class__))
class SH:
    @classmethod
    def __subclasshook__(cls, C): return True
t(lambda: (issubclass(int, SH), isinstance(1, SH)))
class Sz:
    def __sizeof__(self): return 123
t(lambda: Sz().__sizeof__())
class Dr:
    def __dir__(self): return ["b", "a", "a"]
t(lambda: dir(Dr()))
# __bool__ of exceptions, __len__ of exception subclass
class LE(Exception):
    def __len__(self): return 0
t(lambda: bool(LE()))
# __index__ on a bool subclass attempt
t(lambda: type("X", (int,), {"__index__": lambda s: 5})(3).__index__())
t(lambda: [1, 2, 3, 4, 5, 6][type("X", (int,), {"__index__": lambda s: 5})(3)])
# __eq__ between int subclass and float
class IE(int):
    def __eq__(self, o): return "IE.eq"
    __hash__ = int.__hash__
t(lambda: (1.0 == IE(1), IE(1) == 1.0, hash(IE(1))))
# __contains__ on dict subclass used by "in"
class DC(dict):
    def __contains__(self, k): return "always"
t(lambda: (1 in DC(), DC().__contains__(1), DC().get(1), 1 in DC().keys()))
# keys() override used by dict(**)?
class DK(dict):
    def keys(self): return ["a"]
    def __getitem__(self, k): return "v-" + k
dk = DK(b=1)
t(lambda: (dict(dk), {**dk}, dict(**dk) if False else None))
def f(**kw): return kw
t(lambda: f(**dk))
t(lambda: dict(dk.items()))
class NotMap:
    def keys(self): return ["k"]
    def __getitem__(self, k): return k * 2
t(lambda: (dict(NotMap()), {**NotMap()}, f(**NotMap())))
class BadKeys:
    def keys(self): return 5
t(lambda: dict(BadKeys()))
t(lambda: {**BadKeys()})
t(lambda: f(**BadKeys()))
t(lambda: f(**5))
t(lambda: {**5})
t(lambda: dict(5))
