# lemonpy: stderr=all
# An uncaught exception group: nested frames, chains and notes inside.
def f():
    raise ValueError(1)
try:
    f()
except ValueError as e:
    v = e
try:
    raise KeyError('x')
except KeyError as k:
    try:
        raise TypeError(2)
    except TypeError as t:
        tt = t
inner = ExceptionGroup("inner", [tt, OSError(2, 'x')])
inner.add_note("inner note")
raise ExceptionGroup("eg", [v, inner, RuntimeError()])
