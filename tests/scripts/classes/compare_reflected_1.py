# rich comparison: reflected methods, and a subclass operand's reflected method first
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"G{self.v}"
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"L{self.v}"
print(sorted([G(3), G(1), G(2)]), max([G(3), G(5)]), min([G(3), G(5)]), sorted([Lt(2), Lt(1)]), max([Lt(1), Lt(9), Lt(4)]), min(Lt(3), Lt(2)))
print(G(1) < G(2), Lt(1) > Lt(0))
try:
    print(G(1) <= G(2))
except TypeError as e:
    print(e)

class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq", self.v, o.v); return NotImplemented
print(Both(1) == Both(2), Both(1) != Both(1))
class Sub(Lt):
    def __gt__(self, o): return "Sub.gt"
print(Lt(1) < Sub(2), Sub(1) > Lt(2))
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [Lt(1)] < [Lt(2)], (G(1),) < (G(2),))
print(sorted([[Lt(2)], [Lt(1)]]))
