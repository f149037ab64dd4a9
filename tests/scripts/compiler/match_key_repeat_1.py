# lemonpy: stderr=all
# A mapping pattern that repeats a key.
match {}:
    case {"a": 1, "a": 2}:
        pass
