# If __enter__ raises, __exit__ is not called; an exception in __exit__
# replaces the one from the block.
class BadEnter:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("exit called?")

try:
    with BadEnter():
        print("body")
except ValueError as e:
    print(e)

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("exit failed")

try:
    with BadExit():
        raise KeyError("block")
except TypeError as e:
    print(e, "| context:", repr(e.__context__))
