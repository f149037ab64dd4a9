# repr and ascii: ascii escapes non-ASCII characters.
print(repr("héllo"), ascii("héllo"))
print(ascii("日本"), ascii("\n\t"), ascii([1, "ü"]))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr(None), repr(1.0), repr([1, (2,), {3: "4"}]))
