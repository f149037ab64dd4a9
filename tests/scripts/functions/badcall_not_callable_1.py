# Calling something that is not callable.
for v in [5, "s", None, [1], (1,)]:
    try:
        v()
    except TypeError as e:
        print(e)
