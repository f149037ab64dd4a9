# Chained generators pull values one at a time: the stages interleave.
def source():
    for i in range(3):
        print("source yields", i)
        yield i

def double(it):
    for v in it:
        print("double gets", v)
        yield v * 2

for out in double(source()):
    print("consumer gets", out)
