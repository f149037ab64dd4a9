from __future__ import annotations
def f(a: List[int], b: "x" = 1, *c: Tuple[int, ...], d: a.b | None = None, **e: Dict[str, (int, str)]) -> Optional[Callable[[int], str]]: pass
x: lambda a, *b, c=1, **d: a + b * (c - 1) ** 2 ** -3
y: [i for i in range(3) if i] = 1
z: {1: 2, **w} | {3, 4} | {*()} if not q else (1,) or p[1:2, ::3]
class C:
    m: 1 .real @ f(x, *y, k=v, **kw)[-1] and not x < y <= z is not w
    n: f"a{b!r:>{w}}c{{d}}"
