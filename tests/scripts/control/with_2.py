# An exception in a with block reaches __exit__ with its type, value and
# traceback; returning a false value lets it propagate.
class Watch:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__, exc, tb is not None)
        return None

try:
    with Watch():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
