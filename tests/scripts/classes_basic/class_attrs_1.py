# Class attributes are shared until an instance attribute shadows them.
class Dog:
    kind = "canine"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)

d = Dog("Fido")
e = Dog("Buddy")
d.add_trick("roll over")
print(d.kind, e.kind, e.tricks)
d.kind = "wolf?"
print(d.kind, e.kind, Dog.kind)
Dog.kind = "dog"
print(d.kind, e.kind)
print(sorted(k for k in vars(d)))
