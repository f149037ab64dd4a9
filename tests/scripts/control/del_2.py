# Deleting a local makes later reads fail with UnboundLocalError; deleting
# an unbound name fails too.
def f():
    x = 1
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print(e)
    try:
        del x
    except UnboundLocalError as e:
        print(e)
f()
try:
    del never_defined
except NameError as e:
    print(e)
