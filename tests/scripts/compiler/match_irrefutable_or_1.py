# lemonpy: stderr=all
# An irrefutable alternative that is not last in an or pattern.
match 1:
    case x | 2:
        pass
