# print calls str() on its arguments, which uses __str__, falling back to
# __repr__.
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

class Both:
    def __str__(self):
        return "str of Both"
    def __repr__(self):
        return "repr of Both"

print(OnlyRepr(), Both(), [Both()], (OnlyRepr(),))
print(1.0, 1e100, -0.0, 10 ** 20, "s", b"b", None)
