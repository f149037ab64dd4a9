# Found by scripts/fuzz_run.py: translate with a type, bytes.translate
# arguments, DEL ends the text of number parsing.
for t in ["'a'.translate(str)", "'a'.translate(list)", "''.translate(str)", "bytearray().translate(maxsplit=b'x')", "b''.translate(None, b'', x=1)", "b'ab'.translate(None, delete=b'a')",
          "complex('\\x7f\\xa0\\u2028_\\\\')", "int('1\\x7f')", "float('1\\x7f_')", "int('\\x7f_1')", "complex('1\\x7f')"]:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__, e)
