# bool: the two singletons, arithmetic as ints, & | ^ stay bool.
print(True, False, repr(True), str(False), type(True))
print(True + True, True - False, True * 10, True / 2, True // 1, -True, ~True, ~False, +True)
print(True & True, True | False, True ^ True, True & 1, False | 2, 3 ^ True)
print(True == 1, False == 0, True == 1.0, True is True, bool(0), bool(1), bool(''), bool([1]))
print(bool(), bool(None), bool(0.0), bool(0j), bool(float('nan')), bool('a'))
print(hash(True), hash(False), isinstance(True, int), issubclass(bool, int))
print(int(True), float(True), complex(True), abs(True), True ** 2, divmod(True, True))
print(True < 2, False > -1, max(True, False), True.real, True.imag, True.numerator)
print(format(True), format(True, 'd'), format(True, '>5'), '%d' % True, f'{True}')
try:
    bool(1, 2)
except TypeError as e:
    print(e)
try:
    bool(x=1)
except TypeError as e:
    print(e)
