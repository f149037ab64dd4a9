# format() with format specs for ints, floats and strings.
print(format(42, "05d"), format(42, "x"), format(42, "#b"), format(1234567, ","))
print(format(3.14159, ".2f"), format(0.5, "%"), format(12345.678, "e"), format(1.0, "g"))
print(format("hi", ">5") + "|", format("hi", "^6") + "|", format("hi", "*<4"))
print(format(-7, "+d"), format(7, " d"), format(255, "X"), format(3))
print(f"{'a'!r:>5}", f"{12:{'>'}{6}}", "{:08.3f}".format(-3.5))
