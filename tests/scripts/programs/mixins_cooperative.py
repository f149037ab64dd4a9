# Cooperative multiple inheritance with mixins, **kwargs forwarding, MRO inspection and super chains.

class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected options: {', '.join(sorted(kwargs))}")
        self.log = ["Base"]

    def describe(self):
        return [type(self).__name__]

class Named(Base):
    def __init__(self, name="anon", **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.log.append("Named")

    def describe(self):
        return super().describe() + [f"name={self.name}"]

class Timestamped(Base):
    clock = 0

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        Timestamped.clock += 1
        self.created = Timestamped.clock
        self.log.append("Timestamped")

    def describe(self):
        return super().describe() + [f"t={self.created}"]

class Tagged(Base):
    def __init__(self, tags=(), **kwargs):
        super().__init__(**kwargs)
        self.tags = sorted(set(tags))
        self.log.append("Tagged")

    def describe(self):
        return super().describe() + [f"tags={','.join(self.tags) or '-'}"]

class JSONMixin:
    def to_json(self):
        def enc(v):
            if isinstance(v, str):
                return '"' + v + '"'
            if isinstance(v, list):
                return "[" + ", ".join(enc(x) for x in v) + "]"
            return str(v)
        fields = {k: v for k, v in vars(self).items() if k != "log"}
        return "{" + ", ".join(f'"{k}": {enc(v)}' for k, v in sorted(fields.items())) + "}"

class Document(JSONMixin, Named, Timestamped, Tagged):
    def __init__(self, body="", **kwargs):
        super().__init__(**kwargs)
        self.body = body
        self.log.append("Document")

    def describe(self):
        return super().describe() + [f"len={len(self.body)}"]

print([c.__name__ for c in Document.__mro__])
d = Document(name="readme", tags=["b", "a", "b"], body="hello")
print(d.log)
print(d.describe())
print(d.to_json())
d2 = Document(body="x" * 10)
print(d2.describe(), d2.to_json())
try:
    Document(name="x", colour="red")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(d, Tagged), issubclass(Document, JSONMixin), Document.__bases__)
class Point3(Named, Tagged):
    pass
print([c.__name__ for c in Point3.__mro__], Point3(name="p").log)
try:
    class Broken(Tagged, Document):
        pass
except TypeError as e:
    print("TypeError:", e)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super(B, self).who()
print(D().who(), super(C, D()).who(), B.who(D()))
print(Timestamped.clock, d.created, d2.created)
