# Found by scripts/fuzz_run.py: bytes compares and formats only bytes, byte
# range messages, translate of an empty str, to_bytes argument order,
# % with unsupported characters.
tests = ["b'a' == bytearray(b'a')", "bytearray(b'a') == b'a'", "b'a'.__eq__(bytearray(b'a'))", "bytearray(b'a').__eq__(b'a')",
 "b'a' < bytearray(b'b')", "b'a'.__lt__(bytearray(b'b'))", "b'a' == memoryview(b'a')", "memoryview(b'a') == b'a'", "b'a' == 'a'", "b'a' != 1",
 "bytearray(b'a') == memoryview(b'a')", "b'a' <= memoryview(b'a')", "sorted([b'b', bytearray(b'a')])",
 "bytearray.__rmod__(bytearray(b'x'), b'%s')", "bytes.__rmod__(b'x', bytearray(b'%s'))", "b'%s' % bytearray(b'x')", "bytearray(b'%s') % b'x'",
 "bytes.__mod__(b'%d', 5)", "bytearray.__mod__(bytearray(b'%d'), 5)",
 "bytearray([300])", "bytearray(iter([300]))", "bytes(iter([-1]))", "bytes([1, 256])",
 "''.translate(-3)", "'a'.translate(-3)", "''.translate(None)", "(5).to_bytes(-3, -2)", "(5).to_bytes(-3, 'big')", "True.to_bytes(-3, False)"]
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__, e)
for t, a in [('%\r', 1), ('%é', 1), ('%\x00', 1), ('%\U0001f600', 1), (b'%\r', 1), (b'%\x7f', 1), (b'%\xc3', 1), (b'%\x00', 1), (bytearray(b'%\x1f'), 1), ('%\x7f', 1), ('%\x1f', 1)]:
    try: t % a
    except Exception as e: print(ascii(t), type(e).__name__, ascii(str(e)))
