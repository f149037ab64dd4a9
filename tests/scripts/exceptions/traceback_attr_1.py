# __traceback__ links the frames an exception passed through; with_traceback.
def inner():
    raise ValueError("tb")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
    e2 = KeyError("new").with_traceback(e.__traceback__)
    print(e2.__traceback__ is e.__traceback__)
print(ValueError().__traceback__)
