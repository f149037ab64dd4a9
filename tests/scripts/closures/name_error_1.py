# An undefined name raises NameError, caught or uncaught.
try:
    print(undefined_name)
except NameError as e:
    print(e)

def f():
    return also_missing

try:
    f()
except NameError as e:
    print(e)
print(not_there)
