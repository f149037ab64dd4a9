# Too many positional sub-patterns for a class is a TypeError; a non-class
# in a class pattern is a TypeError too.
class Plain:
    pass

try:
    match Plain():
        case Plain(x):
            print("matched", x)
except TypeError as e:
    print(e)

class Two:
    __match_args__ = ("a",)
    a = 1

try:
    match Two():
        case Two(p, q):
            pass
except TypeError as e:
    print(e)

not_a_class = len
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print(e)
