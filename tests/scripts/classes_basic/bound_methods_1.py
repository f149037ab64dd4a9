# Methods accessed through an instance are bound; through the class they
# are plain functions.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"

g = Greeter("Ann")
m = g.greet
print(m("Bob"), Greeter.greet(g, "Cy"))
print(type(m).__name__, type(Greeter.greet).__name__, m.__self__ is g)
print(m.__func__ is Greeter.greet)
ms = [Greeter(n).greet for n in "xy"]
print([f("z") for f in ms])
