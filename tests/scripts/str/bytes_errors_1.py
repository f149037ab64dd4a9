# bytes errors
def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: bytes(-1))
show(lambda: bytes([256]))
show(lambda: bytes(["a"]))
show(lambda: bytes("a"))
show(lambda: bytes(1, "utf-8"))
show(lambda: bytes(1.5))
show(lambda: b"abc"[5])
show(lambda: b"abc"["a"])
show(lambda: b"a" + "a")
show(lambda: "a" + b"a")
show(lambda: 300 in b"abc")
show(lambda: "a" in b"abc")
show(lambda: b"a" < "a")
show(lambda: hash(bytearray()))
show(lambda: bytes.fromhex("6"))
show(lambda: b"a".find("a"))
show(lambda: b"a".startswith("a"))
show(lambda: b"a".join([1]))
show(lambda: b"%s" % "a")
show(lambda: b"a" % 1)
