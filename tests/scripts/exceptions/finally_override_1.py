# return or break in finally discards the exception in flight; an
# exception in finally replaces it (with the first as context).
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally returned"

print(swallow())
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        break
print("loop broke, exception gone, i =", i)
try:
    try:
        raise KeyError("first")
    finally:
        raise TypeError("second")
except TypeError as e:
    print(e, "context:", repr(e.__context__))
