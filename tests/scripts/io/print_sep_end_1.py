# print's sep and end: None means the default; empty strings are allowed.
print("a", "b", sep=None, end=None)
print("a", "b", sep="", end="")
print()
print("x", "y", "z", sep="\n")
print("tab", "sep", sep="\t", end="!\n")
print(end="only end\n")
print(sep="-")
