# Found by scripts/fuzz_run.py: the order in which str and bytes methods
# check their arguments, and their messages.
tests = ["complex('\u0130a\u20ac\xdf_')", "complex('1_0\u0661')", "float('1_\u0661')",
         "int('1\u20ac_')", "int(bytearray(b' x'))", "int(bytearray(b'12z'), 16)",
         "'1_E'.find(0, '\\udc80')", "'abc'.count(1, 'x')", "'abc'.index(None, [])",
         "bytearray().count(-3, 'x')", "bytearray().index(-2, lambda: v)",
         "b'ab'.rfind(300, None, 1.5)", "str.maketrans(1, 'e')", "str.maketrans(1, 2)",
         "str.maketrans('a', 'b', 3)", "b''.join(10)", "bytearray(b'-').join(3.5)",
         "bytes(2**63 - 1)", "format(5, '0,e')", "format(5.0, '0,e')",
         "format(False, '#02,E')", "format(2**63, '0,.17g')", "format(-2.5, '020,.3e')",
         "format(-2.5, '012_f')", "format(1.5, '0=+,')", "format(12345, '0=+5,')"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
for v in [slice, 1.5, 3, 'ab', 1j, None, [1, 2], (x for x in [65]), True]:
    b = bytearray(b'xyz')
    for key in (slice(1, 2), slice(None, None, 2)):
        try:
            b[key] = v
            print(b)
        except Exception as e:
            print(type(e).__name__, e)
