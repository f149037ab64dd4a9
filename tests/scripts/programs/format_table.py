# Formatting tables with format specs, % and str.format.
rows = [
    ("Widget", 3, 4.5, -0.000123),
    ("Gadget extraordinaire", 12, 1234567.891, 1e21),
    ("Thing", -7, 0.1 + 0.2, float("inf")),
    ("Nil", 0, -0.0, float("nan")),
]
for name, n, x, y in rows:
    print(f"|{name:<12.12}|{n:+5d}|{x:>14,.3f}|{y:>12.4g}|{y:e}|{x:%}|")
for name, n, x, y in rows:
    print("|%-12.12s|%+5d|%14.3f|%12.4g|%r|" % (name, n, x, y, x))
for name, n, x, y in rows:
    print("|{0:^12}|{1:#x}|{1:#o}|{1:#b}|{2!r:>25}|{3}|".format(name[:12], n, x, y))
print(format(12345.6789, "_.2f"), format(255, "08b"), format(255, "X"), format(-255, "#06x"))
print(format(3.14159, ".0f"), format(2.5, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"))
print(f"{1e16:.1f} {1e-7} {1.5e300 * 1e10} {123456789012345678.0} {0.1:.20f}")
print(f"{'x':*^9} {'y':->5} {'z':_<4}|")
print(f"{42:=+8} {-42:=8} {42:08.2f} {-3.5:010.3f}")
print(f"{10**20:,} {-(10**15):_d} {1234.5:,.1f}")
print("%5s|%-5s|%05d|%x|%X|%o|%e|%E|%g|%G|%c|%%" % ("ab", "cd", 42, 255, 255, 8, 12345.678, 0.000012, 1e-5, 1e20, 65))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%.3s|%*d|%-*d|" % ("abcdef", 5, 42, 4, 7))
print("{:>{w}.{p}f}".format(3.14159265, w=12, p=4))
print("{0[1]} {1[key]} {2.real}".format([1, 2], {"key": "v"}, 3 + 4j))
print("{!s:>6}{!r:>6}{!a}".format("a", "b", "é"))
print(f"{3+4j} {complex(1.5, -2)} {1j*1j} {(1+2j)*(3-1j)}")
print(f"{True} {None} {[1, 'a', (2,)]} {{'lit'}}")
print(f"{'nested ' + f'{5:03}'!r}")
pi = 3.141592653589793
for p in range(0, 10, 3):
    print(f"{pi:.{p}f} {pi:.{p}e} {pi:.{p}g} {pi * 1e6:.{p}g}")
print(f"{0:.3g} {100000:g} {1000000:g} {1e-4:g} {1e-5:g} {123.456:.2g}")
print(repr(1.0), repr(1e100), repr(2.0 ** 0.5), repr(1 / 3), str(1e-10), 1e15, 1e16, 12345678.9)
print(round(2.675, 2), round(0.125, 2), round(1234.5), round(1235.5), round(-0.5), round(7, -1), round(15, -1), round(25, -1))
print(int(3.99), int(-3.99), float("  12.5 "), float("-inf"), int("  -42 "), int("ff", 16), int("0b101", 0), int("1_000"))
print(str(0.1 + 0.7), 0.1 * 3, 1.1 * 1.1, 2 / 3, 10 / 4, 7 // 2.0, -7 % 3.0, 2 ** -1, 2 ** 0.5)
print(format(1234, "n"), format(0.000001234, "n"), format(1e300, ".3"), format(12.0, ""), format(12.0, "g"))
print("{:,}".format(1234567.125), "{:.2%}".format(0.12345), "{:10.3e}|".format(-1234.5))
print(ascii("naïve ☃"), repr("tab\there\n'q'\"d\""), repr('it\'s'), repr("\x00\x7f\u200b"))
