# Keyword arguments may come in any order and mix with positional ones.
def show(a, b, c):
    print("a=%r b=%r c=%r" % (a, b, c))

show(1, 2, 3)
show(c=3, a=1, b=2)
show(1, c=3, b=2)
show(*[1, 2], c=3)
