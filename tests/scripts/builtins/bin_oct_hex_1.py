# bin, oct, hex of positive, negative, zero and big ints; of bools;
# __index__ is required.
for n in [0, 5, -5, 255, 2 ** 70, True]:
    print(bin(n), oct(n), hex(n))
try:
    hex(1.5)
except TypeError as e:
    print(e)
