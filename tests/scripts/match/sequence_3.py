# Nested sequence patterns with literals and captures.
points = [(0, 0), (0, 5), (3, 0), (2, 2), [1, [2, 3]]]
for p in points:
    match p:
        case (0, 0):
            print("origin")
        case (0, y):
            print("on y axis at", y)
        case (x, 0):
            print("on x axis at", x)
        case [a, [b, c]]:
            print("nested", a, b, c)
        case (x, y):
            print("point", x, y)
