# RecursionError from mutual recursion and from a recursive method; after
# catching it, recursion works again to the normal depth.
def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

class Tree:
    def walk(self):
        return self.walk()

for f in (lambda: ping(0), Tree().walk):
    try:
        f()
    except RecursionError as e:
        print(type(e).__name__, e)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(800))
