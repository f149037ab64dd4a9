# and/or return one of their operands and stop evaluating early.
def v(x):
    print("eval", repr(x))
    return x

print(v(0) and v(1))
print(v(2) and v(3))
print(v("") or v("default"))
print(v("set") or v("unused"))
print(None or 0 or [] or "last")
print(1 and "a" and [])
print(not 0, not "x", not [])
