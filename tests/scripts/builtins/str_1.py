# str(): conversions and common methods.
print(str(), str(12), str(1.5), str(None), str([1, "a"]), str(b"x"))
s = "  Hello, World  "
print(s.strip(), s.lower(), s.upper(), s.strip().split(", "), s.count("l"))
print("-".join(["a", "b"]), "abc".replace("b", "B"), "a,b,,c".split(","), "x".center(5, "*"))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".find("l"), "hello".rfind("l"))
print("Ab1".isalnum(), "12".isdigit(), "ab".isalpha(), "  ".isspace(), "Title Case".istitle())
print("a b c".split(), "a\nb\n".splitlines(), "ab" * 3, "abc"[1], "abc"[-1], "é" + "ß")
print("%s is %d years, %.1f%%" % ("Ann", 30, 99.5), "{} {}".format(1, 2), "{0}{0}".format("x"))
