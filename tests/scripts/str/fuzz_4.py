# Found by scripts/fuzz_run.py: codec names with surrogates, decoding
# nothing with an unknown codec, pow() with a complex modulus and no
# number, to_bytes of a huge length, clinic argument errors in order.
tests = ["str(b'', 'bogus')", "b''.decode('bogus')", "bytearray().decode('bogus', 'x')", "str(b'a', 'bogus')", "''.encode('bogus')", "'a'.encode('bogus')",
 "''.encode('utf-8', 'bogus')", "'a'.encode('ascii', 'bogus')", "str(b'', 'utf-8', 'bogus')", "b'\\xff'.decode('utf-8', 'bogus')",
 "'a'.encode('a\\udc80')", "'a'.encode('utf-8', 'x\\udc80')", "b'a'.decode('a\\udc80')", "str(b'a', 'a\\udc80')", "''.encode('a\\udc80')",
 "pow(set(), 3, 1j)", "pow(1j, 2, 1j)", "pow(2, 1j, 3)", "pow([], 2, 1j)", "pow(1j, [], 2)", "pow(2, 3, 1j)", "pow(2.0, 3, 1j)",
 "(8).to_bytes(9007199254740993)", "int.from_bytes(end='big')", "int.from_bytes(b'', 'big', False, end=4)", "int.from_bytes(b'', 'big', False)",
 "int.from_bytes(b'\\x01', byteorder='big', signed=True, x=1)", "(1).to_bytes(1, 'big', True)", "(1).to_bytes(foo=1)"]
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__, ascii(str(e)))
for t in ["complex(real=1, imag=2, x=3)", "complex(1, 2, 3)", "complex(1, real=2)", "complex(x=1)",
          "complex(imag=2)", "int.from_bytes(b'\\x01', 'big', byteorder='little')"]:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__, e)
