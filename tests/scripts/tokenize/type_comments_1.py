# lemonpy: args=-m tokenize
x = []  # type: List[int]
def f(a,  # type: int
      ):
    # type: (...) -> None
    pass  # type: ignore[misc]
