# a generator that has not started yet already has a frame (gi_frame is not None)
def g():
    yield 1
it = g()
print(it.gi_frame is not None, it.gi_running)
next(it)
print(it.gi_frame is not None)
for _ in it:
    pass
print(it.gi_frame)
