# Found by scripts/fuzz_run.py: float.fromhex reads its argument as UTF-8.
for s in ['😀EAxé²\udc80€%ΣA}', '0x1p3', ' 0x1.8p1 ', '0x1\x00', '\u0661', '\u20030x1', 'inf', '-nan', '0x1p3\xa0']:
    try: print(ascii(s), float.fromhex(s))
    except Exception as e: print(ascii(s), type(e).__name__, e)
