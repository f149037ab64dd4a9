# SystemExit can be caught; its code attribute holds the argument.
import sys
for arg in [(), (0,), (5,), ("text",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, "->", repr(e.code))
for exc in [SystemExit, SystemExit(1, 2)]:
    try:
        raise exc
    except BaseException as e:
        print(type(e).__name__, repr(e.code))
print("still running")
raise SystemExit(False)
