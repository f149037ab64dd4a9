# Loops, break/continue through try/finally and with, else clauses.
def loops():
    out = []
    for i in range(6):
        if i == 1:
            continue
        if i == 4:
            break
        out.append(i)
    else:
        out.append("no")
    n = 0
    while n < 3:
        n += 1
    else:
        out.append("while-else")
    return out
print(loops())

def through_finally():
    log = []
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            log.append(i)
        finally:
            log.append("f%d" % i)
    return log
print(through_finally())

def ret_in_finally():
    try:
        return "body"
    finally:
        print("finally runs")
print(ret_in_finally())

def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())

class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.name == "swallow"

def with_break():
    for i in range(3):
        with CM("a%d" % i) as c:
            if i == 1:
                break
            print("body", c.name)
    with CM("swallow"):
        raise ValueError("x")
    print("after swallow")
    with CM("x"), CM("y") as y:
        print("two", y.name)
    def inner():
        with CM("ret"):
            return 5
    print(inner())
with_break()

def nested(n):
    while True:
        try:
            try:
                if n > 2:
                    raise KeyError(n)
                return n
            except KeyError as e:
                print("key", e)
                n -= 1
                continue
        finally:
            print("outer finally", n)
print(nested(4))
x = 0
while x < 10:
    x += 3
    if x == 6: continue
    print("x", x)
print([a and b or c for a in (0, 1) for b in (0, 2) for c in (3,)])
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2 >= 1)
if not (1 < 2 < 3 and 2 != 2) or None:
    print("chained ok")
print("yes" if 0 else "no", "y" if [] or {1} else "n")
