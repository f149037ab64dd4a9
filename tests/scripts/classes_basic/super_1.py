# super() calls the next class in the MRO, also with multiple inheritance.
class A:
    def hello(self):
        return ["A"]

class B(A):
    def hello(self):
        return ["B"] + super().hello()

class C(A):
    def hello(self):
        return ["C"] + super().hello()

class D(B, C):
    def hello(self):
        return ["D"] + super().hello()

print(D().hello())
print([k.__name__ for k in D.__mro__])
class E(B):
    def hello(self):
        return super(B, self).hello()
print(E().hello())
