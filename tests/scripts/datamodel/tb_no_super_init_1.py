# lemonpy: stderr=all
# traceback of a user exception: no super init
class E(Exception):
    def __init__(self, a, b):
        self.a = a
e = E(1, 2)
print(e.args, str(e), repr(e))
class F(Exception):
    def __repr__(self): raise ValueError
try:
    print(repr(F()))
except ValueError:
    print("repr raised")
raise E(3, 4)
