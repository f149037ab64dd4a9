# bytes.maketrans, translate and __bytes__
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: bytes.maketrans(b'abc', b'xyz')[97:100])
t(lambda: bytes.maketrans(b'ab', b'x'))
t(lambda: bytes.maketrans('a', 'b'))
t(lambda: b'abcabc'.translate(bytes.maketrans(b'ab', b'XY')))
t(lambda: b'abcabc'.translate(None, b'a'))
t(lambda: b'abcabc'.translate(b'x'))
t(lambda: b'abc'.translate(None, delete=b'b'))
t(lambda: bytearray(b'abc').translate(None, b'c'))
t(lambda: b'abc'.translate(1))
t(lambda: b'abc'.translate(None, 1))
t(lambda: b'abc'.translate())
class X:
    def __bytes__(self): return b'hi'
t(lambda: bytes(X()))
t(lambda: bytearray(X()))
class Y:
    def __bytes__(self): return 'no'
t(lambda: bytes(Y()))
t(lambda: b'%b' % X())
t(lambda: bytearray.maketrans(b'a', b'b')[97])
