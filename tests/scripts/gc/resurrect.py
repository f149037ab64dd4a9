# __del__ may resurrect its object (PEP 442); it is never called twice
import gc
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        saved.append(self)
p = Phoenix("p")
print(gc.is_finalized(p))
del p
gc.collect()
print(len(saved), saved[0].name, gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print("cleared, no second __del__")
q = Phoenix("q")
del q
gc.collect()
r = saved.pop()
print(r.name, gc.is_finalized(r))
del r
gc.collect()
print(gc.is_finalized(1), gc.is_finalized([]))
print("end")
