# classmethod receives the class (also when called on a subclass or an
# instance); staticmethod receives nothing extra.
class Base:
    count = 0
    @classmethod
    def create(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def helper(x):
        return x * 2

class Child(Base):
    pass

print(type(Base.create()).__name__, type(Child.create()).__name__, type(Child().create()).__name__)
print(Base.count, Child.count)
print(Base.helper(4), Child().helper(5))
