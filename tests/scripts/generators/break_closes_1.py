# Leaving a for loop early leaves the generator suspended; finally runs
# when it is closed explicitly.
def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup")

g = gen()
for v in g:
    if v == 2:
        break
print("after loop", v)
g.close()
print("done")
