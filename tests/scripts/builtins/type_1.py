# type(x) gives the class; names of builtin types; type(name, bases, dict)
# makes a class.
for v in [1, 1.0, "s", b"b", None, True, [], (), {}, set(), range(1), 1j, len, type]:
    print(type(v).__name__, end=" ")
print()
print(type(1) is int, type(type) is type, type(None)())
Made = type("Made", (object,), {"x": 5, "hello": lambda self: "hi"})
print(Made.__name__, Made().x, Made().hello())
