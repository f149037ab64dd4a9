# format() and f-strings of ints.
specs = ['', 'd', '5', '<5', '^6', '=+8', '+', ' ', 'b', '#b', 'o', '#o', 'x', '#x', 'X', '#X',
         '#010b', ',', '_', '010,', '08,', '09_', '_x', '#_o', 'c', '>3c', 'n', 'e', '.3e', 'f',
         '.2f', '%', 'g', 'G', 'x<10', '^+11,', '0=10,', '*^9']
for v in (0, 1, -1, 65, 255, -255, 1234, -1234, 123456789, 10 ** 30):
    print(v, [format(v, s) for s in specs if not (s.endswith('c') and (v < 0 or v > 0x10ffff))])
print(f'{255:#x} {255:08b} {-42:+d} {1234567:,} {1234567:_} {3:>{4}} {10**20:e}')
print('{:d} {:x} {:,}'.format(42, 255, 10 ** 10), '%d %5d %-5d| %x %o %e' % (1, 2, 3, 255, 8, 10))
for s in ('.2', 'z', 's', 'abc', ',x', '+c', '#c', ',c', '=c', '99999999999999999999', ',n'):
    try:
        print(format(65, s))
    except ValueError as e:
        print('ValueError:', e)
try:
    format(0x110000, 'c')
except OverflowError as e:
    print('OverflowError:', e)
