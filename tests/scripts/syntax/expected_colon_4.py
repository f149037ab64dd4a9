# lemonpy: stderr=all
class C
    pass
