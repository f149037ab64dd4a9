# add_note/__notes__, exception groups (subclassing, derive, split, subgroup), except*
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

e = ValueError("v")
e.add_note("note 1")
e.add_note("note 2")
t(lambda: e.__notes__)
t(lambda: e.add_note(5))
t(lambda: e.add_note())
t(lambda: e.add_note("a", "b"))
e2 = ValueError()
e2.__notes__ = "not a list"
t(lambda: e2.add_note("x"))
e3 = ValueError()
t(lambda: hasattr(e3, "__notes__"))
e3.__notes__ = ()
t(lambda: e3.add_note("y"))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
        self.add_note(f"hint for {code}")
t(lambda: MyErr(3).__notes__)

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
t(lambda: (str(eg), repr(eg), eg.message, eg.exceptions, eg.args))
t(lambda: type(eg).__mro__)
t(lambda: ExceptionGroup("m", []))
t(lambda: ExceptionGroup("m", [1]))
t(lambda: ExceptionGroup("m", ValueError(1)))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("m"))
t(lambda: type(ExceptionGroup("m", [KeyboardInterrupt()])))
t(lambda: type(BaseExceptionGroup("m", [ValueError()])).__name__)
t(lambda: type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
t(lambda: str(ExceptionGroup("one", [ValueError()])))
match, rest = eg.split(ValueError)
t(lambda: (repr(match), repr(rest)))
match, rest = eg.split(lambda x: isinstance(x, TypeError))
t(lambda: (repr(match), repr(rest)))
t(lambda: eg.split(OSError))
t(lambda: repr(eg.subgroup(ValueError)))
t(lambda: eg.subgroup(KeyError))
t(lambda: eg.subgroup(lambda x: True) is eg)
t(lambda: eg.split(5))
t(lambda: repr(eg.derive([KeyError(1)])))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
t(lambda: repr(nested.subgroup(ValueError)))
t(lambda: [repr(x) for x in nested.split(TypeError)])

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "*", excs)
meg = MyEG("mine", [ValueError(1), TypeError(2)])
t(lambda: (repr(meg), type(meg).__name__))
t(lambda: [repr(x) for x in meg.split(ValueError)])
class EGNoDerive(ExceptionGroup):
    pass
x = EGNoDerive("nd", [ValueError(1), TypeError(2)])
t(lambda: [repr(y) for y in x.split(ValueError)])
class EGWithNew(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        obj = super().__new__(cls, message, excs)
        obj.extra = extra
        return obj
    def __init__(self, message, excs, extra):
        super().__init__(message, excs)
    def derive(self, excs):
        return EGWithNew(self.message, excs, self.extra)
w = EGWithNew("w", [ValueError(1), KeyError(2)], "EXTRA")
t(lambda: (w.extra, w.args, w.split(KeyError)[0].extra))
t(lambda: type(ExceptionGroup.__new__(MyEG, "a", [ValueError()])).__name__)

eg.__notes__ = ["group note"]
sub = eg.subgroup(ValueError)
t(lambda: sub.__notes__)

def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as g:
        print("caught V", repr(g))
    except* (TypeError, KeyError) as g:
        print("caught TK", repr(g))
    return "done"
t(f)
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled V")
t(f)
def f():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("wrapped:", repr(g), repr(g.exceptions[0]))
t(f)
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("during")
t(f)
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
t(f)
def f():
    try:
        raise TypeError("t")
    except* 5:
        pass
t(f)
def f():
    try:
        raise MyEG("custom", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print("in handler", type(g).__name__, repr(g))
t(f)
def f():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError as g:
            raise
    except ExceptionGroup as outer:
        return repr(outer)
t(f)
e = ValueError()
g = ExceptionGroup("a", [e])
for c in ['e.with_traceback()', 'e.with_traceback(1,2)', 'e.__reduce__(1)', 'e.__setstate__()', 'e.__setstate__(1)', 'e.__setstate__({"a": 1}) or e.a', 'e.__setstate__(None)', 'g.derive()', 'g.split()', 'g.subgroup(1, 2)', 'g.derive(x=1)', 'g.split(x=1)', 'e.add_note(x=1)']:
    try: print(eval(c))
    except Exception as x: print(type(x).__name__, x)
print(sorted(k for k in vars(ValueError)), sorted(k for k in vars(KeyError)), sorted(vars(OSError))[:4])
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
for c in ['Exception.__init__(5)', 'ValueError.__init__(1)', 'KeyError.__str__(KeyError("k"))', 'ValueError.__new__(ValueError).args', 'KeyError.__new__(KeyError, 1).args']:
    try: print(eval(c))
    except Exception as x: print(type(x).__name__, x)
print(OSError(2, "x").__reduce__(), OSError(2, "x", "f").__reduce__(), OSError(2, "x", "f", None, "g").__reduce__())
e = FileNotFoundError(2, "nf", "p"); e.extra = 1
print(e.__reduce__(), OSError("one").__reduce__())
print(ImportError("m").__reduce__(), ImportError("m", name="n", path="p").__reduce__(), ModuleNotFoundError("q", name="z").__reduce__())
print(sorted(vars(OSError)), sorted(vars(ImportError)))
