# lemonpy: stderr=all
# A SyntaxError raised with a location prints it as the compiler's do.
e = SyntaxError("bad thing", ("file.py", 3, 5, "  abc def\n", 3, 8))
raise e
