# bytearray slice assignment, deletion, insert, pop, remove, extend (random sequence)
ba = bytearray(b'abcdefgh')
try:
    ba[8] = -1
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[2::-2]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-8]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-10]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba += b'XYZ'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(65)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[5] = -1
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(300)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(range(3))
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[:-1:3]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(range(3))
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[-3:-1] = b'123456'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-9]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(12, 0)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(3, 256)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(range(3))
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(bytearray(b'qq'))
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[4]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[2:-3:1]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[5::-1]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(b'123456')
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(1, 256)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend([65, 66])
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.pop(7)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[3]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-3]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.pop(-10)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(7, 256)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[2:9:3]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-7]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[10] = -1
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(-3, 0)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[5:5:2] = b'XYZ'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[3:-1:2] = b'XYZ'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(b'123456')
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(b'123456')
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[-7::2] = bytearray(b'qq')
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[0]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(120)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(65)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[1:-7] = b''
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[:9:2] = b'x'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(b'XYZ')
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-2]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-7:2:-1]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.pop(-6)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(bytearray(b'qq'))
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba += b'123456'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(300)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[7]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[:9:-2] = bytearray(b'qq')
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[-1] = 256
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(4, 97)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(120)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[3:] = b'XYZ'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[3:] = [65, 66]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-7:2:-2]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.pop(1)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-2]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba += b''
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-9]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[2:1] = range(3)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba += b'XYZ'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[9]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.pop(-5)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.pop(-5)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.pop(1)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-2]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(0, 0)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[:-1] = b'XYZ'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(65)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(-5, 97)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[3:-3:1]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[0]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.pop(-3)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba += b'123456'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-3:2:2]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[4]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(-5, 0)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[9:] = b'XYZ'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-5]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(-2, 256)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[:2:-1] = bytearray(b'qq')
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(4, 97)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba += b'XYZ'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(b'XYZ')
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend([65, 66])
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(b'')
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(b'x')
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[-10] = 256
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[6]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend([65, 66])
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[-9] = 256
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(120)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(120)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[-8] = -1
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(-9, 0)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[-7:9] = b'x'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend([65, 66])
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[-7:5] = range(3)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[-1:9:-2] = b'x'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[9:9] = bytearray(b'qq')
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[:-3] = b'XYZ'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[1:9:-2]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[2:] = b'x'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[9:-3:-1] = b'x'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(-8, 0)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba += range(3)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[2]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[1:] = b'XYZ'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[6]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(300)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[5:2] = b'123456'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[-7:-1] = b''
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[-7:-3:3] = b''
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[9:9:3] = b'XYZ'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[2:-3:-1]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(range(3))
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend([65, 66])
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(-1, 97)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[0] = 256
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[-1:9:2] = range(3)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(b'123456')
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[:-1:2] = b'XYZ'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba += [65, 66]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(300)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[:3] = b''
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.pop(10)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba += b'123456'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.pop(3)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(bytearray(b'qq'))
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[:] = [65, 66]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(10, 256)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[3::3] = b'x'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[2:2] = [65, 66]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.insert(-9, 97)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[9:3:2] = range(3)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.pop(8)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(97)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-10]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba += b'x'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[2] = 0
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(97)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    del ba[-7]
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.extend(b'x')
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[2:-3] = b''
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[5:1:-2] = b'123456'
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba[-7::-1] = b''
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(97)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
try:
    ba.remove(97)
    print(ba)
except Exception as ex:
    print(type(ex).__name__, ex)
if len(ba) > 40: ba = bytearray(b'abcdefgh')
