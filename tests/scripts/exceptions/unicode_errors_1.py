# The Unicode errors: five-argument constructors and their messages.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = "é€😀"
for a, b in ((0, 1), (1, 2), (2, 3), (0, 3), (7, 8), (2, 1)):
    t(lambda: str(UnicodeEncodeError("ascii", s, a, b, "ordinal")))
t(lambda: str(UnicodeEncodeError("ascii", "\x7f\x00\n", 2, 3, "r")))
t(lambda: str(UnicodeTranslateError(s, 0, 1, "x")))
t(lambda: str(UnicodeTranslateError(s, 0, 2, "x")))
t(lambda: str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")))
t(lambda: str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")))
t(lambda: str(UnicodeDecodeError("utf-8", b"\xff\xfe", 5, 6, "bad")))
t(lambda: UnicodeDecodeError("utf-8", "x", 0, 1, "x"))
t(lambda: UnicodeDecodeError("utf-8"))
t(lambda: UnicodeEncodeError(1, s, 2, 1, "r"))
t(lambda: UnicodeEncodeError("a", s, 2.0, 1, "r"))
t(lambda: UnicodeEncodeError("a", s, 2, 1, 4))
e = UnicodeEncodeError("ascii", s, 1, 2, "why")
print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
