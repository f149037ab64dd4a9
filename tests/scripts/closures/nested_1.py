# A free variable passes through an intermediate function that does not use
# it itself.
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()

print(outer()())

def levels():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            return a + b + c
        return l3()
    return l2()

print(levels())
