# assorted str behaviour: iterators, id of interned names, chained methods
it = iter("ab")
print(type(it).__name__, type(iter("\u20ac")).__name__, next(it), list(it))
print(" ".join(w.capitalize() for w in "the quick brown fox".split()))
print("-".join(reversed("abc")), "".join(sorted("banana")), max("hello"), min("hello"))
print("abc".__len__(), "abc".__contains__("b"), "a".__add__("b"), "ab".__mul__(2))
print("x".__eq__(1), "x".__lt__("y"), "abc".__getitem__(1), "{}".format.__name__)
print(str.upper("abc"), str.join(",", "ab"), ord("\u20ac"), chr(8364))
