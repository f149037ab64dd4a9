# A class statement calls __build_class__, which runs the body and creates
# the class; the body runs once, at definition time.
print(callable(__build_class__))
class C:
    print("body runs")
    x = 1
print("after class", C.x, C.__name__, C.__qualname__)
D = __build_class__(lambda: None, "D")
print(D.__name__, type(D).__name__)
