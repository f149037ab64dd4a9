# More str methods: partition, rsplit, zfill, title, swapcase, expandtabs,
# translate, removeprefix/suffix, casefold, ljust/rjust, encode.
s = "hello world"
print(s.partition(" "), s.rpartition("o"), s.rsplit(" ", 1), s.split("o", 1))
print("42".zfill(5), "-42".zfill(5), s.title(), "AbC".swapcase(), "a\tb".expandtabs(4))
print(s.translate({ord("l"): "L", ord("o"): None}), s.removeprefix("hello "), s.removesuffix("ld"))
print("Straße".casefold(), "x".ljust(3, ".") + "|", "x".rjust(3) + "|", s.capitalize())
print(s.index("o"), s.rindex("o"), s.count("o"), "ab" in s, s.isidentifier(), "3".isnumeric())
print("a-b_c".replace("-", "+", 1), "  x  ".lstrip(), "  x  ".rstrip() + "|", "xyx".strip("x"))
print("".join(reversed("abc")), "é".encode("utf-8"), "ab".encode("ascii"), "%".join("abc"))
