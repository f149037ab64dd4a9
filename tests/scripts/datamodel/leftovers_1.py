# member descriptors of built-in types, GenericAlias |, sequence wrappers
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: complex.real)
t(lambda: complex.imag)
t(lambda: type(complex.real).__name__)
t(lambda: (complex.real.__name__, complex.real.__objclass__))
t(lambda: complex.real.__get__(3j))
t(lambda: complex.imag.__get__(1))
def f():
    (1j).real = 2
t(f)
t(lambda: slice.start)
t(lambda: range.stop)
t(lambda: property.fget)
t(lambda: type.__mro__)
t(lambda: BaseException.__suppress_context__)
t(lambda: StopIteration.value)
t(lambda: type(int.real).__name__)
t(lambda: type(float.imag).__name__)
t(lambda: int.real)
class S:
    __slots__ = ("a",)
t(lambda: type(S.a) is type(complex.real))
t(lambda: list[int] | int)
t(lambda: int | list[int])
t(lambda: list[int] | None)
t(lambda: (list[int] | dict[str, int]).__args__)
t(lambda: list[int] | "x")
t(lambda: isinstance([], list | int))
