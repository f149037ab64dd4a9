# lemonpy: stderr=all
def 1f(): pass
