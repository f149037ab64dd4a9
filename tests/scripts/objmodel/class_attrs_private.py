class A:
    "A doc"
class B(A): pass
print(A.__doc__, B.__doc__, B().__doc__)
class M(type):
    @property
    def registry(cls): return f"registry of {cls.__name__}"
    @registry.setter
    def registry(cls, v): print("set registry", v)
class C(metaclass=M): pass
print(C.registry)
C.registry = 5
try: C().registry
except AttributeError as e: print(e)
print(C.__dict__.get('registry'))
class Cnt:
    count = 0
    def __init__(self):
        Cnt.count += 1
        self.count_at = self.count
a, b = Cnt(), Cnt()
print(Cnt.count, a.count_at, b.count_at, a.count)
a.count = 99
print(Cnt.count, a.count, b.count)
class Shared:
    items = []
    def add(self, x): self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)
class Priv:
    def __init__(self): self.__secret = 1; self._prot = 2
    def reveal(self): return self.__secret
p = Priv()
print(p.reveal(), p._Priv__secret, sorted(vars(p)))
try: p.__secret
except AttributeError as e: print(e)
class Sub(Priv):
    def peek(self): return self.__secret
try: Sub().peek()
except AttributeError as e: print(e)
print(getattr(p, '_Priv__secret'), hasattr(p, '__secret'))
