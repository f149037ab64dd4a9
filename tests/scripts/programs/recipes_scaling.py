# Recipe scaling with fractions-as-tuples, unit normalisation, shopping list merge and pretty output.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def frac(n, d=1):
    g = gcd(abs(n), abs(d)) or 1
    return (n // g, d // g)

def fadd(a, b):
    return frac(a[0] * b[1] + b[0] * a[1], a[1] * b[1])

def fmul(a, b):
    return frac(a[0] * b[0], a[1] * b[1])

def parse_qty(s):
    total = (0, 1)
    for part in s.split():
        if "/" in part:
            n, d = part.split("/")
            total = fadd(total, frac(int(n), int(d)))
        else:
            total = fadd(total, frac(int(part)))
    return total

def show_qty(q):
    n, d = q
    whole, rest = divmod(n, d)
    if rest == 0:
        return str(whole)
    return (f"{whole} " if whole else "") + f"{rest}/{d}"

TO_TSP = {"tsp": 1, "tbsp": 3, "cup": 48}

def normalise(qty, unit):
    if unit in TO_TSP:
        tsp = fmul(qty, frac(TO_TSP[unit]))
        for u in ("cup", "tbsp", "tsp"):
            q = fmul(tsp, frac(1, TO_TSP[u]))
            if q[0] >= q[1] or u == "tsp":
                return q, u
    return qty, unit

RECIPES = {
    "pancakes": {"serves": 4, "items": [("flour", "1 1/2", "cup"), ("milk", "1 1/4", "cup"), ("egg", "1", "each"),
                                        ("sugar", "1", "tbsp"), ("baking powder", "3 1/2", "tsp"), ("salt", "1/4", "tsp")]},
    "cookies": {"serves": 24, "items": [("flour", "2 1/4", "cup"), ("butter", "1", "cup"), ("sugar", "3/4", "cup"),
                                        ("egg", "2", "each"), ("salt", "1", "tsp"), ("vanilla", "1", "tsp")]},
}

def scale(name, people):
    r = RECIPES[name]
    factor = frac(people, r["serves"])
    out = []
    for item, qty, unit in r["items"]:
        q, u = normalise(fmul(parse_qty(qty), factor), unit)
        out.append((item, q, u))
    return out

for name, people in (("pancakes", 6), ("pancakes", 1), ("cookies", 36)):
    print(f"{name} for {people}:")
    for item, q, u in scale(name, people):
        print(f"  {show_qty(q):>8} {u:<5} {item}")
shopping = {}
for name, people in (("pancakes", 8), ("cookies", 12)):
    for item, q, u in scale(name, people):
        key = (item, u if u not in TO_TSP else "tsp")
        tsp = fmul(q, frac(TO_TSP[u])) if u in TO_TSP else q
        shopping[key] = fadd(shopping.get(key, (0, 1)), tsp)
print("shopping list:")
for (item, unit), q in sorted(shopping.items()):
    nq, nu = normalise(q, unit)
    print(f"  {item:<14} {show_qty(nq):>7} {nu}")
print(parse_qty("2 3/4"), show_qty((7, 2)), show_qty((4, 2)), show_qty((1, 3)), normalise((96, 1), "tsp"))
try:
    parse_qty("1 half")
except ValueError as e:
    print("ValueError:", e)
try:
    scale("soup", 2)
except KeyError as e:
    print("KeyError:", e)
