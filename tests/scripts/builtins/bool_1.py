# bool(): truth values; bool is a subclass of int.
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"))
print(bool([]), bool([0]), bool(None), bool(()), bool({}), bool(range(0)))
print(True + True, True * 3, isinstance(True, int), int(False))
print(True == 1, False == 0, True is bool(1), str(True), repr(False))
