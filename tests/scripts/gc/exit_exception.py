# an uncaught exception: its traceback first, then __del__ at exit
class C:
    def __del__(self):
        print("del C")
c = C()
print("before")
raise KeyError("k")
