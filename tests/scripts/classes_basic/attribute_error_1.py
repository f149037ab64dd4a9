# Missing attributes on instances and classes raise AttributeError.
class Thing:
    x = 1

t = Thing()
try:
    t.y
except AttributeError as e:
    print(e)
try:
    Thing.z
except AttributeError as e:
    print(e)
try:
    t.method()
except AttributeError as e:
    print(e)
