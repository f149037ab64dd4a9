# objects still alive at exit are finalized after the program's output,
# global names in the order they were bound, then the others
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
_under = C("_under")
a = C("a")
b = C("b")
items = [C("in list")]
def f():
    pass
f.attr = C("function attribute")
z = C("z")
print("end of program")
