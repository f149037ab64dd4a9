# Closures see the variable, not its value at creation: all three lambdas
# see the last i; a default argument captures the value.
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
