# lemonpy: stderr=all
class C(x for x in y): pass
