# Evaluation order inside comprehensions: clauses nest left to right.
def show(tag, v):
    print(tag, v)
    return v

r = [show("expr", (x, y)) for x in show("outer", [1, 2]) if show("cond", x) for y in show("inner", "ab")]
print(r)
