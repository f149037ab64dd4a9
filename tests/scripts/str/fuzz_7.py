# Found by scripts/fuzz_run.py: format widths too large to pad are a MemoryError.
for t in ["'{:{}}'.format(7, 9007199254740993)", "format(1.5, '9007199254740993')", "format(1j, '<9007199254740993')", "format(5, '09007199254740993')", "format('a', '9007199254740993')", "'%9007199254740993d' % 5", "format(5, '20')", "format(-5.5, '020,.2f')"]:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__, e)
