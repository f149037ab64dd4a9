# __doc__ of functions, bound methods, staticmethod/classmethod and properties
class A:
    """A doc"""
    def m(self):
        "m doc"
    @staticmethod
    def s():
        "s doc"
    @classmethod
    def c(cls):
        "c doc"
    @property
    def p(self):
        "p doc"
a = A()
print(A.m.__doc__, a.m.__doc__, A.s.__doc__, a.s.__doc__, A.c.__doc__, a.c.__doc__, A.p.__doc__, A.__dict__["s"].__doc__, A.__dict__["c"].__doc__)
def f(): "f doc"
def f(): "f doc"
print(f.__doc__, (lambda: 0).__doc__, type(iter([])).__doc__, type(iter({})).__doc__, type(a.m).__doc__ is not None)
