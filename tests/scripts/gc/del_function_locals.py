# inside a function: rebinding a local, a loop variable, del and the return
# finalize as CPython's reference counting does
class R:
    def __init__(self, n): self.n = n; print("open", n)
    def __del__(self): print("close", self.n)
def main():
    r = R(1)
    r = R(2)
    print("rebound")
    for i in range(3):
        t = R(i + 10)
    print("loop done")
    items = [R(20), R(21)]
    for it in items:
        print("item", it.n)
    print("items loop done")
    x = R(30)
    del x
    print("end main")
main()
print("after main")
