# lemonpy: stderr=all
# A capture pattern that is not last makes later cases unreachable.
match 1:
    case x:
        pass
    case 2:
        pass
