# A generator's finally runs when it is exhausted normally, and a with
# block inside a generator exits when the generator finishes.
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit")

def gen():
    try:
        with CM():
            yield 1
            yield 2
    finally:
        print("finally")

for v in gen():
    print("got", v)
print("after")
