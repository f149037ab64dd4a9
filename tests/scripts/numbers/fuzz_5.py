# Found by scripts/fuzz_run.py: int.__sizeof__ as CPython 3.11.
for v in [0, 1, -1, True, False, 2**30 - 1, 2**30, 2**60, -2**90, 10**100, 7**1000]:
    print(v.__sizeof__() if v < 10**20 else (v.__sizeof__(), 'big'))
for t in ["(1).__sizeof__(1)", "True.__sizeof__(1)", "int.__sizeof__(5)"]:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__, e)
