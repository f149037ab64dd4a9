"""heap -- a binary min-heap of (priority, item) pairs."""


class Heap:
    def __init__(self, items=()):
        self.data = []
        for item in items:
            self.push(*item)

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)

    def push(self, priority, item):
        data = self.data
        data.append((priority, item))
        i = len(data) - 1
        while i:
            parent = (i - 1) // 2
            if data[parent][0] <= data[i][0]:
                break
            data[parent], data[i] = data[i], data[parent]
            i = parent

    def pop(self):
        data = self.data
        if not data:
            raise IndexError("pop from an empty heap")
        top = data[0]
        last = data.pop()
        if data:
            data[0] = last
            i, n = 0, len(data)
            while True:
                small = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < n and data[child][0] < data[small][0]:
                        small = child
                if small == i:
                    break
                data[i], data[small] = data[small], data[i]
                i = small
        return top

    def peek(self):
        return self.data[0]


def heapsort(values):
    h = Heap((v, v) for v in values)
    return [h.pop()[1] for _ in range(len(h))]
