# bytes: constructors, repr, indexing, operators
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(b"ab"), bytes("h\u00e9", "utf-8"), bytes(range(3)))
print(b"a'b", b'a"b', b"a'\"b", b"\x00\x7f\x80\xff\t\n\r\\", bytearray(b"a'b"))
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], len(b), list(b[:2]))
print(b + b"!", b * 2, 2 * b, b"el" in b, 108 in b, b == b"hello", b < b"help", b == "hello")
print(bytearray(b"ab") + b"c", b"c" + bytearray(b"ab"), bytearray(b"ab") == b"ab")
print(hash(b"abc") == hash("abc"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex(":"))
print(b"%s-%d-%x-%c-%r" % (b"a", 5, 255, 65, "s"), b"%5.1f|" % 2.25)
