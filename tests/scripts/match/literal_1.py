# Literal patterns: numbers, strings, None, True, False (singletons by
# identity: 1 does not match True).
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case -3:
            return "minus three"
        case 2 + 1j:
            return "complex"
        case b"raw":
            return "bytes"
        case _:
            return "other"

for v in [0, 0.0, 1.5, "hello", None, True, 1, False, -3, 2 + 1j, b"raw", "bye"]:
    print(repr(v), describe(v))
