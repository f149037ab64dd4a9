# The wildcard _ matches anything and binds nothing.
_ = "untouched"
for v in [1, "x", None]:
    match v:
        case 1:
            print("one")
        case _:
            print("anything else:", v)
print(_)
match (1, 2):
    case (_, _):
        print("pair with wildcards")
