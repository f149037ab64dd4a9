# Sequence patterns: fixed length, starred rest, nested; lists and tuples
# both match either bracket form.
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case (first, *rest) if len(rest) > 2:
            return f"long, first {first}, {len(rest)} more"
        case [first, *middle, last]:
            return f"first {first}, middle {middle}, last {last}"

for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(3)]:
    print(shape(v))
