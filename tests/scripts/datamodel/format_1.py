# __format__ and str.format with str subclasses and built-in subclasses overriding __str__
class SS(str): pass
def t(f):
    try:
        r = f()
        print("ok", repr(r)[:80], type(r).__name__)
    except BaseException as e:
        print(type(e).__name__, str(e)[:100])
class F:
    def __format__(self, s): return SS("ss:" + s)
t(lambda: format(F(), "x"))
t(lambda: f"{F():y}")
t(lambda: "{:z}".format(F()))
t(lambda: format(5, 5))
t(lambda: format(5, None))
t(lambda: format(F(), SS("q")))
t(lambda: f"{5:{'>'}{3}}")
t(lambda: f"{F()!r:>3}"[:5])
t(lambda: format(True, "d"))
t(lambda: format(True, ""))
t(lambda: format(True, "^6"))
class IS(int): pass
t(lambda: format(IS(3), ""))
class ISr(int):
    def __str__(self): return "ISr!"
t(lambda: (format(ISr(3), ""), format(ISr(3), "d"), f"{ISr(3)}", str(ISr(3))))
class FS(float):
    def __str__(self): return "FS!"
    def __repr__(self): return "FSr"
t(lambda: (format(FS(1.5), ""), format(FS(1.5), ".1f"), f"{FS(1.5)}", str(FS(1.5)), repr(FS(1.5))))
class CS(complex):
    def __str__(self): return "CS!"
t(lambda: (format(CS(1), ""), f"{CS(1)}"))
class StS(str):
    def __str__(self): return "StS!"
t(lambda: (format(StS("a"), ""), f"{StS('a')}", format(StS("a"), ">3"), str(StS("a")), "%s" % StS("a")))
t(lambda: format(object(), "")[:8])
t(lambda: format(None, ""))
t(lambda: format(None, "x"))
t(lambda: format([1], ""))
t(lambda: format([1], ">5"))
t(lambda: format(int, ""))
t(lambda: format(len, "")[:20])
for f in ["{}", "{0}", "x{}", "{}x", "{{}}", "abc", "", "{0:{1}}", "{!r}", "{!s}"]:
    r = SS(f).format(SS("v"), "")
    print(repr(f), repr(r), type(r).__name__)
print(type(SS("abc").format()).__name__, type("{}".format(SS("q"))).__name__, type("{:}".format(SS("q"))).__name__, type("{:3}".format(SS("q"))).__name__)
print(type("{}".format(5)).__name__, "{a}".format_map({"a": SS("m")}).__class__.__name__)
class SS(str): pass
print(type(SS('') % ()).__name__, type(SS('') % {}).__name__, type(SS('ab') % {}).__name__)
