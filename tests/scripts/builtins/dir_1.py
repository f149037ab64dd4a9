# dir() of an instance and of a class lists attributes, sorted; dir()
# with no argument lists the local names.
class A:
    a_attr = 1
    def method(self):
        pass

class B(A):
    b_attr = 2

b = B()
b.inst = 3
print([n for n in dir(b) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
def f():
    x = 1
    y = 2
    return dir()
print(f())
print("__init__" in dir(b), "append" in dir([]))
