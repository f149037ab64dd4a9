# An LRU cache built on dict ordering, plus a doubly linked list version, compared on a trace.

class LRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return None

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.cap:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[key] = value

    def __repr__(self):
        return f"LRU({list(self.data.items())})"

class DNode:
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LinkedLRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.map = {}
        self.head, self.tail = DNode(), DNode()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev

    def _push(self, n):
        n.prev, n.next = self.tail.prev, self.tail
        self.tail.prev.next = n
        self.tail.prev = n

    def get(self, key):
        n = self.map.get(key)
        if n is None:
            return None
        self._unlink(n)
        self._push(n)
        return n.value

    def put(self, key, value):
        if key in self.map:
            n = self.map[key]
            n.value = value
            self._unlink(n)
        else:
            if len(self.map) >= self.cap:
                old = self.head.next
                self._unlink(old)
                del self.map[old.key]
            n = DNode(key, value)
            self.map[key] = n
        self._push(n)

    def items(self):
        n = self.head.next
        while n is not self.tail:
            yield n.key, n.value
            n = n.next

a, b = LRU(3), LinkedLRU(3)
trace = "put:a:1 put:b:2 get:a put:c:3 put:d:4 get:b get:c put:a:9 get:d get:a put:e:5 get:c get:e".split()
for op in trace:
    parts = op.split(":")
    if parts[0] == "put":
        a.put(parts[1], int(parts[2]))
        b.put(parts[1], int(parts[2]))
        print(f"{op:10} {a}")
    else:
        ra, rb = a.get(parts[1]), b.get(parts[1])
        print(f"{op:10} -> {ra} {rb} {'ok' if ra == rb else 'MISMATCH'}")
print(list(b.items()) == list(a.data.items()), a.hits, a.misses)

def fib_cached(n, cache=LRU(100)):
    v = cache.get(n)
    if v is None:
        v = n if n < 2 else fib_cached(n - 1) + fib_cached(n - 2)
        cache.put(n, v)
    return v
print(fib_cached(90), fib_cached.__defaults__[0].hits, fib_cached.__defaults__[0].misses)
seq = [(i * 37) % 11 for i in range(60)]
for cap in (1, 2, 4, 8, 11):
    c = LRU(cap)
    for k in seq:
        if c.get(k) is None:
            c.put(k, k * k)
    print(f"cap {cap:2}: hit rate {c.hits / (c.hits + c.misses):.1%}")
