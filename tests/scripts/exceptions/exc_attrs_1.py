# BaseException: args, str, repr, __traceback__/__cause__/__context__ checks.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ValueError(x=1))
t(lambda: (str(ValueError()), str(ValueError(1)), str(ValueError(1, 2))))
t(lambda: (repr(ValueError()), repr(ValueError("x")), repr(ValueError(1, 2))))
t(lambda: (str(KeyError("k")), str(KeyError("k", 2)), repr(KeyError("k"))))
t(lambda: ValueError().with_traceback(3))
t(lambda: setattr(ValueError(), "__traceback__", 3))
t(lambda: setattr(ValueError(), "__cause__", 3))
t(lambda: setattr(ValueError(), "__context__", 3))
t(lambda: setattr(ValueError(), "args", 3))
t(lambda: delattr(ValueError(), "args"))
t(lambda: delattr(ValueError(), "__traceback__"))
t(lambda: ValueError().__suppress_context__)
t(lambda: ValueError().add_note(3))
t(lambda: ValueError().__notes__)
e = ValueError(1)
e.args = [2, 3]
print(e.args, e.__cause__, e.__context__, e.__traceback__)
e.__cause__ = KeyError()
print(e.__suppress_context__, repr(e.__cause__))
e.add_note("n")
print(e.__notes__)
