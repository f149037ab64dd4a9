# an exception in __del__ is reported on stderr ("Exception ignored in")
# and the program goes on
import gc
class Bad:
    def __del__(self):
        print("in __del__")
        raise ValueError("boom in del")
b = Bad()
del b
gc.collect()
print("still running")
class Bad2(Bad):
    pass
x = Bad2()
x = None
gc.collect()
print("end")
