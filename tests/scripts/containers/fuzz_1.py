# Found by scripts/fuzz_run.py: deleting a one-item extended slice whose
# step is huge, set.__sizeof__ arguments.
x = [1, 2, 3]
del x[100:1:-2**64]
print(x)
x = [1, 2, 3, 4]
del x[0:3:2**64]
print(x)
b = bytearray(b'abc')
del b[100:1:-2**64]
print(b)
b = bytearray(b'abcd')
del b[1::2**63]
print(b)
b = bytearray(b'abcd')
b[2::-2**70] = b''
print(b)
for s in (set(), frozenset()):
    try:
        s.__sizeof__(1)
    except TypeError as e:
        print(e)
