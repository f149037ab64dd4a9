# gi_running, gi_frame and gi_code: a frame exists until the generator
# finishes; gi_running is true only while it runs.
def gen():
    yield g.gi_running

g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
print(next(g))
print(g.gi_frame is not None)
print(list(g), g.gi_frame)
h = gen()
h.close()
print(h.gi_frame)
