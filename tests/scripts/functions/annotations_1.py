# Annotations are evaluated and stored in __annotations__.
def f(a: int, b: "str" = "x", *args: float, c: bool, **kw: list) -> None:
    pass

print(f.__annotations__)

def g(x):
    pass

print(g.__annotations__)
