def gen(it):
    x = yield 1
    y = yield from it
    return x, y
async def coro(a):
    async with a as b:
        await b
    async for i in a:
        print(i)
    return [j async for j in a]
