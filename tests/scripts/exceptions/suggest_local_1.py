# NameError: a close local name is suggested (Did you mean).
def f():
    counter = 1
    return countr
f()
