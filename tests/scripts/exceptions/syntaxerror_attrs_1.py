# SyntaxError's fields and str.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: str(SyntaxError("x", ("a/b.py", 3, 4, "txt"))))
t(lambda: str(SyntaxError("x", (None, 3, 4, "txt"))))
t(lambda: str(SyntaxError("x", ("f", None, 4, "txt"))))
t(lambda: SyntaxError("x", ("f", None, 4, "txt")).args)
t(lambda: SyntaxError("x", ("f", None, 4, "txt", 5, 6)).end_offset)
t(lambda: SyntaxError("x", (1, 2)))
t(lambda: SyntaxError("x", ("f", 1, 2, 3, 4, 5, 6)))
t(lambda: SyntaxError("x", 3))
t(lambda: SyntaxError("x", 3, 4).msg)
t(lambda: (SyntaxError().msg, SyntaxError().print_file_and_line, str(SyntaxError())))
try:
    compile("1 +", "f.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    print(e)
