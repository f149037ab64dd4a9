def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class C: pass
t(lambda: type.__init__(C, x=1))
t(lambda: type.__init__(C, 'a', (), {}, x=1))
t(lambda: type.__init__(C, 'a'))
t(lambda: type.__init__(C))
class M(type):
    def __new__(m, *a, **k): return super().__new__(m, 'X', (), {})
t(lambda: M(1, k=2).__name__)
t(lambda: M(1, 2, 3, k=2).__name__)
