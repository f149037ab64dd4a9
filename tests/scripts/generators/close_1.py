# close() raises GeneratorExit at the yield; finally blocks run; closing
# again or closing a finished generator does nothing.
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")

g = gen()
print(next(g))
g.close()
g.close()
print(next(g, "closed"))
unstarted = gen()
unstarted.close()
print("unstarted closed quietly")
