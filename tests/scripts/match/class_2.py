# Class patterns with keyword sub-patterns match attributes by name;
# Class() checks only the type; subclasses match too.
class Animal:
    def __init__(self, name, legs):
        self.name = name
        self.legs = legs

class Bird(Animal):
    pass

for a in [Animal("cat", 4), Bird("owl", 2), Animal("snake", 0), "not an animal"]:
    match a:
        case Bird(name=n):
            print("bird", n)
        case Animal(legs=0, name=n):
            print("legless", n)
        case Animal(name=n, legs=l):
            print(n, "has", l, "legs")
        case object():
            print("something else")
