# Arguments are evaluated left to right, before the call.
def val(x):
    print("eval", x)
    return x

def f(*args, **kwargs):
    print("call", args, kwargs)

f(val(1), val(2), k=val(3), *[val(4)], **{"m": val(5)})
