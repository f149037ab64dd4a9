# lemonpy: stderr=all
# raise ... from None: only the last exception is shown.
try:
    [][0]
except IndexError:
    raise ValueError("clean message") from None
