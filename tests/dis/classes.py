class A:
    "doc"
    x: int = 1
class B(A, metaclass=type):
    def m(self):
        return super().m()
