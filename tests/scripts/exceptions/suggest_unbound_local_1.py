# UnboundLocalError gets no suggestion (only NameError exactly).
def g():
    xx = 1
    del xx
    return xx
g()
