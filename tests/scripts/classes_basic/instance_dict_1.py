# Instances store attributes in __dict__; classes have __name__,
# __qualname__, __module__ and __doc__.
class Outer:
    """Doc of Outer."""
    class Inner:
        pass
    def __init__(self):
        self.a = 1

o = Outer()
o.b = 2
print(o.__dict__)
print(Outer.__name__, Outer.Inner.__qualname__, Outer.__module__, Outer.__doc__)
print(type(o) is Outer, o.__class__.__name__)
