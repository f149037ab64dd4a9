import gc
class Base: pass
count = 0
def make():
    global count
    class Sub(Base):
        def __del__(self):
            global count
            count += 1
            # touches its class while finalizing
            type(self).__name__
    return Sub()
for i in range(200):
    make()
gc.collect(); gc.collect()
print(count >= 150, len(Base.__subclasses__()) < 150)
Base.__repr__ = lambda self: "base repr"
class Last(Base): pass
print(repr(Last()))
