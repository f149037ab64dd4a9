# str.format: positional, numbered, named, attribute and index fields,
# conversions, format specs.
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} {0}".format("pos", name="kw"))
print("{0[1]} {0[k]}".format({1: "one", "k": "kay"}))
print("{0.real} {0.imag}".format(3 + 4j))
print("{!r:>10}|{:<6}|{:^7.2f}|".format("s", "left", 2.5))
print("{:b} {:o} {:08.3e}".format(5, 64, 1234.5))
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{missing}".format()
except KeyError as e:
    print(repr(e))
