# An unhandled exception runs finally blocks on its way out, innermost
# first.
def f():
    try:
        try:
            raise ValueError("deep")
        finally:
            print("inner finally")
    finally:
        print("outer finally")

try:
    f()
except ValueError as e:
    print("caught", e)
