# chr(), ord(), bin/oct/hex: values and errors.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(chr(65), chr(0x1f600), ord("é"), ord(b"a"), bin(5), oct(-8), hex(255), hex(-2**70))
t(lambda: chr(-1)); t(lambda: chr(2**63)); t(lambda: chr("a")); t(lambda: chr(0x110000))
t(lambda: ord("ab")); t(lambda: ord(3)); t(lambda: ord(b"ab")); t(lambda: ord(""))
t(lambda: bin("a")); t(lambda: hex(3.0))
class I:
    def __index__(self): return 10
print(bin(I()), oct(I()), hex(I()), chr(I()))
