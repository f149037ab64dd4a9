# bytearray mutation
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba += b"ij"
print(ba, len(ba))
ba[0] = 65
ba[-1] = 74
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(1, 120)
ba.remove(99)
print(ba)
ba[1:3] = b"XYZ"
print(ba)
ba[::2] = b"1234"
print(ba)
del ba[0]
del ba[::3]
print(ba)
ba.reverse()
print(ba, ba.copy(), ba * 2)
ba *= 2
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("ab", "ascii"))
def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: bytearray(b"a").append(256))
show(lambda: bytearray(b"a").append("a"))
show(lambda: bytearray(b"a").extend(1))
show(lambda: bytearray().pop())
show(lambda: bytearray(b"a").pop(5))
show(lambda: bytearray(b"a").remove(5))
x = bytearray(b"abcd")
def setslice():
    x[::2] = b"1"
show(setslice)
