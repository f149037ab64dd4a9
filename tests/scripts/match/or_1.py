# Or patterns: alternatives tried left to right; each must bind the same
# names.
for v in [1, 2, 3, "a", [1, 2], (9, 0), 7]:
    match v:
        case 1 | 2:
            print(v, "one or two")
        case "a" | "b":
            print(v, "letter")
        case [1, x] | (x, 0):
            print(v, "bound x =", x)
        case _:
            print(v, "none of those")
