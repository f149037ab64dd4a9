# if/elif/else picks the first true branch; truthiness of common values.
def classify(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool"
    elif not v:
        return "empty/zero"
    elif v:
        return "truthy"
    else:
        return "unreachable"

for v in [None, True, 0, 0.0, "", [], {}, (), set(), 1, "x", [0], -1]:
    print(repr(v), classify(v))
