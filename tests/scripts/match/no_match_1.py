# When no case matches, nothing happens and execution continues; only the
# first matching case runs.
match 99:
    case 1:
        print("one")
    case "99":
        print("string")
print("no case matched")
match 5:
    case int():
        print("first matching case")
    case 5:
        print("not run")
