# An argument given both by position and by keyword; a keyword repeated
# through ** unpacking.
def f(a, b):
    pass

try:
    f(1, a=2)
except TypeError as e:
    print(e)
try:
    f(1, **{"b": 2}, **{"b": 3})
except TypeError as e:
    print(e)
