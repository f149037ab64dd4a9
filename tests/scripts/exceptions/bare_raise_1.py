# A bare raise re-raises the exception being handled, also from a function
# called inside the handler.
def reraise():
    raise

try:
    try:
        raise ValueError("again")
    except ValueError:
        print("handling, re-raising")
        raise
except ValueError as e:
    print("outer caught", e)
try:
    try:
        raise KeyError("k")
    except KeyError:
        reraise()
except KeyError as e:
    print("re-raised from a function:", repr(e))
