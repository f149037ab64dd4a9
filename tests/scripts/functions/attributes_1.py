# Function attributes: __name__, __qualname__, __doc__, __module__,
# arbitrary attributes.
def outer():
    """Outer's docstring."""
    def inner():
        pass
    return inner

i = outer()
print(outer.__name__, outer.__qualname__)
print(i.__name__, i.__qualname__)
print(outer.__doc__)
print(i.__doc__)
print(outer.__module__)
outer.tag = 42
print(outer.tag)
print(type(outer).__name__)
