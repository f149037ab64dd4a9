# Exceptions carry a __dict__; user subclasses call BaseException.__init__; docs.
e = ValueError(1)
e.x = 5
print(e.__dict__, e.x, vars(e))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = E(1, 2)
print(e.args, e.b, repr(e), str(e))
print(E.__mro__)
print(ValueError.__doc__, BaseException.__doc__)
print(E.__module__, ValueError.__module__, ValueError.__name__, ValueError.__qualname__)
print(dir(ValueError())[:6])
