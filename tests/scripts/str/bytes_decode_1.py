# bytes.decode and str(bytes, encoding, errors)
def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [b"plain", b"caf\xc3\xa9", b"\xff\xfe", b"a\xe2\x82", b"a\xe2\x82b", b"\xed\xa0\x80x",
        b"\xf0\x90\x80", b"\xc0\xaf", b"\x80abc"]
for d in data:
    for enc in ["utf-8", "ascii", "latin-1", "cp1252"]:
        for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
            show(lambda: d.decode(enc, err))
show(lambda: b"\xed\xa0\x80".decode("utf-8", "surrogatepass"))
show(lambda: b"\xef\xbb\xbfabc".decode("utf-8-sig"))
show(lambda: str(b"abc", "ascii"))
show(lambda: str(b"abc"))
show(lambda: str(bytearray(b"xy"), "latin-1"))
show(lambda: str(1, "utf-8"))
show(lambda: str("a", "utf-8"))
show(lambda: str(b"a", "nope"))
show(lambda: str(b"a", errors="strict"))
show(lambda: str(object="x"))
show(lambda: str(x=1))
show(lambda: str(b"", "a", "b", "c"))
