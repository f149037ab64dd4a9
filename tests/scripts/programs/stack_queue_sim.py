# Stack and queue classes with a bank-teller simulation and a bracket checker.

class EmptyError(Exception):
    pass

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise EmptyError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __repr__(self):
        return f"Stack({self._items})"

class Queue:
    def __init__(self, items=()):
        self._in = list(items)
        self._out = []
    def enqueue(self, x):
        self._in.append(x)
    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise EmptyError("dequeue from empty queue")
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)
    def __iter__(self):
        yield from reversed(self._out)
        yield from self._in

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for i, ch in enumerate(s):
        if ch in "([{":
            st.push((ch, i))
        elif ch in pairs:
            if not st or st.peek()[0] != pairs[ch]:
                return f"mismatch at {i}"
            st.pop()
    return "ok" if not st else f"unclosed at {st.peek()[1]}"

for s in ["(a[b]{c})", "((]", "{[()()]}", "(((", "", "a)b"]:
    print(repr(s), balanced(s))

def rpn(expr):
    st = Stack()
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.push(ops[tok](a, b))
        else:
            st.push(int(tok))
    return st.pop()

print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("7 2 /"))
try:
    rpn("1 +")
except EmptyError as e:
    print("error:", e)

arrivals = [(0, 5), (1, 3), (2, 8), (3, 2), (10, 4), (11, 1), (12, 6)]
q = Queue()
clock = 0
waits = []
pending = list(arrivals)
served = []
while pending or len(q):
    while pending and pending[0][0] <= clock:
        q.enqueue(pending.pop(0))
    if len(q):
        t, dur = q.dequeue()
        waits.append(clock - t)
        served.append((t, clock, clock + dur))
        clock += dur
    else:
        clock = pending[0][0]
for s in served:
    print("arrived %2d start %2d end %2d" % s)
print("avg wait %.2f, max %d" % (sum(waits) / len(waits), max(waits)))
q2 = Queue("abc")
q2.enqueue("d")
print(q2.dequeue(), list(q2), len(q2))
st = Stack()
print(st, len(st), bool(st), st.peek())
try:
    Queue().dequeue()
except EmptyError as e:
    print(type(e).__name__, e.args)
st.pop()
