# __exit__ returning a true value suppresses the exception.
class Suppress:
    def __init__(self, kind):
        self.kind = kind
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.kind)

with Suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("not reached")
print("suppressed, going on")
try:
    with Suppress(ZeroDivisionError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
