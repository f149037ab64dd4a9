# The name bound by except ... as is deleted when the handler ends, even if
# it existed before.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print(err)

def f():
    try:
        raise KeyError
    except KeyError as exc:
        pass
    return exc

try:
    f()
except UnboundLocalError as err:
    print(err)
