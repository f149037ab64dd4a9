match p:
    case [1, x, *rest]:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0, y=y) | (0 as y):
        pass
    case str() if p:
        pass
    case _:
        pass
