# lemonpy: stderr=all
# Notes of several lines and a SyntaxError inside a group.
e = ValueError("v")
e.add_note("multi\nline note")
e.__notes__.append(3)
g = ExceptionGroup("eg", [e, SyntaxError("bad", ("f.py", 3, 5, "  abc def\n", 3, 8))])
g.add_note("group\nnote")
raise g
