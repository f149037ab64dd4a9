# NameError: a close builtin name is suggested.
prnt("x")
