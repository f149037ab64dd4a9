# a class made by a metaclass keeps its namespace in __dict__ / vars()
class M(type):
    pass
class C(metaclass=M):
    x = 1
print(C.__dict__['x'], 'x' in vars(C), type(C).__name__)
C.y = 2
print(sorted(k for k in vars(C) if not k.startswith('__')), C.y)
del C.x
print(hasattr(C, 'x'), '__dict__' in M.__dict__)
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        cls.tag = name.lower()
        return cls
class Base(metaclass=Registry):
    pass
class Child(Base):
    z = 3
print(Registry.classes, Child.tag, Child.__dict__['tag'], sorted(vars(Child))[-2:])
