# f-strings: expressions, conversions, format specs, nested fields, the =
# specifier, braces.
name, n, x = "Ann", 42, 3.14159
print(f"{name} is {n}", f"{n:>6}|", f"{x:.2f}", f"{name!r}", f"{n:#x}")
print(f"{n = }", f"{x * 2 = :.1f}", f"{{literal}}", f"{'nested ' + name}")
width = 8
print(f"[{name:^{width}}]", f"{[1, 2][1]}", f"{ {'k': 1}['k'] }")
print(f"{n:,}", f"{1234567.891:,.2f}", f"{0.25:.0%}", f"{-5:05d}")
