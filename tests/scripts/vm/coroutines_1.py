# async def / await driven by send() (no event loop).
async def inner(x):
    return x * 2
async def main():
    a = await inner(2)
    b = await inner(a)
    return a + b
c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
class Aw:
    def __await__(self):
        v = yield 'suspended'
        return v
async def uses_aw():
    r = await Aw()
    return r
d = uses_aw()
print(d.send(None))
try:
    d.send('resumed')
except StopIteration as e:
    print(e.value)
