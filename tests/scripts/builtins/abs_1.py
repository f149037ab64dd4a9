# abs of ints (small and big), floats, complex, bool; error for str.
print(abs(-5), abs(5), abs(0), abs(-2 ** 100))
print(abs(-1.5), abs(-0.0), abs(3 + 4j), abs(True))
try:
    abs("x")
except TypeError as e:
    print(e)
