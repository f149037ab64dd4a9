# a suspended generator dropped is closed: its finally blocks and
# context managers run
import gc
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)
g = gen("a")
print(next(g))
del g
gc.collect()
print("after a")
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False
def with_gen():
    with CM():
        yield "x"
        yield "y"
w = with_gen()
print(next(w))
w = None
gc.collect()
print("after with")
fresh = gen("never started")
del fresh
gc.collect()
print("fresh dropped")
done = gen("done")
print(list(done))
del done
gc.collect()
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit caught")
        raise
c = catcher()
next(c)
del c
gc.collect()
print("end")
