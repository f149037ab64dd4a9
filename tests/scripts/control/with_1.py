# with calls __enter__, binds its result with as, and calls __exit__ with
# three Nones when the block ends normally.
class Resource:
    def __enter__(self):
        print("enter")
        return "the resource"
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type, exc, tb)

with Resource() as r:
    print("using", r)
with Resource():
    print("no target")
print("after")
