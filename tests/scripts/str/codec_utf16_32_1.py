# utf-16 and utf-32: encoding, decoding, byte order marks, error handlers
def t(f):
    try: print(ascii(f()))
    except Exception as e: print(type(e).__name__, e)
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16", "utf_32be", "U16"]:
    for s in ["", "a", "a\U0001f600\u20ac", "a\ud800b", "\udcff"]:
        for err in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogatepass", "surrogateescape"]:
            t(lambda: s.encode(enc, err))
    for b in [b"", b"a", b"a\x00", b"\xff\xfea\x00", b"\xfe\xff\x00a", b"\x00\xd8", b"\x00\xd8a", b"\x00\xd8a\x00", b"\x00\xdc\x00\x00", b"\x3d\xd8\x00\xde", b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00\x01", b"abcdefg"]:
        for err in ["strict", "replace", "ignore", "backslashreplace", "surrogatepass", "surrogateescape"]:
            t(lambda: b.decode(enc, err))
