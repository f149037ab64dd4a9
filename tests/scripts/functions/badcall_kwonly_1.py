# Missing keyword-only arguments; too many positionals with keyword-only
# parameters present.
def f(a, *, k, m):
    pass

try:
    f(1, m=2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, k=3, m=4)
except TypeError as e:
    print(e)
