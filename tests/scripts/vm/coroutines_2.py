# async for / async with over user-defined async iterators and managers.
class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'resource'
    async def __aexit__(self, *exc):
        print('aexit', exc[0])
        return False

async def main():
    total = 0
    async for v in Ticker(4):
        total += v
    async with ACM() as r:
        print('using', r)
    try:
        async with ACM():
            raise ValueError('inside')
    except ValueError as e:
        print('caught', e)
    return total

c = main()
try:
    c.send(None)
except StopIteration as e:
    print('total', e.value)
async def bad():
    async for x in 5:
        pass
try:
    bad().send(None)
except TypeError as e:
    print(e)
async def bad2():
    async with 5:
        pass
try:
    bad2().send(None)
except TypeError as e:
    print(e)
