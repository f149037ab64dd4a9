"""lru -- a least-recently-used cache and a memoising decorator."""


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.head.prev = self.head.next = self.head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                oldest = self.head.prev
                self._unlink(oldest)
                del self.map[oldest.key]
            node = self.map[key] = _Node(key, value)
        self._push_front(node)

    def keys(self):
        out, node = [], self.head.next
        while node is not self.head:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)


def memoise(capacity=128):
    def decorate(fn):
        cache = LRUCache(capacity)

        def wrapper(*args):
            missing = object()
            value = cache.get(args, missing)
            if value is missing:
                value = fn(*args)
                cache.put(args, value)
            return value
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate
