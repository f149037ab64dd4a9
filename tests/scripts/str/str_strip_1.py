# strip family, affixes, padding, tabs
print(repr("  a b  ".strip()), repr("xxaxx".strip("x")), repr("xyax".lstrip("yx")), repr("axy".rstrip("xy")))
print(repr(" \u3000a\u2003 ".strip()), repr("abc".strip("")), repr("abc".strip(None)))
print("prefix_rest".removeprefix("prefix_"), "rest.py".removesuffix(".py"), "a".removeprefix("b"))
print(repr("ab".center(7, "*")), repr("abc".center(6)), repr("ab".ljust(5, "-")), repr("ab".rjust(5)))
print("42".zfill(5), "-42".zfill(5), "+x".zfill(4), "abc".zfill(2))
print(repr("a\tbc\tdef\n\tg".expandtabs()), repr("a\tb".expandtabs(2)), repr("a\tb".expandtabs(0)))
