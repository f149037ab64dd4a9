# Guards are evaluated after the pattern matches; a failing guard goes on
# to the next case, and names bound by the pattern stay bound.
def check(v):
    print("guard checks", v)
    return v > 10

for n in [5, 50]:
    match n:
        case x if check(x):
            print("big", x)
        case x:
            print("small", x)
match 3:
    case y if y > 100:
        print("never")
    case _:
        print("y is", y)
