# print rejects non-string sep and end, and unknown keywords.
for kwargs in [{"sep": 5}, {"end": []}, {"bogus": 1}]:
    try:
        print("x", **kwargs)
    except TypeError as e:
        print(e)
