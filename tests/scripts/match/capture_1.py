# A capture pattern always matches and binds the name; the binding stays
# after the match statement.
match [1, 2]:
    case whole:
        print("captured", whole)
print(whole)
match 42:
    case 0:
        print("zero")
    case n:
        print("n =", n)
