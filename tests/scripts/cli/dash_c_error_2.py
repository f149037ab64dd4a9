# lemonpy: args=-c "f = lambda: undefined; print('before'); f()"
# lemonpy: stderr=all
# A traceback through a lambda defined in -c code.
print("not executed")
