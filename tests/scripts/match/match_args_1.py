# __match_args__ can be shorter than the attributes; keyword and positional
# sub-patterns combine.
class Box:
    __match_args__ = ("w", "h")
    def __init__(self, w, h, color):
        self.w, self.h, self.color = w, h, color

for b in [Box(1, 2, "red"), Box(3, 3, "blue"), Box(1, 5, "blue")]:
    match b:
        case Box(1, h, color="red"):
            print("red w1 h", h)
        case Box(w, h) if w == h:
            print("square", w)
        case Box(w, color=c):
            print("box w", w, c)
