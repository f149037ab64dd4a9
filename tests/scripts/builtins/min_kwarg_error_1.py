# min()/max() with an unknown keyword
for f in (min, max):
    try:
        f(iterable=[1])
    except TypeError as e:
        print(e)
