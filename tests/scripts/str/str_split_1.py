# split, rsplit, splitlines, partition
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  a  b c  ".split(), "  a  b c  ".split(None, 1), "  a  b c  ".rsplit(None, 1))
print("a<>b<>c".split("<>"), "abc".split("x"), "".split(), "".split(","))
print("x\u2003y\x1cz\x85w".split())
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h".splitlines())
print("a\nb\r\n\n".splitlines(True), "".splitlines())
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
for f in [lambda: "a".split(""), lambda: "a".partition(""), lambda: "a".split(1)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
