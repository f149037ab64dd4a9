# Bad calls of lambdas name them <lambda>.
f = lambda x, y: x
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
