# __build_class__: closures in class bodies, __class__, __prepare__ and class keywords.
def make(v):
    class K:
        x = v
        def get(self): return __class__, v
    return K
K = make(5)
print(K.x, K().get()[1], K().get()[0] is K)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=M, flag=1):
    pass
print(type(A).__name__)
class B(A): pass
print(type(B).__name__)
