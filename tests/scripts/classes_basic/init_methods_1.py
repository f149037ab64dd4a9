# A class with __init__ and methods; instance attributes are per instance.
class Counter:
    def __init__(self, start=0):
        self.value = start
    def inc(self, by=1):
        self.value += by
        return self
    def get(self):
        return self.value

a = Counter()
b = Counter(10)
a.inc().inc(5)
b.inc()
print(a.get(), b.get(), a.value)
print(type(a).__name__, isinstance(a, Counter))
