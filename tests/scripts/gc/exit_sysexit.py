# sys.exit: the frames' objects are finalized first, then the globals;
# __del__ still sees the module's globals
import sys
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n, "x" in globals())
x = C("x")
def g():
    y = C("y")
    sys.exit(3)
g()
