# More compiler SyntaxErrors: await/async placement, patterns, __debug__.
cases = [
 "def f():\n    [await x for x in y]",
 "def f():\n    (await x for x in y)",
 "async def f():\n    [await x for x in y]",
 "async def f():\n    def g():\n        await x",
 "async def f():\n    lambda: await x",
 "def f():\n    async for x in y: pass",
 "def f():\n    async with x: pass",
 "async def f():\n    yield from x",
 "class C:\n    await x",
 "[await x for x in y]",
 "async def f():\n    return [x async for x in y]",
 "def f():\n    return {x async for x in y}",
 "def f():\n    return (x async for x in y)",
 "async def f():\n    [[y async for y in x] for x in z]",
 "def f():\n    [[y async for y in x] for x in z]",
 "def f(*, __debug__): pass",
 "lambda __debug__: 0",
 "f(**x, *y)",
 "x = 1\nmatch x:\n    case {**rest, 'a': 1}:\n        pass",
 "match x:\n    case a.b():\n        pass\n    case {'a': 1, **_}:\n        pass",
 "match x:\n    case 1 if y:\n        pass\n    case z:\n        pass\n    case 2:\n        pass",
 "match x:\n    case (a, b) | (b, c):\n        pass",
 "match x:\n    case [a, *b, c, *d]:\n        pass",
 "match x:\n    case _ if x:\n        pass\n    case 1:\n        pass",
 "match x:\n    case C(a, b, c=1, c=2):\n        pass",
 "match x:\n    case {1: a, 1.0: b}:\n        pass",
 "match x:\n    case {True: a, 1: b}:\n        pass",
 "match x:\n    case {'a': a, 'a': b}:\n        pass",
 "match x:\n    case -1j | 1+2j | 3-4j:\n        pass",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
