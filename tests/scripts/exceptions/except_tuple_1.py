# except (A, B) as e catches any of the listed types.
def risky(n):
    if n == 0:
        return 1 / n
    if n == 1:
        return [][1]
    if n == 2:
        return {}["k"]
    return int("nope")

for n in range(4):
    try:
        risky(n)
    except (ZeroDivisionError, IndexError) as e:
        print("first handler:", type(e).__name__, e)
    except (KeyError, ValueError) as e:
        print("second handler:", type(e).__name__, e)
