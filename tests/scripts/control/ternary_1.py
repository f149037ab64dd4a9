# Conditional expressions evaluate only the chosen branch; they nest to the
# right.
def loud(v):
    print("evaluated", v)
    return v

print(loud("yes") if True else loud("no"))
print(loud("yes") if 0 else loud("no"))
for n in (-5, 0, 5):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
