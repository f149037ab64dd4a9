# lemonpy: stderr=all
# Two starred names in one sequence pattern.
match [1]:
    case [*a, *b]:
        pass
