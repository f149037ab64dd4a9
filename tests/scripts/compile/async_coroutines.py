# Coroutines driven by hand: await, async for/with, async comprehensions.
class Aw:
    def __await__(self):
        v = yield "suspend"
        return v * 2
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
class ACM:
    async def __aenter__(self): print("aenter"); return "cm"
    async def __aexit__(self, *a): print("aexit", a[0]); return False
async def main():
    x = await Aw()
    out = [i async for i in AIter()]
    async with ACM() as c:
        print("in", c)
    async for j in AIter():
        print("j", j)
    return x, out
co = main()
print(co.send(None))
try:
    co.send(21)
except StopIteration as e:
    print("result", e.value)
async def agen():
    yield 1
    yield 2
