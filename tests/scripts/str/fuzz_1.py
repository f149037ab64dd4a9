# Found by scripts/fuzz_run.py: argument errors name None as "None"
# (CPython's _PyArg_BadArgument), positional counts of clinic methods,
# bytes.hex's argument checks in CPython's order.
tests = [
    "(5).__format__(None)", "int.from_bytes(b'', None)", "(5).to_bytes(1, None)",
    "bytes('a', None)", "bytes('a', 'utf-8', None)", "bytearray('a', None)",
    "b''.decode(None)", "b''.decode('utf-8', None)", "bytes.fromhex(None)",
    "str.maketrans('a', None)", "str.maketrans('a', 'b', None)", "'a'.encode(None)",
    "'a'.encode('utf-8', None)", "'a'.replace(None, 'b')", "'a'.replace('a', None)",
    "str(b'', None)", "str(b'', 'utf-8', None)", "b'a'.center(5, None)",
    "(1.5).__format__(None)", "float.fromhex(None)", "float.__getformat__(None)",
    "(1j).__format__(None)", "'a'.__format__(None)", "format(1, None)",
    "'x'.removeprefix(None)", "(1).__round__(None)", "round(7, None)",
    "bytearray().insert()", "bytearray().insert(1)", "bytearray().insert(1, 2, 3)",
    "b'ab'.hex(range(3), 1)", "b'ab'.hex([1], 1)", "b'ab'.hex(5)", "b'ab'.hex('', 1)",
    "b'\\x01\\x02\\x03'.hex(b':', -2)", "bytearray(b'ab').hex(':', 2**70)",
    "b'ab'.hex(range(3), bytearray(b'x'))", "memoryview(b'abc').hex(':', 2)",
    "memoryview(b'ab').hex(range(1))", "b'a\\tb'.expandtabs(2**40)",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
