log = []
class D:
    def __init__(self, tag): self.tag = tag
    def __set_name__(self, owner, name):
        log.append(("set_name", self.tag, owner.__name__, name, hasattr(owner, 'created_by_meta')))
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        log.append(("meta new", name, sorted(kw)))
        cls = super().__new__(m, name, bases, ns, **kw)
        log.append(("meta new done", name))
        cls.created_by_meta = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("meta init", name))
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(("init_subclass", cls.__name__, kw, hasattr(cls, 'created_by_meta')))
        super().__init_subclass__()
class Sub(Base, flag=1):
    a = D("a")
    b = D("b")
for entry in log: print(entry)
log.clear()
Sub.c = D("c")
print(log)
ns = {'x': D("x")}
T = type("T", (), ns)
print(log)
class SetNameClassAttr:
    class Inner:
        def __set_name__(self, owner, name): print("should not be called on classes?", name)
print("done")
class NS:
    __set_name__ = 5
class UsesNS:
    x = NS()
print("non-callable set_name:", "ok")
