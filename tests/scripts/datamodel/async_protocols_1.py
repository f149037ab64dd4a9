# __await__, __aenter__/__aexit__, __aiter__/__anext__ driven by hand (no asyncio)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield
        return self.v
async def use_await():
    return await Awaitable(5) + await Awaitable(6)
t(lambda: run(use_await()))
class BadAwait:
    def __await__(self): return 5
async def bad():
    return await BadAwait()
t(lambda: run(bad()))
class NoAwait: pass
async def none():
    return await NoAwait()
t(lambda: run(none()))
async def await_int():
    return await 3
t(lambda: run(await_int()))
class AwaitNone:
    __await__ = None
async def await_none():
    return await AwaitNone()
t(lambda: run(await_none()))

class ACM:
    async def __aenter__(self):
        print("aenter")
        return "A"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return True
async def use_acm():
    async with ACM() as v:
        print("body", v)
        raise ValueError("swallowed")
    return "after"
t(lambda: run(use_acm()))
class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong_with():
    async with SyncOnly():
        pass
t(lambda: run(wrong_with()))
class AEnterOnly:
    async def __aenter__(self): return self
async def half():
    async with AEnterOnly():
        pass
t(lambda: run(half()))
class AExitNotAwaitable:
    async def __aenter__(self): return self
    def __aexit__(self, *a): return 1
async def not_awaitable_exit():
    async with AExitNotAwaitable():
        pass
t(lambda: run(not_awaitable_exit()))
class AEnterNotAwaitable:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
async def not_awaitable_enter():
    async with AEnterNotAwaitable():
        pass
t(lambda: run(not_awaitable_enter()))

class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def use_aiter():
    out = []
    async for x in ARange(3):
        out.append(x)
    return out
t(lambda: run(use_aiter()))
async def comp():
    return [x * 10 async for x in ARange(3)]
t(lambda: run(comp()))
async def sync_for_async():
    async for x in [1, 2]:
        pass
t(lambda: run(sync_for_async()))
class AiterNoAnext:
    def __aiter__(self): return 5
async def bad_aiter():
    async for x in AiterNoAnext():
        pass
t(lambda: run(bad_aiter()))
class AnextNotAwaitable:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def bad_anext():
    async for x in AnextNotAwaitable():
        pass
t(lambda: run(bad_anext()))
def f():
    for x in ARange(2): pass
t(f)
def f():
    with ACM(): pass
t(f)
