class P:
    @property
    def p(self): return 5
    @staticmethod
    def s(a): return a
    @classmethod
    def c(cls): return cls.__name__
print(P().p, P.s(3), P.c(), P().c())
try:
    P().p = 3
except AttributeError as e:
    print(e)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get('_' + self.name, 0) * 10
    def __set__(self, obj, v):
        obj.__dict__['_' + self.name] = v
class Q:
    d = Desc()
q = Q()
q.d = 4
print(q.d, Q.d.name, type(Q.__dict__['d']).__name__, q.__dict__)
class T:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print('deleting'); self._x = -1
t = T(); t.x = 5; print(t.x); del t.x; print(t.x)
class Init:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__)
class Sub(Init): pass
