# keywords in a built-in subclass call are for its own __init__/__new__; plain subclasses reject them as the base does
def t(name, f):
    try:
        r = f()
        print(name, "ok", r, getattr(r, "tag", None))
    except TypeError as e:
        print(name, "TypeError:", e)
for base in (float, tuple, set, frozenset, list, int, str, complex, bytes, dict, bytearray):
    class WithInit(base):
        def __init__(self, *a, tag=None, **k):
            self.tag = tag
    class WithNew(base):
        def __new__(cls, *a, tag=None):
            o = super().__new__(cls, *a)
            o.tag = tag
            return o
    class Plain(base):
        pass
    t(base.__name__ + " init", lambda: WithInit(tag="x"))
    t(base.__name__ + " new", lambda: WithNew(tag="y"))
    t(base.__name__ + " plain", lambda: Plain(tag="z"))
    t(base.__name__ + " base", lambda: base(tag="z"))
