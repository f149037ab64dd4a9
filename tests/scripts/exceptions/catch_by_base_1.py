# Handlers for a base class catch subclasses; Exception does not catch
# SystemExit or KeyboardInterrupt.
for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError("z")]:
    try:
        raise exc
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__)
for exc in [SystemExit(2), KeyboardInterrupt()]:
    try:
        try:
            raise exc
        except Exception:
            print("Exception caught it (wrong)")
    except BaseException as e:
        print("only BaseException caught", type(e).__name__)
