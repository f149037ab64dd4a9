# str, bytes and bytearray subclasses
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hello")
s.attr = 5
print(s, repr(s), s.shout(), s.attr, type(s).__name__, len(s), s + "x", type(s + "x").__name__)
print(s == "hello", hash(s) == hash("hello"), {s: 1}["hello"], s[1:3], type(s[1:3]).__name__, isinstance(s, str))
print(str(s), type(str(s)).__name__, "%s" % s, f"{s}", "{}".format(s), s.upper(), type(s.upper()).__name__)
class B(bytes):
    pass
b = B(b"abc")
b.x = 1
print(b, b.x, len(b), b[0], type(b).__name__, b + b"d")
class BA(bytearray):
    pass
ba = BA(b"xy")
ba.append(65)
ba.q = 2
print(ba, ba.q)
class E(str):
    def __str__(self): return "custom"
print(str(E("z")), "%s" % E("z"), f"{E('z')}", E("z").format())
