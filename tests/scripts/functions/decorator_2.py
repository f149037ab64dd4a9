# A decorator factory (a decorator with arguments), and decorators applied
# bottom-up.
def tag(name):
    def deco(fn):
        def wrapper():
            return "<%s>%s</%s>" % (name, fn(), name)
        return wrapper
    return deco

@tag("b")
@tag("i")
def text():
    return "hi"

print(text())

order = []
def record(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco

@record("outer")
@record("inner")
def f():
    pass

print(order)
