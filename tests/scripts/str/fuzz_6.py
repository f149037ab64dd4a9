# Found by scripts/fuzz_run.py: bytes % with an unsupported byte >= 0x80: CPython
# reads it as a signed char (OverflowError) except right after digits.
for t in [b'%\xff', b'%9\xff', b'%\xc3', b'%9\xc3', b'%\x80', b'%.1\xff', b'%-\xff', b'%.\xff', b'%9.\xff', b'%9l\xff', b'%*\xff', b'%.*\xff', b'%12\x7f', b'%(a)\xff', b'%(a)1\xe9']:
    try: t % {'a': 1} if b'(' in t else t % (1, 2)
    except Exception as e: print(t, type(e).__name__, ascii(str(e)))
