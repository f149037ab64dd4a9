# PEP 604 unions: int | None in annotations, isinstance, __args__, repr, equality
def f(x: int | None = None) -> list[int] | None:
    return x
print(f(3), f.__annotations__)
u = int | str
print(u, type(u).__name__, u.__args__, isinstance(3, u), isinstance("s", u), isinstance(2.5, u), issubclass(bool, u))
print(int | str == str | int, (int | str) | float, int | int, int | None, None | int, hash(int | str) == hash(str | int))
print(list[int] | None, (int | str).__args__, isinstance(None, int | None))
try:
    int | 3
except TypeError as e:
    print(e)
try:
    pass
except TypeError as e:
    print(e)
class A: pass
print(A | None, isinstance(A(), A | int), repr(int | "x") if False else "")
class Node:
    def __init__(self, value: int, next: "Node | None" = None, tags: dict[str, int] | None = None):
        self.value, self.next, self.tags = value, next, tags or {}
def total(n: Node | None) -> int:
    return 0 if n is None else n.value + total(n.next)
print(total(Node(1, Node(2, Node(3)))), Node.__init__.__annotations__["tags"], total.__annotations__)
print({int | str: "key"}[str | int], (int | None) == (None | int), (int | str) != (int | float))
print(type(None) | int, int | type(None) | None)
