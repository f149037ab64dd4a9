# ExceptionGroup basics: construction checks, str, subgroup, split, derive.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ExceptionGroup("m", [ValueError(1), TypeError(2)]))
t(lambda: str(ExceptionGroup("m", [ValueError(1)])))
t(lambda: type(BaseExceptionGroup("m", [ValueError(1)])).__name__)
t(lambda: type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
t(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup(1, [ValueError(1)]))
t(lambda: ExceptionGroup("m", 3))
t(lambda: ExceptionGroup("m", []))
t(lambda: ExceptionGroup("m", [3]))
t(lambda: ExceptionGroup("m"))
print([c.__name__ for c in ExceptionGroup.__mro__])
e = ExceptionGroup("m", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3)])])
print(repr(e.subgroup(ValueError)))
print(e.split(TypeError))
print(e.split(lambda x: isinstance(x, ValueError)))
print(e.derive([KeyError(1)]))
print(repr(e.subgroup(KeyError)), e.subgroup(Exception) is e)
t(lambda: e.subgroup(3))
print(e.message, e.exceptions)
try:
    raise ExceptionGroup("g", [ValueError("v")])
except Exception as x:
    print("caught as Exception:", type(x).__name__)
