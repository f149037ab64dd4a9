# Generator objects have __name__ and __qualname__, and are their own
# iterators.
class Box:
    def items(self):
        yield 1

def gen():
    yield 1

g = gen()
print(g.__name__, g.__qualname__)
print(Box().items().__qualname__)
print(iter(g) is g)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
