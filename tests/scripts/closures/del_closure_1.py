# Deleting a variable that a closure uses makes the closure's read fail.
def outer():
    v = "here"
    def read():
        return v
    print(read())
    del v
    try:
        read()
    except NameError as e:
        print(e)

outer()
