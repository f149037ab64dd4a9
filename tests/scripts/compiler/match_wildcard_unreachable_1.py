# lemonpy: stderr=all
# A wildcard that is not last makes later cases unreachable.
match 1:
    case _:
        pass
    case 2:
        pass
