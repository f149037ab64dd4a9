# huge repetitions of str and bytes
def show(f):
    try:
        print('ok', len(f()))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))

show(lambda: 'ab' * (2**62))
show(lambda: b'ab' * (2**62))
show(lambda: bytearray(b'ab') * (2**62))
show(lambda: 'a' * (2**62))
show(lambda: 'a' * (2**63))
show(lambda: 'a' * 2.0)
show(lambda: 'abc' * True)
show(lambda: b'x' * 3)
