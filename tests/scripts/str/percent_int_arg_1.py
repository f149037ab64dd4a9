# %d/%i take __index__ or __int__, never __float__ alone; %x/%o want __index__
class I:
    def __index__(self): return 7
class N:
    def __int__(self): return 8
class F:
    def __float__(self): return 2.5
class IF:
    def __int__(self): return 3
    def __float__(self): return 3.5
for fmt in ["%d", "%i", "%x", "%o", "%f", "%5.1e", "%c"]:
    for v in [I(), N(), F(), IF(), 3.7, True, -2**70]:
        try:
            r = fmt % v
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        print(fmt, type(v).__name__, r)
