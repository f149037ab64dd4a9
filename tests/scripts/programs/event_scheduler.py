# Discrete event simulation with a hand-written binary heap priority queue.

class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            p = (i - 1) // 2
            a[i], a[p] = a[p], a[i]
            i = p
    def pop(self):
        a = self.a
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __len__(self):
        return len(self.a)
    def __bool__(self):
        return bool(self.a)

h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7, 3]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)

class Sim:
    def __init__(self):
        self.q = Heap()
        self.now = 0
        self.seq = 0
        self.trace = []
    def at(self, t, name, action, *args):
        self.seq += 1
        self.q.push((t, self.seq, name, action, args))
    def run(self, until):
        while self.q:
            t, _, name, action, args = self.q.pop()
            if t > until:
                self.trace.append(f"stop at {until}")
                break
            self.now = t
            self.trace.append(f"{t:5.1f} {name}")
            action(self, *args)

state = {"queue": [], "busy": False, "served": 0, "rng": 12345}
def rand():
    state["rng"] = (state["rng"] * 1103515245 + 12345) % 2 ** 31
    return state["rng"] / 2 ** 31
def arrive(sim, cid):
    state["queue"].append((cid, sim.now))
    sim.at(round(sim.now + 1 + rand() * 4, 1), f"arrive {cid + 1}", arrive, cid + 1)
    if not state["busy"]:
        start(sim)
def start(sim):
    if state["queue"]:
        cid, t = state["queue"].pop(0)
        state["busy"] = True
        sim.at(round(sim.now + 2 + rand() * 3, 1), f"done {cid} (waited {sim.now - t:.1f})", done)
def done(sim):
    state["busy"] = False
    state["served"] += 1
    start(sim)
sim = Sim()
sim.at(0.0, "arrive 0", arrive, 0)
sim.run(40)
print("\n".join(sim.trace))
print("served", state["served"], "waiting", len(state["queue"]))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), (1, 2) < (1, 2, 0), (2,) > (1, 9))
