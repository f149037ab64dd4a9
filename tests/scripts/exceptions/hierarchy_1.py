# The built-in exception hierarchy, as CPython's.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (FileNotFoundError, OSError),
    (ModuleNotFoundError, ImportError), (UnicodeDecodeError, ValueError),
    (StopIteration, Exception), (GeneratorExit, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (TypeError, ValueError),
    (AssertionError, Exception), (IndentationError, SyntaxError),
    (TabError, IndentationError), (DeprecationWarning, Warning),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print([c.__name__ for c in KeyError.__mro__])
print(ZeroDivisionError.__bases__)
