from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
t(lambda: Shape())
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
t(lambda: Square(2))
class Square2(Square):
    def perimeter(self): return 4 * self.s
print(Square2(3).describe(), Square2(3).perimeter())
print(Shape.__abstractmethods__ == frozenset({'area', 'perimeter'}), sorted(Square.__abstractmethods__), Square2.__abstractmethods__)
print(isinstance(Square2(1), Shape), issubclass(Square2, Shape), type(Shape), ABCMeta.__module__)
class Plain: pass
Shape.register(Plain)
print(isinstance(Plain(), Shape), issubclass(Plain, Shape))
t(lambda: Shape.register(5))
class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked: return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hooked), issubclass(int, Hooked))
class P(ABC):
    @property
    @abstractmethod
    def value(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
t(lambda: P())
class PI(P):
    value = 3
    make = classmethod(lambda cls: cls())
    helper = staticmethod(lambda: 1)
print(PI().value, type(PI.make()).__name__)
class M(metaclass=ABCMeta):
    @abstractmethod
    def f(self): pass
t(lambda: M())
class WithInit(ABC):
    @abstractmethod
    def run(self): pass
    def __init__(self, x): self.x = x
class Impl(WithInit):
    def run(self): return self.x
print(Impl(5).run())
t(lambda: WithInit(1))
print(abc.get_cache_token() >= 0)
class Late(ABC):
    @abstractmethod
    def g(self): pass
Late.g = lambda self: 1
t(lambda: Late())
abc.update_abstractmethods(Late)
print(Late().g())
t(lambda: Shape.register(Shape))
t(lambda: Square.register(Shape))
class AP(ABC):
    @abstractproperty
    def x(self): pass
t(lambda: AP())
