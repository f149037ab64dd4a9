# keyword arguments of user exception classes derived from built-in exceptions with fields
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
class E(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
t(lambda: (E("m", code=3).code, E("m", code=3).args))
class E2(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg, code=code)
t(lambda: E2("m", code=3))
class E3(Exception):
    def __new__(cls, *a, **k): return super().__new__(cls, *a, **k)
t(lambda: E3(1, x=2))
class E4(Exception):
    pass
t(lambda: E4(x=1))
class E5(KeyError):
    def __init__(self, key, *, hint=None):
        super().__init__(key)
        self.hint = hint
t(lambda: (str(E5("k", hint="h")), E5("k", hint="h").hint))
class E6(OSError):
    def __init__(self, *a, extra=None):
        super().__init__(*a)
        self.extra = extra
t(lambda: (str(E6(2, "nf", extra=1)), type(E6(2, "x")).__name__, E6(2, "x").errno))
t(lambda: OSError(2, "x", x=1))
class E7(OSError):
    def __new__(cls, *a, **k): return super().__new__(cls, *a)
    def __init__(self, *a, **k): super().__init__(*a)
t(lambda: str(E7(13, "perm", "f", k=1)))
class E8(StopIteration): pass
t(lambda: (E8(5).value, E8().value, E8(1, 2).value))
class E9(SystemExit):
    def __init__(self, code): super().__init__(code * 2)
t(lambda: E9(3).code)
class E10(ImportError): pass
t(lambda: (E10("m", name="n").name, E10("m", path="p").path, E10("m").msg))
t(lambda: E10("m", bad=1))
class E11(NameError): pass
t(lambda: (E11("n", name="x").name, str(E11("msg"))))
class E12(AttributeError): pass
t(lambda: (E12("a", name="n", obj=5).obj, E12().name))
class E13(SyntaxError): pass
e = E13("bad", ("f.py", 3, 4, "x = (", 3, 5))
t(lambda: (str(e), e.lineno, e.offset, e.text, e.end_lineno, e.filename, e.msg))
class E14(UnicodeDecodeError): pass
t(lambda: str(E14("utf-8", b"\xff", 0, 1, "bad")))
