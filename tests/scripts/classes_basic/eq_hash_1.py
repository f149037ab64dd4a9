# Default equality is identity; defining __eq__ without __hash__ makes
# instances unhashable.
class Plain:
    pass

class WithEq:
    def __eq__(self, other):
        return True

p = Plain()
print(p == p, p == Plain(), len({p, p}))
try:
    hash(WithEq())
except TypeError as e:
    print(e)
print(WithEq() == 5, WithEq.__hash__)
