# The subject is evaluated once; a tuple subject without parentheses.
def subject():
    print("subject evaluated")
    return 2

match subject():
    case 1:
        print("one")
    case 2:
        print("two")
match 1, 2:
    case (a, b):
        print("tuple subject", a, b)
