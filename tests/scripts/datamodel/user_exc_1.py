# user exception classes: __init__ with/without super().__init__, args, __str__, __repr__
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

class E1(Exception): pass
e = E1("a", 2)
t(lambda: (e.args, str(e), repr(e)))
t(lambda: (str(E1()), repr(E1()), str(E1("x")), repr(E1("x"))))
class E2(Exception):
    def __init__(self, code):
        self.code = code
e = E2(42)
t(lambda: (e.args, str(e), repr(e), e.code))
class E3(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
e = E3(1, "message")
t(lambda: (e.args, str(e), repr(e), e.code))
class E4(ValueError):
    def __init__(self, *args, **kwargs):
        super().__init__(*args)
        self.kw = kwargs
e = E4(1, 2, x=3)
t(lambda: (e.args, str(e), repr(e), e.kw))
t(lambda: ValueError(x=1))
t(lambda: E1(x=1))
class E5(Exception):
    def __str__(self): return "custom str"
t(lambda: (str(E5("a")), repr(E5("a")), E5("a").args))
class E6(Exception):
    def __repr__(self): return "E6!"
t(lambda: (str(E6("a")), repr(E6("a"))))
class E7(KeyError): pass
t(lambda: (str(E7("k")), str(E7("k", "v")), repr(E7("k")), str(KeyError())))
class E8(OSError): pass
e = E8(2, "No such file", "f.txt")
t(lambda: (e.errno, e.strerror, e.filename, str(e), e.args, type(e).__name__))
t(lambda: type(OSError(2, "x")).__name__)
t(lambda: str(OSError(2, "x", "f", None, "g")))
t(lambda: E8("one"))
class E9(BaseException): pass
def f(): raise E9("base")
t(f)
try:
    raise E9("caught")
except Exception:
    print("wrong")
except BaseException as ex:
    print("right", ex)
class E10(Exception):
    def __init__(self):
        pass
e = E10()
t(lambda: (e.args, str(e), repr(e)))
class E11(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, "from new")
        return obj
    def __init__(self, *args): pass
t(lambda: E11("x").args)
e = E1("orig")
e.args = ("changed", 1)
t(lambda: (e.args, str(e)))
def f(): e.args = 5
t(f)
t(lambda: e.args)
def f(): del e.args
t(f)
e.args = [1, 2]
t(lambda: (e.args, type(e.args).__name__))
t(lambda: E1("x").with_traceback(None).args)
t(lambda: E1().with_traceback(5))
t(lambda: E1().__traceback__)
def f():
    try:
        raise E1("tb")
    except E1 as ex:
        return type(ex.__traceback__).__name__, ex.__traceback__.tb_lineno > 0
t(f)
def f():
    try:
        raise E1("tb")
    except E1 as ex:
        e2 = E2(1).with_traceback(ex.__traceback__)
        return e2.__traceback__ is ex.__traceback__
t(f)

# raising classes and instances
def f(): raise E1
t(f)
def f(): raise E2
t(f)
def f(): raise int
t(f)
def f(): raise 5
t(f)
def f(): raise object()
t(f)
def f(): raise "string"
t(f)
class NotExc: pass
def f(): raise NotExc
t(f)
def f(): raise NotExc()
t(f)
def f(): raise E1 from 5
t(f)
def f(): raise E1 from NotExc
t(f)
class BadNew(Exception):
    def __new__(cls): return 5
def f(): raise BadNew
t(f)
def f():
    try:
        raise E1("x")
    except NotExc:
        pass
t(f)
def f():
    try:
        raise E1("x")
    except (ValueError, NotExc):
        pass
t(f)
def f():
    try:
        raise E1("x")
    except 5:
        pass
t(f)
def f():
    try:
        pass
    except NotExc:
        pass
    return "no error when nothing raised"
t(f)

# context and cause
class Ctx(Exception): pass
def f():
    try:
        try:
            raise E1("first")
        except E1:
            raise Ctx("second")
    except Ctx as ex:
        return repr(ex.__context__), ex.__cause__, ex.__suppress_context__
t(f)
def f():
    try:
        try:
            raise E1("first")
        except E1 as inner:
            raise Ctx("second") from inner
    except Ctx as ex:
        return repr(ex.__context__), repr(ex.__cause__), ex.__suppress_context__
t(f)
def f():
    try:
        raise Ctx("x") from None
    except Ctx as ex:
        return ex.__context__, ex.__cause__, ex.__suppress_context__
t(f)
def f():
    try:
        raise Ctx("x") from E1
    except Ctx as ex:
        return repr(ex.__cause__)
t(f)
e = E1()
def f(): e.__cause__ = 5
t(f)
def f(): e.__context__ = "x"
t(f)
e.__cause__ = E2(1)
t(lambda: (type(e.__cause__).__name__, e.__suppress_context__))
def f(): e.__suppress_context__ = 0
t(f)
def f(): del e.__suppress_context__
t(f)
e.__suppress_context__ = False
t(lambda: e.__suppress_context__)
e.__cause__ = None
t(lambda: e.__cause__)

t(lambda: E1.__mro__)
t(lambda: issubclass(E7, LookupError))
t(lambda: E1("a") == E1("a"))
t(lambda: E1.__doc__)
t(lambda: E1.__module__)
t(lambda: E1("a").__dict__)
x = E1("a"); x.extra = 1
t(lambda: x.__dict__)
t(lambda: x.__reduce__())
t(lambda: E3(1, "m").__reduce__())
t(lambda: BaseException.__new__(E1, 1, 2).args)
t(lambda: BaseException.__new__(int))
t(lambda: E1.__init__(E1(), 1, 2))
