# object.__format__ / object.__sizeof__ argument-count errors
for x in [[], {}, object(), None, (), range(1), set()]:
    for call in [lambda: x.__format__(), lambda: x.__format__("", ""), lambda: object.__format__(x),
                 lambda: object.__sizeof__(x, 2), lambda: x.__format__(spec="")]:
        try:
            call()
            print("ok")
        except TypeError as e:
            print(type(x).__name__, e)
