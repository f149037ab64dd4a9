# super() when self is a cell, in a generator, and in a comprehension (3.11: an error).
class A:
    def f(self): return "A"
class B(A):
    def f(self):
        g = lambda: self
        return super().f() + "B" + str(g() is self)
    def gen(self):
        yield super().f()
    def comp(self):
        try:
            return [super().f() for _ in range(1)]
        except TypeError as e:
            return str(e)
print(B().f(), list(B().gen()), B().comp())
