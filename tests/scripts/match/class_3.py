# Built-in types like int, str, list and tuple match themselves with one
# positional sub-pattern.
for v in [5, "text", 2.5, [1], (1, 2), True, {"a": 1}]:
    match v:
        case bool(b):
            print("bool", b)
        case int(n):
            print("int", n)
        case str(s):
            print("str", s)
        case float(f):
            print("float", f)
        case list(l) | tuple(l):
            print("list or tuple", l)
        case dict():
            print("dict")
