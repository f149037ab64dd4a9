# str() of various objects
class A:
    def __str__(self):
        return "A!"
class B:
    def __repr__(self):
        return "B?"
print(str(), str(1), str(1.5), str(None), str(True), str([1, "a"]), str(b"x"), str(bytearray(b"y")))
print(str(A()), str(B()), str("\u20ac"), str(object="o"), repr(str("")))
print(type(str(1)) is str, str("abc") == "abc")
