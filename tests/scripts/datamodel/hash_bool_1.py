# __hash__ rules and __bool__/__len__ truthiness
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class E:
    def __eq__(self, o): return True
t(lambda: hash(E()))
t(lambda: {E()})
t(lambda: {E(): 1})
t(lambda: E.__hash__)
t(lambda: E().__hash__)
class EH(E):
    def __hash__(self): return 7
t(lambda: hash(EH()))
class ESub(E): pass
t(lambda: hash(ESub()))
class NoHash:
    __hash__ = None
t(lambda: hash(NoHash()))
t(lambda: NoHash() == NoHash())
class NoHashSub(NoHash):
    def __hash__(self): return 3
t(lambda: hash(NoHashSub()))
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
t(lambda: hash(H(-1)))
t(lambda: hash(H(-2)))
t(lambda: hash(H(2**63)))
t(lambda: hash(H(2**64 + 5)))
t(lambda: hash(H(-2**63)))
t(lambda: hash(H(2**61 - 1)))
t(lambda: hash(H(2**62)))
t(lambda: hash(H(True)))
t(lambda: hash(H(1.5)))
t(lambda: hash(H("x")))
t(lambda: hash(H(None)))
class IntSub(int): pass
t(lambda: hash(H(IntSub(12))))
t(lambda: type(H(IntSub(12)).__hash__()).__name__)
t(lambda: H(5).__hash__())
t(lambda: hash(IntSub(-1)))
t(lambda: hash(-1))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
t(lambda: hash(bytearray()))
t(lambda: hash(([],)))
t(lambda: hash(frozenset([1])) == hash(frozenset([1])))
t(lambda: {[]: 1})
t(lambda: {1: 2}[[]])
t(lambda: [] in {1: 2})
t(lambda: [] in {1, 2})
t(lambda: set([[1]]))
t(lambda: {1}.add({}))
class LS(list): pass
t(lambda: hash(LS()))
class LSH(list):
    def __hash__(self): return 42
t(lambda: hash(LSH()))
t(lambda: {LSH(): 1})
class DH(dict):
    __hash__ = object.__hash__
t(lambda: type(hash(DH())).__name__)
class EqOnlyInt(int):
    def __eq__(self, o): return int(self) == o
t(lambda: hash(EqOnlyInt(4)))
t(lambda: object.__hash__(1) == hash(1))
t(lambda: int.__hash__(5))
t(lambda: [].__hash__)
t(lambda: type(object.__hash__).__name__)

# truthiness
class Bl:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
t(lambda: bool(Bl(True)))
t(lambda: bool(Bl(False)))
t(lambda: bool(Bl(1)))
t(lambda: bool(Bl(0)))
t(lambda: not Bl(None))
t(lambda: 1 if Bl("x") else 2)
t(lambda: Bl([]) and 1)
t(lambda: [x for x in [Bl(1)] if x])
class Ln:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
t(lambda: bool(Ln(0)))
t(lambda: bool(Ln(3)))
t(lambda: bool(Ln(-1)))
t(lambda: len(Ln(-1)))
t(lambda: bool(Ln("x")))
t(lambda: len(Ln("x")))
t(lambda: len(Ln(1.0)))
t(lambda: len(Ln(2**70)))
t(lambda: bool(Ln(2**70)))
t(lambda: len(Ln(True)))
t(lambda: len(Ln(IntSub(3))))
t(lambda: type(len(Ln(IntSub(3)))).__name__)
t(lambda: len(Ln(None)))
class Idx:
    def __index__(self): return 4
t(lambda: len(Ln(Idx())))
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
t(lambda: (bool(Both()), len(Both())))
class BoolNone:
    __bool__ = None
t(lambda: bool(BoolNone()))
class LenNone:
    __len__ = None
t(lambda: bool(LenNone()))
t(lambda: len(LenNone()))
t(lambda: len(5))
t(lambda: len(object()))
class BoolInheritsInt(int): pass
t(lambda: (bool(BoolInheritsInt(0)), bool(BoolInheritsInt(2))))
class LSub(list):
    def __len__(self): return 0
t(lambda: (bool(LSub([1, 2])), len(LSub([1, 2]))))
class LSub2(list):
    def __bool__(self): return True
t(lambda: bool(LSub2()))
t(lambda: Bl(True).__bool__())
t(lambda: object().__bool__())
