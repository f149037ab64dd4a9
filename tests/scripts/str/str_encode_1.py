# str.encode with codecs and error handlers
def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "caf\u00e9 \u20ac\ud800"
for enc in ["utf-8", "ascii", "latin-1", "cp1252", "UTF8", "Latin_1", "utf-8-sig"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                "surrogateescape", "surrogatepass"]:
        show(lambda: s.encode(enc, err))
show(lambda: "a\udcff".encode("utf-8", "surrogateescape"))
show(lambda: "\u00e9\u00e9".encode("ascii"))
show(lambda: "a".encode("rot13"))
show(lambda: "a".encode("nope"))
show(lambda: "\u00e9".encode("ascii", "nope"))
show(lambda: "a".encode(1))
