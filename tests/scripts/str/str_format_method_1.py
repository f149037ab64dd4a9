# str.format fields
class P:
    x = 3
    def __format__(self, spec):
        return "P<" + spec + ">"

print("{} {} {}".format(1, "a", [2]))
print("{1} {0} {1}".format("a", "b"))
print("{x} {y!r} {z:>4}".format(x=1, y="s", z="q"))
print("{0.x} {0[1]} {1[k]} {2[0][1]}".format(P(), "pq", {"k": "v"}, ["ab"]))
print("{:spec}".format(P()), "{!s:>3}".format(P()), "{0!a}".format("\u00e9"))
print("{{literal}} {0:{1}{2}}".format("c", ">", 4))
print("{:{w}.{p}}".format("abcdef", w=5, p=2))
print("{0[1a]}".format({"1a": 7}), "{00}".format(9))
print("{a}".format_map({"a": 1}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)))
