# Round-robin and priority CPU scheduling simulations with generators as processes.

def process(name, bursts):
    for i, b in enumerate(bursts):
        got = yield (name, i, b)
        if got is not None and got < b:
            bursts = list(bursts)
            bursts.insert(i + 1, b - got)

def round_robin(procs, quantum):
    timeline = []
    ready = [(name, list(b)) for name, b in procs]
    clock = 0
    finished = {}
    while ready:
        name, bursts = ready.pop(0)
        run = min(quantum, bursts[0])
        timeline.append((clock, name, run))
        clock += run
        bursts[0] -= run
        if bursts[0] == 0:
            bursts.pop(0)
        if bursts:
            ready.append((name, bursts))
        else:
            finished[name] = clock
    return timeline, finished

procs = [("A", [5]), ("B", [3]), ("C", [8]), ("D", [2])]
for q in (1, 2, 4):
    tl, fin = round_robin(procs, q)
    print(f"q={q}: " + " ".join(f"{n}{r}" for _, n, r in tl))
    print("   finish:", fin, "avg turnaround:", sum(fin.values()) / len(fin))

def priority_schedule(jobs):
    time, order, waits = 0, [], {}
    pending = sorted(jobs, key=lambda j: j[1])
    queue = []
    while pending or queue:
        while pending and pending[0][1] <= time:
            queue.append(pending.pop(0))
        if not queue:
            time = pending[0][1]
            continue
        queue.sort(key=lambda j: (j[2], j[1], j[0]))
        name, arrive, prio, dur = queue.pop(0)
        waits[name] = time - arrive
        order.append(name)
        time += dur
    return order, waits, time

jobs = [("P1", 0, 3, 10), ("P2", 1, 1, 1), ("P3", 2, 4, 2), ("P4", 3, 5, 1), ("P5", 4, 2, 5)]
order, waits, end = priority_schedule(jobs)
print(order, waits, end, f"avg wait {sum(waits.values()) / len(waits):.2f}")
gens = [process("x", [3, 1]), process("y", [2]), process("z", [1, 1, 1])]
log = []
active = list(gens)
for g in active:
    log.append(next(g))
while active:
    still = []
    for g in active:
        try:
            log.append(g.send(1))
            still.append(g)
        except StopIteration:
            pass
    active = still
print(log)
print(len(log), sorted({n for n, _, _ in log}))
