# Grade book: parsing CSV-like text, statistics by hand, letter grades, report formatting.

RAW = """name,hw1,hw2,hw3,midterm,final
Alice,95,88,92,85,91
Bob,72,65,80,70,68
Chen,88,91,,95,89
Dara,100,100,98,99,100
Eli,55,60,58,61,49
Fay,81,79,85,,77
Gus,90,85,88,92,94"""

WEIGHTS = {"hw": 0.3, "midterm": 0.3, "final": 0.4}

def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        cells = line.split(",")
        row = {"name": cells[0]}
        for h, c in zip(header[1:], cells[1:]):
            row[h] = int(c) if c else None
        rows.append(row)
    return header, rows

def mean(xs):
    xs = [x for x in xs if x is not None]
    return sum(xs) / len(xs) if xs else float("nan")

def median(xs):
    xs = sorted(x for x in xs if x is not None)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2

def stdev(xs):
    xs = [x for x in xs if x is not None]
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5

def letter(score):
    for cut, g in ((93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"), (77, "C+"), (70, "C"), (60, "D")):
        if score >= cut:
            return g
    return "F"

header, rows = parse(RAW)
for r in rows:
    hw = mean([r["hw1"], r["hw2"], r["hw3"]])
    mid = r["midterm"] if r["midterm"] is not None else r["final"]
    r["total"] = WEIGHTS["hw"] * hw + WEIGHTS["midterm"] * mid + WEIGHTS["final"] * r["final"]
    r["grade"] = letter(r["total"])

print(f"{'Name':<6}" + "".join(f"{h:>8}" for h in header[1:]) + f"{'Total':>8}{'Grade':>6}")
for r in sorted(rows, key=lambda r: -r["total"]):
    cells = "".join(f"{'-' if r[h] is None else r[h]:>8}" for h in header[1:])
    print(f"{r['name']:<6}{cells}{r['total']:>8.2f}{r['grade']:>6}")
print()
for h in header[1:] + ["total"]:
    col = [r[h] for r in rows]
    print(f"{h:>8}: mean={mean(col):6.2f} median={median(col):6.1f} sd={stdev(col):5.2f} min={min(x for x in col if x is not None)} max={max(x for x in col if x is not None)}")
dist = {}
for r in rows:
    dist[r["grade"]] = dist.get(r["grade"], 0) + 1
for g in sorted(dist, key=lambda g: (g[0], {"+": 0, "": 1, "-": 2}[g[1:]])):
    print(f"{g:<3}{'*' * dist[g]}")
missing = [(r["name"], h) for r in rows for h in header[1:] if r[h] is None]
print("missing:", missing)
best = max(rows, key=lambda r: r["total"])
worst = min(rows, key=lambda r: r["total"])
print(f"best {best['name']} ({best['total']:.1f}), worst {worst['name']} ({worst['total']:.1f})")
curve = 100 - best["total"]
print({r["name"]: letter(r["total"] + curve) for r in rows})
print(round(mean([r["total"] for r in rows]), 3), f"{median([r['total'] for r in rows]):.4f}")
