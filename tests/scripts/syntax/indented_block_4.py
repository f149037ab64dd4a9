# lemonpy: stderr=all
class C:
