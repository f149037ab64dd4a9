# Async generators driven by hand: async for, asend, athrow, aclose, comprehensions.
async def agen(n):
    for i in range(n):
        yield i * 10
    print('agen done')

class Sleep:
    def __await__(self):
        v = yield 'tick'
        return v

async def agen2():
    got = await Sleep()
    yield 'after await %s' % got
    try:
        yield 'second'
    finally:
        print('agen2 finally')

def run(coro):
    ticks = []
    try:
        v = coro.send(None)
        while True:
            ticks.append(v)
            v = coro.send('resumed')
    except StopIteration as e:
        return e.value, ticks

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    a = agen2()
    out.append(await a.__anext__())
    out.append(await a.asend(None))
    await a.aclose()
    out.append([x async for x in agen(2)])
    try:
        await agen(0).__anext__()
    except StopAsyncIteration:
        out.append('empty')
    g = agen(5)
    await g.__anext__()
    try:
        await g.athrow(ValueError('thrown'))
    except ValueError as e:
        out.append('athrow: %s' % e)
    return out

print(run(main()))
a = agen(1)
print(type(a).__name__, repr(a).split(' at')[0], type(a.__anext__()).__name__)
async def bad():
    yield 1
    raise StopAsyncIteration
async def drain():
    return [x async for x in bad()]
try:
    run(drain())
except RuntimeError as e:
    print(e)
