# every type has its own __doc__ (None when undocumented), not object's
class A:
    pass
class B:
    "B's doc"
class C(B):
    pass
print(A.__doc__, B.__doc__, C.__doc__, A().__doc__)
print(type(iter([])).__doc__, type(iter({})).__doc__)
print(str.upper.__name__, str.upper.__qualname__, str.upper.__objclass__, list.append.__qualname__)
