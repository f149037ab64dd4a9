# replace, join, translate, maketrans
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("hello".replace("l", ""), "\u20ac\u20ac".replace("\u20ac", "E"), "abc".replace("x", "y"))
print(", ".join(["a", "b", "c"]), "".join(x for x in "xyz"), "-".join(("\u20ac", "b")), "-".join([]))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcd-abcd".translate(t), "abc".translate({97: "AA", 98: None}), "abc".translate({}))
print(sorted(str.maketrans({"a": 1, 98: "x"}).items()))
for f in [lambda: ",".join(["a", 1]), lambda: ",".join(5), lambda: str.maketrans("ab", "c"),
          lambda: str.maketrans(1), lambda: "a".translate({97: 1.5})]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
