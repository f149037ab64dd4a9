# lemonpy: stderr=all
# Alternatives of an or pattern must bind the same names.
match (1, 2):
    case (x, 0) | (0, y):
        pass
