# Multi-teller bank queue simulation with a deterministic pseudo-random generator and statistics.

class Rand:
    def __init__(self, seed):
        self.x = seed
    def random(self):
        self.x = (self.x * 48271) % 2147483647
        return self.x / 2147483647
    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))

class Customer:
    count = 0
    def __init__(self, arrive, service):
        Customer.count += 1
        self.id = Customer.count
        self.arrive, self.service = arrive, service
        self.start = self.end = None
    @property
    def wait(self):
        return self.start - self.arrive

class Teller:
    def __init__(self, name):
        self.name = name
        self.busy_until = 0
        self.served = []
    def __repr__(self):
        return f"Teller({self.name}, served={len(self.served)})"

def simulate(n_tellers, minutes, seed):
    rng = Rand(seed)
    Customer.count = 0
    tellers = [Teller(chr(65 + i)) for i in range(n_tellers)]
    queue, done = [], []
    for t in range(minutes):
        if rng.random() < 0.45:
            queue.append(Customer(t, rng.randint(2, 7)))
        for tl in tellers:
            if tl.busy_until <= t and queue:
                c = queue.pop(0)
                c.start, c.end = t, t + c.service
                tl.busy_until = c.end
                tl.served.append(c)
                done.append(c)
    return tellers, queue, done

for n in (1, 2, 3):
    tellers, left, done = simulate(n, 120, 2024)
    waits = [c.wait for c in done]
    avg = sum(waits) / len(waits) if waits else 0
    util = [sum(c.service for c in t.served) / 120 for t in tellers]
    print(f"{n} teller(s): served {len(done):3d}, left in queue {len(left):2d}, "
          f"avg wait {avg:6.2f}, max wait {max(waits):3d}, utilisation {', '.join(f'{u:.0%}' for u in util)}")
    print("   ", tellers)
tellers, left, done = simulate(2, 30, 7)
for c in done[:8]:
    print(f"  #{c.id:<3} arrive {c.arrive:>3} start {c.start:>3} end {c.end:>3} wait {c.wait}")
hist = {}
for c in done:
    hist[c.service] = hist.get(c.service, 0) + 1
print(sorted(hist.items()), Customer.count)
