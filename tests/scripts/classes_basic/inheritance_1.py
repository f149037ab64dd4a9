# Inheritance: methods are looked up in the base; subclasses override.
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area()}"

class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side
    def area(self):
        return self.side ** 2

class Unit(Square):
    def __init__(self):
        super().__init__(1)

for s in [Shape("blob"), Square(3), Unit()]:
    print(s.describe())
print([c.__name__ for c in Unit.__mro__])
print(issubclass(Unit, Shape), Square.__bases__[0].__name__)
